import { z } from 'zod/mini';
import { isPartialDate } from '@/lib/partial-date';
import {
  KIND_IDS,
  LAYER_IDS,
  LINK_IDS,
  QUALITY_IDS,
  SECTOR_IDS,
  STAGE_IDS,
  STATUS_IDS,
  UNIT_IDS,
  VERIFICATION_IDS,
} from './vocabulary';

/**
 * Short English messages for the problems a dataset editor makes; the JSON path
 * of each problem is reported beside it. (zod's full English locale would add
 * ~3 KB gzip to every page for the same information.)
 */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `required (${issue.expected})` : `expected ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'item(s)' : 'character(s)'}`
        : `must be ≥ ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'item(s)' : 'character(s)'}`
        : `must be ≤ ${String(issue.maximum)}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return `invalid format (${issue.format})`;
    default:
      return undefined;
  }
}

/**
 * `jitless`: zod otherwise probes `new Function` once, which the app's
 * Content-Security-Policy (no unsafe-eval) reports as a violation.
 * zod/mini keeps the schema at ~5 KB gzip instead of ~23 KB (docs/decisions/0002).
 */
z.config({ jitless: true, customError: describeIssue });

/** Schema v1 of the dataset (see DESIGN.md, "Domain model"). */
export const SCHEMA_VERSION = 1;

export const slugSchema = z
  .string()
  .check(z.maxLength(120), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug (a-z, 0-9, hyphens)'));

export const partialDateSchema = z
  .string()
  .check(z.refine(isPartialDate, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'));

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export const httpUrlSchema = z
  .string()
  .check(z.maxLength(2000), z.refine(isHttpUrl, 'must be an absolute http or https URL'));

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const localizedSchema = z.object({ zh: text(4000), en: text(4000) });

export const sourceSchema = z.object({
  id: slugSchema,
  title: text(500),
  publisher: text(200),
  /** The publisher named by a repost, where the page is a copy of someone else's report. */
  originalPublisher: z.optional(text(200)),
  url: z.optional(httpUrlSchema),
  /** Publication date; absent only where the source itself shows none (then the UI says so). */
  date: z.optional(partialDateSchema),
  quality: z.enum(QUALITY_IDS),
  note: z.optional(z.string().check(z.maxLength(2000))),
  /** Path, relative to the dataset file, of the full text shipped with the app. */
  textPath: z.optional(z.string().check(z.regex(/^sources\/[a-z0-9-]+\.txt$/, 'must be sources/<slug>.txt'))),
});

export const sectorSchema = z.object({
  id: z.enum(SECTOR_IDS),
  name: localizedSchema,
});

export const originSchema = z.object({
  sourceId: slugSchema,
  /** Verbatim substring of the source text. */
  quote: z.string().check(z.minLength(1), z.maxLength(2000)),
  section: localizedSchema,
  /** `report`: the report's words as the article quotes them; `article`: the article's own addition (据悉/据了解). */
  layer: z.enum(LAYER_IDS),
});

export const caveatSchema = z.object({
  text: localizedSchema,
  sourceIds: z._default(z.array(slugSchema), []),
});

export const updateSchema = z.object({
  date: partialDateSchema,
  status: z.enum(STATUS_IDS),
  stage: z.optional(z.enum(STAGE_IDS)),
  /** Share of the work done, 0–100, only where a source states it. */
  progress: z.optional(z.number().check(z.gte(0), z.lte(100))),
  note: localizedSchema,
  sourceIds: z.array(slugSchema).check(z.minLength(1, 'every update cites at least one source')),
  verification: z.optional(z.enum(VERIFICATION_IDS)),
  /** Where sources disagree: what the other sources say. Shown beside the entry. */
  conflict: z.optional(localizedSchema),
});

export const milestoneSchema = z.object({
  id: slugSchema,
  label: localizedSchema,
  planned: z.optional(partialDateSchema),
  actual: z.optional(partialDateSchema),
  sourceIds: z.array(slugSchema).check(z.minLength(1)),
});

export const planSchema = z.object({
  start: z.optional(partialDateSchema),
  due: z.optional(partialDateSchema),
  sourceIds: z.array(slugSchema).check(z.minLength(1)),
  milestones: z._default(z.array(milestoneSchema), []),
});

export const metricSchema = z.object({
  id: slugSchema,
  label: localizedSchema,
  value: z.number(),
  unit: z.enum(UNIT_IDS),
  /** Date of the source that states the figure. */
  date: partialDateSchema,
  /** The period the figure describes (e.g. `2023` for a year's R&D intensity). */
  period: z.optional(partialDateSchema),
  /** Metrics of one commitment sharing a series id form a time series over `period`. */
  series: z.optional(slugSchema),
  sourceId: slugSchema,
  target: z.optional(z.number()),
  note: z.optional(localizedSchema),
});

export const commitmentSchema = z.object({
  id: slugSchema,
  title: localizedSchema,
  summary: localizedSchema,
  sector: z.enum(SECTOR_IDS),
  kind: z.enum(KIND_IDS),
  origin: originSchema,
  luoyangLink: z.enum(LINK_IDS),
  location: z.optional(localizedSchema),
  caveats: z._default(z.array(caveatSchema), []),
  plan: z.optional(planSchema),
  updates: z.array(updateSchema).check(z.minLength(1, 'the ledger starts with the state the report describes')),
  metrics: z._default(z.array(metricSchema), []),
});

/** The envelope without the records; records are validated one by one so one bad record does not hide the rest. */
export const datasetEnvelopeSchema = z.object({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(SCHEMA_VERSION),
  asOf: partialDateSchema,
  sources: z.array(z.unknown()),
  sectors: z.array(z.unknown()),
  commitments: z.array(z.unknown()),
});

export const datasetSchema = z.object({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(SCHEMA_VERSION),
  asOf: partialDateSchema,
  sources: z.array(sourceSchema),
  sectors: z.array(sectorSchema),
  commitments: z.array(commitmentSchema),
});

export type Localized = z.infer<typeof localizedSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type Origin = z.infer<typeof originSchema>;
export type Caveat = z.infer<typeof caveatSchema>;
export type Update = z.infer<typeof updateSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Plan = z.infer<typeof planSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Commitment = z.infer<typeof commitmentSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
