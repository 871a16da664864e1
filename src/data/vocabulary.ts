/**
 * Closed vocabularies of schema v1. Their ids are part of the data format and
 * of the URL contract, so they change only with a schema version.
 */
export const SECTOR_IDS = [
  'new-energy-vehicles',
  'advanced-equipment',
  'petrochemicals',
  'biomedicine',
  'innovation',
  'transport',
  'water-energy',
  'culture-tourism',
  'reform-opening',
  'ecology',
  'livelihoods',
  'rural',
  'regional',
  'industry',
] as const;
export type SectorId = (typeof SECTOR_IDS)[number];

export const STATUS_IDS = ['not_started', 'in_progress', 'delayed', 'completed', 'ongoing', 'unverified'] as const;
export type StatusId = (typeof STATUS_IDS)[number];

export const KIND_IDS = ['task-2024', 'achievement-2023', 'metric'] as const;
export type KindId = (typeof KIND_IDS)[number];

export const STAGE_IDS = ['planning', 'started', 'construction', 'operation', 'finished'] as const;
export type StageId = (typeof STAGE_IDS)[number];

export const LAYER_IDS = ['report', 'article'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export const LINK_IDS = ['direct', 'partial', 'indirect'] as const;
export type LinkId = (typeof LINK_IDS)[number];

export const QUALITY_IDS = ['official', 'media', 'repost'] as const;
export type QualityId = (typeof QUALITY_IDS)[number];

/**
 * How a fact was checked by the research (`verification.json`): confirmed by an
 * independent source, resting on one source, contradicted by another, or
 * superseded by a later fact. Shown beside the update, never used to hide it.
 */
export const VERIFICATION_IDS = ['confirmed', 'single-source', 'contradicted', 'superseded'] as const;
export type VerificationId = (typeof VERIFICATION_IDS)[number];

/**
 * Units a metric may carry. Money is always in 亿元 (10^8 yuan) so that one
 * formatter can turn 68000 into 6.8万亿元 or 6.8 trillion yuan.
 */
export const UNIT_IDS = [
  '亿元',
  '%',
  'GWh',
  '万吨/年',
  'km',
  'km/h',
  'MW',
  '亩',
  '万亩',
  'm²',
  '亿立方米',
  '亿立方米/年',
  '个',
  '家',
  '条',
  '座',
  '张',
  '年',
  '人',
  '件',
  '万千瓦时',
  '公顷',
  '套',
  '项',
  '根',
] as const;
export type UnitId = (typeof UNIT_IDS)[number];
