/**
 * The body of POST /agreements for a year-2025 agreement `A-<unitId>` with one task worth 60:
 * issued by `issuer` (its unit and the principal who signs for it) to `unitId`, whose principal
 * `signatory` signs; `controlIndicators` as given.
 */
export const agreementBody = (
  unitId: string,
  issuer: readonly [unitId: string, personId: string],
  signatory: string,
  controlIndicators: Record<string, number> = {},
) => ({
  id: `A-${unitId}`,
  year: 2025,
  issuerUnitId: issuer[0],
  responsibleUnitId: unitId,
  signedAt: '2025-01-15T10:00:00+08:00',
  signatories: [
    { personId: issuer[1], post: 'principal' },
    { personId: signatory, post: 'principal' },
  ],
  controlIndicators,
  tasks: [{ code: 'K1', title: '综合工作', weight: 60 }],
});

/**
 * The body of POST /incidents for `id` at construction enterprise `unitId`: one seriously injured,
 * ¥1,000 lost, occurred 2025-05-01 09:00 CST and reported on time half an hour later (物体打击);
 * `overrides` replace any of these.
 */
export const incidentBody = (id: string, unitId = 'E1', overrides: object = {}) => ({
  id,
  unitId,
  industry: 'construction',
  occurredAt: '2025-05-01T09:00:00+08:00',
  reportedAt: '2025-05-01T09:30:00+08:00',
  deaths: 0,
  seriousInjuries: 1,
  directLossYuan: 1000,
  description: '物体打击',
  ...overrides,
});

/**
 * The body of POST /patrols for `PAT1`: a patrol (巡查) led by district `D` of towns `T1` and `T2`,
 * 2025-04-01 09:00 to 04-10 18:00 CST; `overrides` replace any of these.
 */
export const patrolBody = (overrides: object = {}) => ({
  id: 'PAT1',
  kind: 'patrol',
  leadUnitId: 'D',
  team: ['组长 王五', '赵六'],
  targetUnitIds: ['T1', 'T2'],
  from: '2025-04-01T09:00:00+08:00',
  to: '2025-04-10T18:00:00+08:00',
  ...overrides,
});

/**
 * The body of POST /patrols/:id/problems for problem `id` of `targetUnitId` about `duty`, raised
 * 2025-04-10 17:00 CST with a month to rectify; `overrides` replace any of these.
 */
export const problemBody = (id: string, targetUnitId: string, duty: string, overrides = {}) => ({
  id,
  targetUnitId,
  duty,
  description: `${targetUnitId} ${duty} 问题`,
  raisedAt: '2025-04-10T17:00:00+08:00',
  deadline: '2025-05-10T18:00:00+08:00',
  ...overrides,
});

/**
 * The body of POST /supervision-orders for `SO1`: district `D` orders town `T1` to rectify problem
 * `P2` by 2025-06-15 18:00 CST (督办); `overrides` replace any of these.
 */
export const orderBody = (overrides: object = {}) => ({
  id: 'SO1',
  issuerUnitId: 'D',
  targetUnitId: 'T1',
  subject: { kind: 'problem', id: 'P2' },
  requirement: '限期整改到位并书面报告',
  issuedAt: '2025-05-15T09:00:00+08:00',
  deadline: '2025-06-15T18:00:00+08:00',
  ...overrides,
});
