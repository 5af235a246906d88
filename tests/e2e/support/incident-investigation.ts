/** A write through the API that must answer `status`. */
type Write = (path: string, body: object, status?: number) => Promise<unknown>;

/**
 * The district fixture's I-E1 investigated from 2025-04-02 09:00 CST and concluded as `conclusion`
 * says: T1's principal P1 (镇长) found liable for 属地监管不力, 全面排查 ordered.
 */
export async function investigateIE1(
  write: Write,
  conclusion: { concludedAt: string; cause: string; nature?: string },
): Promise<void> {
  await write('/incidents/I-E1/investigation', { openedAt: '2025-04-02T09:00:00+08:00' }, 200);
  await write(
    '/incidents/I-E1/investigation/conclusion',
    {
      ...conclusion,
      liable: [{ personId: 'P1', unitId: 'T1', role: '镇长', finding: '属地监管不力' }],
      measures: ['全面排查'],
    },
    200,
  );
}
