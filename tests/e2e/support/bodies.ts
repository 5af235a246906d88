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
