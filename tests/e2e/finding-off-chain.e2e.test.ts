import { useTestApp } from './support/api';
import { appoint, department, district, enterprise, seedTree, town } from './support/tree';

/**
 * A misreporting finding may name a unit that the incident is not attributed to: the district's
 * emergency-management bureau AJ (应急管理局, regulating hazardous chemicals) relays a construction
 * incident at E1 late, so the automatic `late` finding names AJ. AJ is responsible, so the finding
 * deducts from it and vetoes it, as it would a unit of the incident's chain.
 */
describe('a finding naming a unit off the incident chain', () => {
  const api = useTestApp();

  const cst = (local: string) => `${local}+08:00`;

  const post = async (path: string, body: object, status = 201) =>
    (await api.write(path, body, status)).body;
  const unit = async (id: string) => (await api.read(`/assessments/2025/units/${id}`)).body;

  beforeAll(async () => {
    await seedTree(api, [
      district('D'),
      town('T1', 'D', '城关镇'),
      department('AJ', 'D', ['hazardous_chemicals'], '应急管理局'),
      enterprise('E1', 'T1', 'construction', '建工一公司'),
    ]);
    for (const [unitId, personId] of [
      ['D', 'PD'],
      ['AJ', 'PAJ'],
    ])
      await appoint(api, unitId, personId, 'principal', cst('2020-01-01T00:00:00'), personId);
    await post('/agreements', {
      id: 'A-AJ',
      year: 2025,
      issuerUnitId: 'D',
      responsibleUnitId: 'AJ',
      signedAt: cst('2025-01-15T10:00:00'),
      signatories: [
        { personId: 'PD', post: 'principal' },
        { personId: 'PAJ', post: 'principal' },
      ],
      controlIndicators: {},
      tasks: [{ code: 'K1', title: '综合监管', weight: 60 }],
    });
    await post('/incidents', {
      id: 'I1',
      unitId: 'E1',
      industry: 'construction',
      occurredAt: cst('2025-05-10T09:00:00'),
      reportedAt: cst('2025-05-10T09:30:00'),
      deaths: 1,
      seriousInjuries: 0,
      directLossYuan: 0,
      description: '高处坠落',
    });
    expect((await unit('AJ')).vetoed).toBe(false);
    await post(
      '/incidents/I1/relays',
      {
        unitId: 'AJ',
        receivedAt: cst('2025-05-10T10:00:00'),
        forwardedAt: cst('2025-05-10T12:01:00'),
      },
      200,
    );
  }, 60_000);

  it('deducts the late relay from the relaying unit and vetoes it, barring its principal', async () => {
    const aj = await unit('AJ');
    const findings = (aj.items as { rule: string; points: number }[]).filter(
      (i) => i.rule === 'misreporting_finding',
    );
    expect(findings.map((i) => i.points)).toEqual([-10]);
    expect(aj).toMatchObject({
      vetoed: true,
      grade: 'fail',
      vetoReasons: [expect.objectContaining({ rule: 'misreporting:late', provisional: false })],
      promotionBars: [expect.objectContaining({ personId: 'PAJ', post: 'principal' })],
    });
    // The incident itself is not AJ's: it costs AJ nothing beyond the finding.
    expect((aj.items as { rule: string }[]).map((i) => i.rule)).not.toContain('general_incident');
  });
});
