import type { AgreementSigned } from '../../../../src/domain/agreements/events';
import type {
  AmendAgreement,
  SignAgreement,
  TerminateAgreement,
} from '../../../../src/domain/agreements/commands';
import { fold } from '../../../../src/domain/shared/decider';
import type { Post } from '../../../../src/domain/units/codes';
import { unitDecider } from '../../../../src/domain/units/decider';
import type { UnitEvent } from '../../../../src/domain/units/events';
import type { Unit } from '../../../../src/domain/units/state';

export const NOW = '2025-06-01T00:00:00.000Z';
export const SIGNED_AT = '2025-01-10T02:00:00.000Z';
export const SINCE = '2023-01-01T00:00:00.000Z';

const appointed = (unitId: string, personId: string, post: Post, from = SINCE): UnitEvent => ({
  type: 'PersonAppointed',
  data: { unitId, personId, personName: `name of ${personId}`, post, from },
});

export const unitWith = (id: string, kind: 'district' | 'town', events: UnitEvent[]): Unit =>
  fold(unitDecider, [{ type: 'UnitRegistered', data: { id, name: id, kind } }, ...events])!;

export const issuerUnit = unitWith('D1', 'district', [appointed('D1', 'PD', 'principal')]);

export const responsibleUnit = unitWith('T1', 'town', [
  appointed('T1', 'P1', 'principal'),
  appointed('T1', 'P2', 'party_secretary'),
  appointed('T1', 'P3', 'deputy_in_charge'),
]);

export const TASKS = [
  { code: 'T-1', title: '落实安全生产责任制', weight: 30 },
  { code: 'T-2', title: '开展执法检查', weight: 20, metric: 'inspections_conducted', target: 12 },
  { code: 'T-3', title: '隐患整改', weight: 10, metric: 'hazard_rectification_rate', target: 95 },
] as const;

/** Agreement A-2025-T1 of T1, issued by D1, as signed (command and event alike). */
const A1 = {
  id: 'A-2025-T1',
  year: 2025,
  issuerUnitId: 'D1',
  responsibleUnitId: 'T1',
  signedAt: SIGNED_AT,
};

export const sign = (overrides: Partial<SignAgreement> = {}): SignAgreement => ({
  type: 'SignAgreement',
  ...A1,
  signatories: [
    { personId: 'PD', post: 'principal' },
    { personId: 'P1', post: 'principal' },
    { personId: 'P2', post: 'party_secretary' },
  ],
  controlIndicators: { maxAccidents: 3, maxDeaths: 2, maxLargerAccidents: 0 },
  tasks: [...TASKS],
  taskSectionPoints: 60,
  issuerUnit,
  responsibleUnit,
  now: NOW,
  ...overrides,
});

export const signed: AgreementSigned = {
  type: 'AgreementSigned',
  data: {
    ...A1,
    signatories: [
      { personId: 'PD', post: 'principal', unitId: 'D1', personName: 'name of PD' },
      { personId: 'P1', post: 'principal', unitId: 'T1', personName: 'name of P1' },
      { personId: 'P2', post: 'party_secretary', unitId: 'T1', personName: 'name of P2' },
    ],
    controlIndicators: { maxAccidents: 3, maxDeaths: 2, maxLargerAccidents: 0 },
    tasks: [...TASKS],
  },
};

export const amend = (overrides: Partial<AmendAgreement> = {}): AmendAgreement => ({
  type: 'AmendAgreement',
  reason: '调整任务',
  amendedAt: '2025-03-01T00:00:00.000Z',
  taskSectionPoints: 60,
  issuerUnit,
  responsibleUnit,
  now: NOW,
  ...overrides,
});

export const terminate = (overrides: Partial<TerminateAgreement> = {}): TerminateAgreement => ({
  type: 'TerminateAgreement',
  reason: '乡镇合并',
  terminatedAt: '2025-04-01T00:00:00.000Z',
  now: NOW,
  ...overrides,
});

export { appointed };
