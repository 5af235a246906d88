import { useTestApp } from './support/api';
import { seedDistrict } from './support/district-fixture';
import { incidentBody } from './support/bodies';

/**
 * headInformedAt, relays, responsible parties on findings, the conclusion's nature and
 * calendar-day windows over HTTP. District fixture: D > B (department), T1 > E1, T2 > E2.
 */
describe('incident reporting rules over HTTP', () => {
  const api = useTestApp();

  const tokens: Record<string, string> = { admin: api.token };

  beforeAll(async () => {
    await seedDistrict(api);
    tokens.reporterT1 = await api.userToken('reporter-T1', 'reporter', 'T1');
    tokens.officeT1 = await api.userToken('office-T1', 'office', 'T1');
    tokens.inspectorT1 = await api.userToken('inspector-T1', 'inspector', 'T1');
  }, 60_000);

  const send = (path: string, body: object, who = 'admin') => api.as(tokens[who]).post(path, body);
  const { get, eventCount } = api;

  /** Occurred 2025-03-10 09:00 CST. */
  const OCCURRED = '2025-03-10T09:00:00+08:00';
  const at = (hhmm: string, day = '2025-03-10') => `${day}T${hhmm}:00+08:00`;
  const incident = (id: string, extra: object = {}) =>
    incidentBody(id, 'E1', {
      occurredAt: OCCURRED,
      reportedAt: at('09:30'),
      description: '高处坠落',
      ...extra,
    });

  describe('headInformedAt', () => {
    it.each([
      ['12:59', false],
      ['13:00', false],
      ['13:01', true],
    ])('informed at 12:00, reported at %s: late %s', async (reportedAt, late) => {
      const id = `I-HEAD-${reportedAt.replace(':', '')}`;
      const response = await send(
        '/incidents',
        incident(id, { headInformedAt: at('12:00'), reportedAt: at(reportedAt) }),
      ).expect(201);
      expect(response.body).toMatchObject({
        headInformedAt: '2025-03-10T04:00:00.000Z',
        late,
        relays: [],
        nature: 'pending',
      });
      expect(response.body.findings).toEqual(
        late
          ? [
              expect.objectContaining({
                kind: 'late',
                automatic: true,
                responsibleUnitIds: ['E1'],
                responsiblePersonIds: [],
              }),
            ]
          : [],
      );
    });

    it('defaults to occurredAt', async () => {
      const response = await send('/incidents', incident('I-HEAD-DEFAULT')).expect(201);
      expect(response.body.headInformedAt).toBe('2025-03-10T01:00:00.000Z');
    });

    it('refuses one before occurredAt or after reportedAt with 422, recording nothing', async () => {
      const before = await eventCount();
      const early = await send(
        '/incidents',
        incident('I-HEAD-EARLY', { headInformedAt: at('08:59') }),
      ).expect(422);
      expect(early.headers['content-type']).toContain('application/problem+json');
      expect(early.body.errors).toEqual([expect.objectContaining({ field: 'headInformedAt' })]);
      await send('/incidents', incident('I-HEAD-LATE', { headInformedAt: at('09:31') })).expect(
        422,
      );
      await send('/incidents', incident('I-HEAD-BAD', { headInformedAt: 'noon' })).expect(400);
      expect(await eventCount()).toBe(before);
    });

    it('is correctable, and the late finding follows', async () => {
      await send('/incidents', incident('I-HEAD-FIX', { reportedAt: at('10:30') })).expect(201);
      const proposal = await send('/incidents/I-HEAD-FIX/corrections', {
        field: 'headInformedAt',
        to: at('09:45'),
        reason: '负责人09:45接报',
      }).expect(201);
      expect(proposal.body).toMatchObject({ status: 'pending', from: '2025-03-10T01:00:00.000Z' });
      const corrected = await send(
        `/incidents/I-HEAD-FIX/corrections/${proposal.body.correctionId}/approval`,
        { approvedAt: new Date().toISOString() },
        'officeT1',
      ).expect(200);
      expect(corrected.body).toMatchObject({ headInformedAt: '2025-03-10T01:45:00.000Z' });
      expect(corrected.body.late).toBe(false);
      expect(corrected.body.findings).toEqual([]);
    });
  });

  describe('POST /incidents/:id/relays', () => {
    beforeAll(async () => {
      await send('/incidents', incident('I-RELAY')).expect(201);
    });

    it('records a relay forwarded exactly 2 hours after receipt, in time', async () => {
      const response = await send('/incidents/I-RELAY/relays', {
        unitId: 'T1',
        receivedAt: at('09:40'),
        forwardedAt: at('11:40'),
      }).expect(200);
      expect(response.body.relays).toEqual([
        {
          unitId: 'T1',
          receivedAt: '2025-03-10T01:40:00.000Z',
          forwardedAt: '2025-03-10T03:40:00.000Z',
          late: false,
        },
      ]);
      expect(response.body.findings).toEqual([]);
      expect(response.body.position).toEqual(expect.any(Number));
    });

    it('a relay 2 hours and 1 minute after receipt adds a late finding against the relaying unit', async () => {
      const response = await send('/incidents/I-RELAY/relays', {
        unitId: 'D',
        receivedAt: at('11:40'),
        forwardedAt: at('13:41'),
      }).expect(200);
      expect(response.body.findings).toEqual([
        {
          kind: 'late',
          kindLabel: '迟报',
          establishedAt: '2025-03-10T05:41:00.000Z',
          detail: 'relayed by D 121 minutes after receipt',
          automatic: true,
          responsibleUnitIds: ['D'],
          responsiblePersonIds: [],
          relayUnitId: 'D',
        },
      ]);
      const fetched = await get('/incidents/I-RELAY').expect(200);
      expect(fetched.body.relays.map((r: { unitId: string }) => r.unitId)).toEqual(['T1', 'D']);
    });

    it('refuses bad relays, recording nothing', async () => {
      const before = await eventCount();
      const relay = (body: object) => send('/incidents/I-RELAY/relays', body);
      const backwards = await relay({
        unitId: 'B',
        receivedAt: at('10:00'),
        forwardedAt: at('09:59'),
      }).expect(422);
      expect(backwards.body.errors).toEqual([expect.objectContaining({ field: 'forwardedAt' })]);
      const early = await relay({
        unitId: 'B',
        receivedAt: at('08:59'),
        forwardedAt: at('10:00'),
      }).expect(422);
      expect(early.body.errors).toEqual([expect.objectContaining({ field: 'receivedAt' })]);
      await relay({ unitId: 'NOPE', receivedAt: at('10:00'), forwardedAt: at('11:00') }).expect(
        422,
      );
      await relay({ unitId: 'T1', receivedAt: at('10:00'), forwardedAt: at('11:00') }).expect(409);
      await relay({ unitId: 'B', receivedAt: at('10:00') }).expect(400);
      await relay({ unitId: 'B', receivedAt: at('10:00'), forwardedAt: at('11:00'), x: 1 }).expect(
        400,
      );
      await send('/incidents/I-NONE/relays', {
        unitId: 'B',
        receivedAt: at('10:00'),
        forwardedAt: at('11:00'),
      }).expect(404);
      expect(await eventCount()).toBe(before);
    });

    it('a reporter or office user of the town records the town relay; not another scope, not an inspector', async () => {
      await send('/incidents', incident('I-RELAY-T1')).expect(201);
      const body = (unitId: string) => ({
        unitId,
        receivedAt: at('09:40'),
        forwardedAt: at('10:40'),
      });
      await send('/incidents/I-RELAY-T1/relays', body('T2'), 'reporterT1').expect(403);
      await send('/incidents/I-RELAY-T1/relays', body('D'), 'officeT1').expect(403);
      await send('/incidents/I-RELAY-T1/relays', body('T1'), 'inspectorT1').expect(403);
      await send('/incidents/I-E2/relays', body('T1'), 'reporterT1').expect(403);
      await send('/incidents/I-RELAY-T1/relays', body('T1'), 'reporterT1').expect(200);
    });
  });

  describe('responsible units and persons on findings', () => {
    beforeAll(async () => {
      await send('/incidents', incident('I-RESP')).expect(201);
    });

    it('names the place by default', async () => {
      const response = await send('/incidents/I-RESP/misreporting-findings', {
        kind: 'omitted',
        establishedAt: at('10:00', '2025-03-20'),
        detail: '漏报一人',
      }).expect(200);
      expect(response.body.findings).toEqual([
        expect.objectContaining({
          kind: 'omitted',
          responsibleUnitIds: ['E1'],
          responsiblePersonIds: [],
        }),
      ]);
    });

    it('names the units and persons given', async () => {
      const response = await send('/incidents/I-RESP/misreporting-findings', {
        kind: 'concealed',
        establishedAt: at('10:00', '2025-03-21'),
        detail: '瞒报',
        responsibleUnitIds: ['E1', 'T1'],
        responsiblePersonIds: ['P1'],
      }).expect(200);
      expect(response.body.findings[1]).toMatchObject({
        kind: 'concealed',
        responsibleUnitIds: ['E1', 'T1'],
        responsiblePersonIds: ['P1'],
      });
    });

    it('refuses unknown units (422), units or persons out of scope (403), and malformed lists (400)', async () => {
      const before = await eventCount();
      const finding = (extra: object, who = 'admin') =>
        send(
          '/incidents/I-RESP/misreporting-findings',
          { kind: 'false', establishedAt: at('10:00', '2025-03-22'), detail: '谎报', ...extra },
          who,
        );
      await finding({ responsibleUnitIds: ['NOPE'] }).expect(422);
      await finding({ responsibleUnitIds: [] }).expect(422);
      await finding({ responsibleUnitIds: 'E1' }).expect(400);
      await finding({ responsiblePersonIds: [''] }).expect(400);
      await finding({ responsibleUnitIds: ['E2'] }, 'officeT1').expect(403);
      await finding({ responsiblePersonIds: ['P2'] }, 'officeT1').expect(403);
      expect(await eventCount()).toBe(before);
      await finding(
        { responsibleUnitIds: ['T1'], responsiblePersonIds: ['P1'] },
        'officeT1',
      ).expect(200);
    });
  });

  describe('nature of the conclusion', () => {
    const conclusion = (extra: object = {}) => ({
      concludedAt: at('10:00', '2025-04-01'),
      cause: '暴雨',
      liable: [],
      measures: ['排水'],
      ...extra,
    });

    it('is pending until concluded, and liability when the conclusion names none', async () => {
      await send('/incidents', incident('I-NAT-1')).expect(201);
      await send('/incidents/I-NAT-1/investigation', {
        openedAt: at('10:00', '2025-03-11'),
      }).expect(200);
      expect((await get('/incidents/I-NAT-1').expect(200)).body.nature).toBe('pending');
      const concluded = await send('/incidents/I-NAT-1/investigation/conclusion', conclusion());
      expect(concluded.status).toBe(200);
      expect(concluded.body.nature).toBe('liability');
    });

    it('records natural_disaster and refuses an unknown nature', async () => {
      await send('/incidents', incident('I-NAT-2')).expect(201);
      await send('/incidents/I-NAT-2/investigation', {
        openedAt: at('10:00', '2025-03-11'),
      }).expect(200);
      await send(
        '/incidents/I-NAT-2/investigation/conclusion',
        conclusion({ nature: 'pending' }),
      ).expect(400);
      const concluded = await send(
        '/incidents/I-NAT-2/investigation/conclusion',
        conclusion({ nature: 'natural_disaster' }),
      ).expect(200);
      expect(concluded.body.nature).toBe('natural_disaster');
      expect((await get('/incidents/I-NAT-2').expect(200)).body.nature).toBe('natural_disaster');
    });
  });

  describe('calendar-day periods in CST', () => {
    it('a revision on day 30 at 23:59 CST is in time; one on day 31 at 00:00 is not', async () => {
      await send('/incidents', incident('I-WIN')).expect(201);
      const revise = (revisedAt: string) =>
        send('/incidents/I-WIN/casualty-revisions', {
          deaths: 0,
          seriousInjuries: 2,
          directLossYuan: 1000,
          revisedAt,
        }).expect(200);
      const inTime = await revise('2025-04-09T23:59:00+08:00');
      expect(inTime.body.revisions[0].revisedAfterWindow).toBe(false);
      const after = await revise('2025-04-10T00:00:00+08:00');
      expect(after.body.revisions[1].revisedAfterWindow).toBe(true);
    });

    it('the investigation deadline is 24:00 CST of the 60th day', async () => {
      await send('/incidents', incident('I-DEADLINE')).expect(201);
      const opened = await send('/incidents/I-DEADLINE/investigation', {
        openedAt: at('10:00', '2025-03-11'),
      }).expect(200);
      expect(opened.body.investigation.deadline).toBe('2025-05-09T16:00:00.000Z');
    });
  });
});
