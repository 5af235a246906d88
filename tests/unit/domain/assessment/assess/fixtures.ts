import type { IncidentNature } from '../../../../../src/domain/incidents/nature';
import type {
  AccountabilityActionFact,
  AgreementFact,
  AssessmentFacts,
  EventRef,
  HazardFact,
  IncidentFact,
  LiablePartyFact,
  MisreportingFindingFact,
  PostHolderFact,
  TaskScoreFact,
} from '../../../../../src/domain/assessment/facts';
import type { AgreementTask } from '../../../../../src/domain/agreements/tasks';
import type { IncidentGrade } from '../../../../../src/domain/incidents/grading';
import type { MisreportingKind } from '../../../../../src/domain/incidents/misreporting';
import type { Industry, Post, UnitKind } from '../../../../../src/domain/units/codes';

/** Read well after 2025: the reference date is the window's last millisecond. */
export const READING = '2026-03-01T00:00:00.000Z';
export const YEAR = 2025;

export const ref = (streamId: string, eventId: string): EventRef => ({ streamId, eventId });

export const AGREEMENT_REF = ref('agreement-A-2025-T1', 'e-signed');

/** Two office-scored tasks of 30 each, adding up to the default task section of 60. */
export const agreement = (overrides: Partial<AgreementFact> = {}): AgreementFact => ({
  id: 'A-2025-T1',
  events: [AGREEMENT_REF],
  controlIndicators: {},
  tasks: [
    { code: 'T-1', title: '落实安全生产责任', weight: 30 },
    { code: 'T-2', title: '开展宣传教育', weight: 30 },
  ],
  ...overrides,
});

export const taskScore = (
  taskCode: string,
  score: number,
  eventId = `e-${taskCode}`,
): TaskScoreFact => ({
  taskCode,
  score,
  evaluatedAt: '2026-01-10T00:00:00.000Z',
  event: ref('assessment-2025-T1', eventId),
});

/** A town T1 under district D1 under city C1, both tasks scored in full: 60 + 40 + 0 = 100. */
export const facts = (overrides: Partial<AssessmentFacts> = {}): AssessmentFacts => ({
  year: YEAR,
  unit: { id: 'T1', name: '城关镇', kind: 'town', parentId: 'D1', ancestors: ['D1', 'C1'] },
  agreement: agreement(),
  taskScores: [taskScore('T-1', 30), taskScore('T-2', 30)],
  metrics: {
    preIncidentPenaltyCases: [],
    inspectionsConducted: [],
    agreementCoverage: { childUnits: 0, covered: [] },
  },
  incidents: [],
  misreportingFindings: [],
  hazards: [],
  accountabilityActions: [],
  commendations: [],
  statistics: null,
  finalization: null,
  ...overrides,
});

/** The facts of a unit of another kind (its ancestors do not matter for vetoes). */
export const factsOfKind = (kind: UnitKind, overrides: Partial<AssessmentFacts> = {}) =>
  facts({ unit: { id: 'U1', name: '被考核单位', kind, ancestors: ['C1'] }, ...overrides });

export const holder = (
  personId: string,
  post: Post,
  personName = `人员${personId}`,
  portfolioIndustries?: readonly Industry[],
): PostHolderFact => ({
  personId,
  personName,
  post,
  event: ref('unit-T1', `e-appoint-${personId}`),
  ...(portfolioIndustries && { portfolioIndustries }),
});

export const liable = (
  incidentId: string,
  party: Omit<LiablePartyFact, 'event' | 'role' | 'finding'> & Partial<LiablePartyFact>,
): LiablePartyFact => ({
  role: '直接责任人',
  finding: '未落实隐患排查',
  event: ref(`incident-${incidentId}`, 'e-concluded'),
  ...party,
});

export interface IncidentSpec {
  grade?: IncidentGrade;
  deaths?: number;
  seriousInjuries?: number;
  occurredAt?: string;
  industry?: string;
  postHoldersAtOccurrence?: PostHolderFact[];
  liable?: LiablePartyFact[];
  nature?: IncidentNature;
}

export const incidentRef = (id: string): EventRef => ref(`incident-${id}`, 'e-reported');

export const incident = (id: string, spec: IncidentSpec = {}): IncidentFact => ({
  id,
  events: [incidentRef(id)],
  grade: spec.grade ?? 'general',
  deaths: spec.deaths ?? 0,
  seriousInjuries: spec.seriousInjuries ?? 0,
  occurredAt: spec.occurredAt ?? '2025-06-01T02:00:00.000Z',
  industry: spec.industry ?? 'construction',
  postHoldersAtOccurrence: spec.postHoldersAtOccurrence ?? [],
  liable: spec.liable ?? [],
  nature: spec.nature ?? 'liability',
});

export const finding = (
  id: string,
  about: IncidentFact,
  kind: MisreportingKind = 'concealed',
  establishedAt = '2025-09-01T00:00:00.000Z',
  responsibleUnitIds: readonly string[] = [],
  responsiblePersonIds: readonly string[] = [],
): MisreportingFindingFact => ({
  kind,
  establishedAt,
  event: ref(`incident-${about.id}`, `e-finding-${id}`),
  incident: about,
  responsibleUnitIds,
  responsiblePersonIds,
});

export interface HazardSpec {
  level?: 'general' | 'major';
  identifiedAt?: string;
  deadline?: string;
  rectifiedAt?: string;
  verification?: { passed: boolean; verifiedAt: string };
  extensions?: Array<{ deadline: string; extendedAt: string }>;
}

export const hazard = (id: string, spec: HazardSpec = {}): HazardFact => ({
  id,
  level: spec.level ?? 'general',
  identifiedAt: spec.identifiedAt ?? '2025-03-01T00:00:00.000Z',
  initialDeadline: spec.deadline ?? '2025-04-01T00:00:00.000Z',
  event: ref(`hazard-${id}`, 'e-identified'),
  extensions: (spec.extensions ?? []).map((e, i) => ({
    ...e,
    event: ref(`hazard-${id}`, `e-extended-${i}`),
  })),
  rectifications: spec.rectifiedAt
    ? [
        {
          rectifiedAt: spec.rectifiedAt,
          event: ref(`hazard-${id}`, 'e-rectified'),
          ...(spec.verification && {
            verification: { ...spec.verification, event: ref(`hazard-${id}`, 'e-verified') },
          }),
        },
      ]
    : [],
});

/** `rectified` of `total` general hazards rectified in time, the rest overdue. */
export const hazards = (total: number, rectified: number): HazardFact[] =>
  Array.from({ length: total }, (_, i) =>
    hazard(`H-${i + 1}`, i < rectified ? { rectifiedAt: '2025-03-15T00:00:00.000Z' } : {}),
  );

export const action = (
  id: string,
  overrides: Partial<AccountabilityActionFact> = {},
): AccountabilityActionFact => ({
  form: 'circular',
  decidingUnitId: 'D1',
  decidedAt: '2025-07-01T00:00:00.000Z',
  targetUnitId: 'T1',
  event: ref(`accountability-${id}`, 'e-decided'),
  ...overrides,
});

export const metricTask = (
  code: string,
  weight: number,
  metric: NonNullable<AgreementTask['metric']>,
  target: number,
): AgreementTask => ({ code, title: `任务${code}`, weight, metric, target });

/** Points of the items of one section. */
export const pointsOf = (
  items: ReadonlyArray<{ section: string; rule: string; points: number }>,
  rule: string,
) => items.filter((i) => i.rule === rule).map((i) => i.points);
