import type { StatusId } from '@/data/vocabulary';

/**
 * One status palette for badges, charts, legends and exports, built from the
 * Okabe–Ito colours so that it holds for colour-blind readers. `fill` is for
 * chart areas (always with a label or table beside them); `ink` is a darker
 * shade with at least 4.5:1 contrast on white, for icons, borders and text.
 */
export const STATUS_STYLE: Record<StatusId, { fill: string; ink: string; tint: string }> = {
  completed: { fill: '#009E73', ink: '#00704F', tint: '#E3F4EE' },
  in_progress: { fill: '#0072B2', ink: '#005B8F', tint: '#E1EEF7' },
  ongoing: { fill: '#56B4E9', ink: '#1F648C', tint: '#E6F3FB' },
  delayed: { fill: '#D55E00', ink: '#A54700', tint: '#FBEADF' },
  not_started: { fill: '#E69F00', ink: '#8A5A00', tint: '#FCF1DA' },
  unverified: { fill: '#9E9E9E', ink: '#595959', tint: '#F0F0F0' },
};

/** Order in stacks, legends and sorting: from finished to unknown. */
export const STATUS_ORDER: readonly StatusId[] = [
  'completed',
  'in_progress',
  'ongoing',
  'not_started',
  'delayed',
  'unverified',
];
