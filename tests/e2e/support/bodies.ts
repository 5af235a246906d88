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
