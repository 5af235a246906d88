import { useTestApp } from './support/api';
import { countStreamReads, type CountedReads } from './support/counted-reads';
import { chainTree, seedTree } from './support/tree';
import { incidentBody } from './support/bodies';

/**
 * A command reads the stream it writes once: the authorisation (which unit does the incident
 * concern?) reads it for the request, the command decides on that read and appends at its
 * revision. Counted on the real store (D > T > E; an office of T acts on incidents of E).
 */
describe('one stream read per write', () => {
  const api = useTestApp();
  let office: string;
  let reads: CountedReads;

  const incident = (id: string) => incidentBody(id, 'E');
  const as = (token: string, path: string, body: object) => api.as(token).post(path, body);
  const openInvestigation = (token: string, id: string) =>
    as(token, `/incidents/${id}/investigation`, { openedAt: '2025-05-02T09:00:00+08:00' });

  beforeAll(async () => {
    await seedTree(api, chainTree());
    office = await api.userToken('office-T', 'office', 'T');
    for (const id of ['I-1', 'I-2', 'I-3', 'I-4', 'I-5'])
      await api.write('/incidents', incident(id));
    await api.as(office).get('/units/T').expect(200); // the token is known from here on
  });
  beforeEach(() => {
    reads = countStreamReads(api.t);
  });
  afterEach(() => reads.restore());

  it('reads the incident once for a scoped user, whose scope check reads it too', async () => {
    await openInvestigation(office, 'I-1').expect(200);
    expect(reads.of('incident-I-1$')).toBe(1);
    expect(reads.of('user')).toBe(0); // nor the token's user (see token-cache)
  });

  it('reads it once for a global user, whose scope needs no read', async () => {
    await openInvestigation(api.token, 'I-2').expect(200);
    expect(reads.of('incident-I-2$')).toBe(1);
  });

  it('reads it once when the route touches it twice (the incident, and a correction of it)', async () => {
    const district = await api.userToken('office-D', 'office', 'D');
    const proposed = await as(office, '/incidents/I-5/corrections', {
      field: 'reportedAt',
      to: '2025-05-01T09:10:00+08:00',
      reason: '更正',
    }).expect(201);
    reads.reset();
    await as(district, `/incidents/I-5/corrections/${proposed.body.correctionId}/approval`, {
      approvedAt: new Date().toISOString(),
    }).expect(200);
    expect(reads.of('incident-I-5$')).toBe(1);
  });

  it('refuses a command decided on a read another writer overtook: 409, nothing recorded twice', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held = reads.holdNext('incident-I-3', gate);
    // The first request's scope check reads the incident, then waits while another opens it.
    const late = openInvestigation(office, 'I-3').then((response) => response);
    await held;
    await openInvestigation(office, 'I-3').expect(200);
    release();
    const refused = await late;
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.type).toMatch(/investigation_already_opened$/);
    // The late one: its shared read, and one more after its append at that read's revision failed.
    expect(reads.of('incident-I-3$')).toBe(3);
    const opened = (await api.get('/audit/streams/incident-I-3').expect(200)).body;
    expect(JSON.stringify(opened).match(/InvestigationOpened/g)).toHaveLength(1);
  });

  it('answers concurrent conflicting commands with one 200 and one 409', async () => {
    const answers = await Promise.all([
      openInvestigation(office, 'I-4'),
      openInvestigation(office, 'I-4'),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
  });
});
