import {
  type Hazard,
  hazardDecider,
  type HazardDeadlineExtended,
  type HazardEvent,
  type HazardIdentified,
  type HazardRectificationPlanned,
  type IdentifyHazard,
} from '../../../../src/domain/inspections';
import { fold } from '../../../../src/domain/shared/decider';
import { DomainError } from '../../../../src/domain/shared/errors';
import { spec } from '../decider-spec';

export const NOW = '2025-06-30T02:00:00.000Z';
export const IDENTIFIED_AT = '2025-03-01T02:00:00.000Z';
export const DEADLINE = '2025-04-01T02:00:00.000Z';

/** The general hazard H-1 of enterprise E1, as identified (command and event alike). */
export const H1 = {
  id: 'H-1',
  unitId: 'E1',
  level: 'general',
  description: '配电箱未接地',
  identifiedAt: IDENTIFIED_AT,
  deadline: DEADLINE,
} as const;

export const identifyCommand = (overrides: Partial<IdentifyHazard> = {}): IdentifyHazard => ({
  type: 'IdentifyHazard',
  ...H1,
  unit: { id: 'E1', kind: 'enterprise', industry: 'industry_trade', parentId: 'T1' },
  now: NOW,
  ...overrides,
});

export const identified = (
  overrides: Partial<HazardIdentified['data']> = {},
): HazardIdentified => ({
  type: 'HazardIdentified',
  data: { ...H1, ...overrides },
});

/** Given / when / then for the hazard decider. */
export const hazard = spec(hazardDecider);

/** Given H-1 identified, and nothing since. */
export const identifiedHazard = hazard.given([identified()]);

/** The hazard the events leave. */
export const hazardOf = (events: HazardEvent[]): Hazard => {
  const state = fold(hazardDecider, events);
  if (!state) throw new Error('no hazard');
  return state;
};

export const majorIdentified = (): HazardEvent[] => [
  identified({ level: 'major', description: '液氨储罐无泄漏报警' }),
  {
    type: 'HazardListedForSupervision',
    data: { supervisingUnitId: 'D1', listedAt: IDENTIFIED_AT },
  },
];

/** The five parts of a rectification plan (五落实) and when it was made. */
export const PLAN = {
  measures: '加装泄漏报警与联锁切断',
  fundsYuan: 120000,
  deadline: DEADLINE,
  responsiblePerson: '张三',
  contingencyPlan: '泄漏应急处置预案',
  plannedAt: '2025-03-02T02:00:00.000Z',
} as const;

export const planned = (
  overrides: Partial<HazardRectificationPlanned['data']> = {},
): HazardRectificationPlanned => ({
  type: 'HazardRectificationPlanned',
  data: { ...PLAN, ...overrides },
});

export const rectified = (rectifiedAt: string, note?: string): HazardEvent => ({
  type: 'HazardRectified',
  data: { rectifiedAt, ...(note !== undefined && { note }) },
});

export const verified = (
  passed: boolean,
  verifiedAt: string,
  rectifiedAt: string,
): HazardEvent => ({
  type: 'HazardVerified',
  data: { passed, verifiedAt, verifier: '李四', rectifiedAt },
});

/** H-1's deadline extended to `deadline` (设备采购周期长), by default from DEADLINE and not backdated. */
export const extended = (
  deadline: string,
  extendedAt: string,
  more: Partial<HazardDeadlineExtended['data']> = {},
): HazardDeadlineExtended => ({
  type: 'HazardDeadlineExtended',
  data: {
    previousDeadline: DEADLINE,
    deadline,
    reason: '设备采购周期长',
    extendedAt,
    backdated: false,
    ...more,
  },
});

/** When H-1's rectification is done, and when it is verified, in the histories below. */
export const RECTIFIED_AT = '2025-03-20T00:00:00.000Z';
export const VERIFIED_AT = '2025-03-22T00:00:00.000Z';

/** H-1 identified (general) or identified, listed and planned (major), then rectified. */
export const rectifiedHistory = (level: 'general' | 'major' = 'general'): HazardEvent[] => [
  ...(level === 'major' ? [...majorIdentified(), planned()] : [identified()]),
  rectified(RECTIFIED_AT),
];

/** The same, then its rectification verified (passed or failed). */
export const verifiedHistory = (
  passed: boolean,
  level: 'general' | 'major' = 'general',
): HazardEvent[] => [...rectifiedHistory(level), verified(passed, VERIFIED_AT, RECTIFIED_AT)];

/** Major H-1 rectified, verified as passed and delisted: closed. */
export const closedMajorHistory = (): HazardEvent[] => [
  ...verifiedHistory(true, 'major'),
  { type: 'HazardDelisted', data: { supervisingUnitId: 'D1', delistedAt: VERIFIED_AT } },
];

export function errorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}
