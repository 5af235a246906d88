import { useTestApp } from './support/api';
import { seedDistrict } from './support/district-fixture';

interface Envelope {
  streamId: string;
  id: string;
  type: string;
  position: number;
}

/**
 * The audit trail of a scoped user holds the events of the streams concerning its units, counted
 * and paged before the page is cut. The district fixture has records under town T1 (enterprise E1)
 * and under T2 (E2); the auditors are scoped to one town each.
 */
describe('the audit trail within a scope', () => {
  const api = useTestApp();

  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    await seedDistrict(api);
    tokens.T1 = await api.userToken('auditor-T1', 'auditor', 'T1');
    tokens.T2 = await api.userToken('auditor-T2', 'auditor', 'T2');
    tokens.admin = api.token;
    tokens.districtOffice = await api.userToken('office-D', 'office', 'D');
  }, 60_000);

  const events = (who: string, query: Record<string, string | number> = {}) =>
    api.as(tokens[who]).settled('/audit/events').query(query);
  const streamsOf = (items: Envelope[]) => new Set(items.map((item) => item.streamId));

  it('counts and pages only the events of streams concerning the auditor’s units', async () => {
    const mine = await events('T1', { limit: 1000 }).expect(200);
    const items = mine.body.items as Envelope[];
    expect(mine.body.total).toBe(items.length);
    const streams = streamsOf(items);
    for (const stream of ['unit-T1', 'unit-E1', 'hazard-H-E1', 'incident-I-E1', 'user-auditor-T1'])
      expect(streams).toContain(stream);
    expect([...streams].filter((s) => /E2|T2|^unit-D$|^scheme-/.test(s))).toEqual([]);

    const everything = await events('admin', { limit: 1000 }).expect(200);
    expect(everything.body.total).toBeGreaterThan(mine.body.total);
    const within = await events('admin', { limit: 1000, withinUnitId: 'T1' }).expect(200);
    expect(within.body).toEqual(mine.body);

    const page = await events('T1', { limit: 2, offset: 1 }).expect(200);
    expect(page.body).toMatchObject({ total: mine.body.total, limit: 2, offset: 1 });
    expect(page.body.items).toEqual(items.slice(1, 3));
    const beyond = await events('T1', { offset: mine.body.total }).expect(200);
    expect(beyond.body).toMatchObject({ items: [], total: mine.body.total });
  });

  it('combines the scope with the other filters', async () => {
    const incidents = await events('T1', { type: 'IncidentReported' }).expect(200);
    expect((incidents.body.items as Envelope[]).map((e) => e.streamId)).toEqual(['incident-I-E1']);
    expect(incidents.body.total).toBe(1);
  });

  it('refuses a withinUnitId outside the auditor’s scope', async () => {
    const refused = await events('T1', { withinUnitId: 'T2' }).expect(403);
    expect(refused.body.type).toContain('out_of_scope');
  });

  it('moves an incident’s whole history with it when its unit is corrected', async () => {
    const before = await events('T2', { streamId: 'incident-I-E1' }).expect(200);
    expect(before.body.total).toBe(0);
    const proposal = await api
      .post('/incidents/I-E1/corrections', {
        field: 'unitId',
        to: 'E2',
        reason: '事故单位登记错误',
      })
      .expect(201);
    await api
      .as(tokens.districtOffice)
      .post(`/incidents/I-E1/corrections/${proposal.body.correctionId}/approval`, {
        approvedAt: new Date().toISOString(),
      })
      .expect(200);
    const history = await api.get('/audit/streams/incident-I-E1').expect(200);
    const recorded = history.body.events as Envelope[];
    api.last = recorded[recorded.length - 1].position;

    const moved = await events('T2', { streamId: 'incident-I-E1' }).expect(200);
    expect((moved.body.items as Envelope[]).map((e) => e.id)).toEqual(
      recorded.map((e) => e.id).reverse(),
    );
    expect(moved.body.total).toBe(recorded.length);
    const gone = await events('T1', { limit: 1000 }).expect(200);
    expect(streamsOf(gone.body.items as Envelope[])).not.toContain('incident-I-E1');
  });
});
