/**
 * Every figure the bench reports, with its target: the one place a key's direction and limit are
 * declared. A figure without a limit is reported for comparison only. Figures that miss are
 * listed in latest.json's `missed`; the bench reports them and never fails on them.
 */
export interface Target {
  /** 'atLeast': the value must be ≥ limit; 'atMost': ≤ limit. */
  direction: 'atLeast' | 'atMost';
  limit: number;
}

export const TARGETS = {
  assessmentListP99Ms: { direction: 'atMost', limit: 50 },
  assessmentAsOfMs: { direction: 'atMost', limit: 500 },
  evidenceBundleMs: { direction: 'atMost', limit: 2_000 },
  evidenceBundleBytes: null,
  httpSteadyP99Ms: { direction: 'atMost', limit: 25 },
  projectionLagSteadyP99Ms: { direction: 'atMost', limit: 100 },
  httpRatioVsFloor: { direction: 'atLeast', limit: 0.2 },
  appendRatioVsRaw: { direction: 'atLeast', limit: 0.7 },
  rebuildEventsPerSec: { direction: 'atLeast', limit: 15_000 },
  rebuildPeakRssMb: { direction: 'atMost', limit: 512 },
  projectionLagMs: { direction: 'atMost', limit: 200 },
  httpCommandsPerSec: null,
  httpP99Ms: null,
  httpSteadyP50Ms: null,
} as const satisfies Record<string, Target | null>;

export type FigureKey = keyof typeof TARGETS;

export const FIGURE_KEYS = Object.keys(TARGETS) as FigureKey[];

/** '≥ 15,000', '≤ 50', or '—' for a figure reported without a target. */
export function targetText(key: FigureKey): string {
  const target: Target | null = TARGETS[key];
  if (!target) return '—';
  return `${target.direction === 'atLeast' ? '≥' : '≤'} ${target.limit.toLocaleString('en')}`;
}

/** Whether a measured value meets its key's target; null when it has none or was not measured. */
export function meets(key: FigureKey, value: number | null): boolean | null {
  const target: Target | null = TARGETS[key];
  if (!target || value === null || !Number.isFinite(value)) return null;
  return target.direction === 'atLeast' ? value >= target.limit : value <= target.limit;
}

/** The keys that were measured and miss their targets, in declaration order. */
export function missed(values: Partial<Record<FigureKey, number | null>>): FigureKey[] {
  return FIGURE_KEYS.filter((key) => meets(key, values[key] ?? null) === false);
}
