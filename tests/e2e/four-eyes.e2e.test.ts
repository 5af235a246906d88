import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN_TOKEN, startTestApp, type TestApp } from './harness';
import { Api, useTestApp } from './support/api';
import { seedDistrict } from './support/district-fixture';
import { PreviousReleaseStore } from './support/previous-release';
import { incidentBody } from './support/bodies';

/**
 * Corrections under the four-eyes rule (四眼原则), over HTTP. District fixture: D > T1 > E1,
 * T2 > E2, agreements for T1 and T2 in 2025. I-LATE is reported two hours late at E1, so it
 * carries an automatic `late` finding that deducts from T1.
 */
const LATE_REPORT = incidentBody('I-LATE', 'E1', { reportedAt: '2025-05-01T11:00:00+08:00' });
const ON_TIME = { field: 'reportedAt', to: '2025-05-01T09:30:00+08:00', reason: '接报记录有误' };
/** ON_TIME as an applied change of I-LATE: its reporting time, from 11:00 to 09:30 CST. */
const ON_TIME_APPLIED = {
  field: 'reportedAt',
  fieldLabel: '报告时间',
  from: '2025-05-01T03:00:00.000Z',
  to: '2025-05-01T01:30:00.000Z',
};

interface Item {
  rule: string;
  label: string;
}

describe('four-eyes corrections', () => {
  const api = useTestApp();
  const tokens: Record<string, string> = { admin: ADMIN_TOKEN };

  beforeAll(async () => {
    await seedDistrict(api);
    for (const [id, role, scope] of [
      ['office-T1', 'office', 'T1'],
      ['office2-T1', 'office', 'T1'],
      ['office-T2', 'office', 'T2'],
      ['office-D', 'office', 'D'],
      ['reporter-T1', 'reporter', 'T1'],
      ['inspector-T1', 'inspector', 'T1'],
    ]) {
      tokens[id] = await api.userToken(id, role, scope);
    }
    await send('admin', '/incidents', LATE_REPORT).expect(201);
  }, 60_000);

  const send = (who: string, path: string, body?: object) =>
    body ? api.as(tokens[who]).post(path, body) : api.as(tokens[who]).get(path);
  /** Proposes a correction of I-LATE as `who` (it must be accepted); answers its id. */
  const propose = async (who: string, correction: { field: string; to: string; reason: string }) =>
    (await send(who, '/incidents/I-LATE/corrections', correction).expect(201)).body
      .correctionId as string;
  const head = api.eventCount;
  const now = () => ({ approvedAt: new Date().toISOString() });
  const review = (id: string, action: 'approval' | 'rejection') =>
    `/incidents/I-LATE/corrections/${id}/${action}`;
  /** A read (200) once the read models have every event recorded so far. */
  const read = async (who: string, path: string) =>
    (
      await send(who, `${path}${path.includes('?') ? '&' : '?'}minPosition=${await head()}`).expect(
        200,
      )
    ).body;
  const unitT1 = () => read('admin', '/assessments/2025/units/T1');
  const misreportingItems = (body: { items: Item[] }) =>
    body.items.filter((i) => i.rule === 'misreporting_finding' && i.label.includes('I-LATE'));

  let proposal = '';

  it('a proposal by office answers 201 pending and changes nothing', async () => {
    expect(misreportingItems(await unitT1())).toHaveLength(1);
    const proposed = await send('office-T1', '/incidents/I-LATE/corrections', ON_TIME).expect(201);
    expect(proposed.body).toMatchObject({
      incidentId: 'I-LATE',
      correctionId: expect.any(String),
      status: 'pending',
      field: 'reportedAt',
      from: '2025-05-01T03:00:00.000Z',
      to: '2025-05-01T01:30:00.000Z',
      reason: '接报记录有误',
      proposedBy: 'office-T1',
    });
    proposal = proposed.body.correctionId as string;
    const incident = await read('admin', '/incidents/I-LATE');
    expect(incident).toMatchObject({ late: true, reportedAt: '2025-05-01T03:00:00.000Z' });
    expect(incident.findings).toEqual([expect.objectContaining({ kind: 'late' })]);
    expect(incident.corrections).toEqual([
      expect.objectContaining({
        correctionId: proposal,
        status: 'pending',
        events: [expect.any(Object)],
      }),
    ]);
    expect(misreportingItems(await unitT1())).toHaveLength(1);
    const listed = (await read('admin', '/incidents?unitId=E1')).items as {
      id: string;
      corrections: unknown[];
    }[];
    expect(listed.find((i) => i.id === 'I-LATE')?.corrections).toEqual([
      expect.objectContaining({ correctionId: proposal, status: 'pending' }),
    ]);
  });

  it('refuses a second pending correction of the same field (409)', async () => {
    const before = await head();
    const refused = await send('office2-T1', '/incidents/I-LATE/corrections', {
      ...ON_TIME,
      to: '2025-05-01T09:40:00+08:00',
    }).expect(409);
    expect(refused.body.type).toContain('correction_pending');
    expect(await head()).toBe(before);
  });

  it('refuses the proposer approving or rejecting its own correction (403 four_eyes)', async () => {
    const before = await head();
    const approval = await send('office-T1', review(proposal, 'approval'), now()).expect(403);
    expect(approval.body.type).toContain('four_eyes');
    await send('office-T1', review(proposal, 'rejection'), { reason: '撤回' }).expect(403);
    expect(await head()).toBe(before);
    expect((await read('admin', '/incidents/I-LATE')).late).toBe(true);
  });

  it('refuses reporters and inspectors, and an approver outside the scope (403)', async () => {
    const before = await head();
    for (const who of ['reporter-T1', 'inspector-T1']) {
      await send(who, '/incidents/I-LATE/corrections', ON_TIME).expect(403);
      await send(who, review(proposal, 'approval'), now()).expect(403);
      await send(who, review(proposal, 'rejection'), { reason: 'r' }).expect(403);
    }
    const outside = await send('office-T2', review(proposal, 'approval'), now()).expect(403);
    expect(outside.body.type).toContain('out_of_scope');
    expect(await head()).toBe(before);
  });

  it('answers 404 for an unknown correction', async () => {
    await send('office2-T1', review('C-NOPE', 'approval'), now()).expect(404);
    await send('office2-T1', review('C-NOPE', 'rejection'), { reason: 'r' }).expect(404);
  });

  it('rejection by another user changes nothing; the rejected correction cannot be approved', async () => {
    const id = await propose('office-T1', {
      field: 'description',
      to: '起重伤害',
      reason: '事故类别有误',
    });
    const rejected = await send('office2-T1', review(id, 'rejection'), {
      reason: '现场记录为物体打击',
    }).expect(200);
    expect(rejected.body.description).toBe('物体打击');
    const incident = await read('admin', '/incidents/I-LATE');
    expect(incident.description).toBe('物体打击');
    expect(incident.corrections[1]).toMatchObject({
      correctionId: id,
      status: 'rejected',
      proposedBy: 'office-T1',
      rejectedBy: 'office2-T1',
      rejectionReason: '现场记录为物体打击',
      events: [expect.any(Object), expect.any(Object)],
    });
    const again = await send('office-D', review(id, 'approval'), now()).expect(409);
    expect(again.body.type).toContain('correction_not_pending');
  });

  it('approval by another office in scope applies it: lateness and the assessment follow', async () => {
    const applied = await send('office-D', review(proposal, 'approval'), now()).expect(200);
    expect(applied.body).toMatchObject({ late: false, reportedAt: '2025-05-01T01:30:00.000Z' });
    const incident = await read('admin', '/incidents/I-LATE');
    expect(incident.findings).toEqual([]);
    expect(incident.corrections[0]).toMatchObject({
      correctionId: proposal,
      status: 'applied',
      proposedBy: 'office-T1',
      approvedBy: 'office-D',
      events: [expect.any(Object), expect.any(Object)],
    });
    await send('office2-T1', review(proposal, 'approval'), now()).expect(409);

    const unit = await unitT1();
    expect(misreportingItems(unit)).toEqual([]);
    expect(unit.corrections).toEqual([
      {
        incidentId: 'I-LATE',
        correctionId: proposal,
        proposedBy: 'office-T1',
        approvedBy: 'office-D',
        reason: '接报记录有误',
        correctedAt: expect.any(String),
        changes: [ON_TIME_APPLIED],
        events: incident.corrections[0].events,
      },
    ]);
  });

  it('a move to a unit outside the approver’s scope is refused (403), within it applied', async () => {
    const id = await propose('office-D', { field: 'unitId', to: 'E2', reason: '属地更正' });
    const before = await head();
    const refused = await send('office-T1', review(id, 'approval'), now()).expect(403);
    expect(refused.body.type).toContain('out_of_scope');
    await send('office-T2', review(id, 'approval'), now()).expect(403);
    expect(await head()).toBe(before);
    await send('admin', review(id, 'approval'), now()).expect(200);
    expect((await read('office-T2', '/incidents/I-LATE')).unitId).toBe('E2');
  });
});

describe('corrections recorded before the four-eyes rule', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'old-corrections-'));
  let t: TestApp;
  const api = new Api(() => t);
  const { get } = api;

  beforeAll(async () => {
    t = await startTestApp({ DATA_DIR: dataDir });
    await seedDistrict(api);
    await api.write('/incidents', LATE_REPORT);
    await t.app.close();
    const old = new PreviousReleaseStore(dataDir);
    await old.correctionApplied(
      'I-LATE',
      'bootstrap-admin',
      {
        field: 'reportedAt',
        from: '2025-05-01T03:00:00.000Z',
        to: '2025-05-01T01:30:00.000Z',
        reason: '接报记录有误',
        correctedAt: '2025-05-03T01:00:00.000Z',
      },
      false,
      true,
    );
    await old.close();
    t = await startTestApp({ DATA_DIR: dataDir });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stay applied, shown without a proposer or approver, in the incident and the assessment', async () => {
    const incident = (await get('/incidents/I-LATE').expect(200)).body;
    expect(incident).toMatchObject({ late: false, findings: [] });
    expect(incident.corrections).toEqual([
      {
        status: 'applied',
        statusLabel: '已更正',
        ...ON_TIME_APPLIED,
        reason: '接报记录有误',
        correctedAt: '2025-05-03T01:00:00.000Z',
        events: [expect.objectContaining({ streamId: 'incident-I-LATE' })],
      },
    ]);
    const unit = (await get('/assessments/2025/units/T1').expect(200)).body;
    expect(unit.corrections).toEqual([
      {
        incidentId: 'I-LATE',
        reason: '接报记录有误',
        correctedAt: '2025-05-03T01:00:00.000Z',
        changes: [ON_TIME_APPLIED],
        events: incident.corrections[0].events,
      },
    ]);
    expect((unit.items as Item[]).filter((i) => i.rule === 'misreporting_finding')).toEqual([]);
  });
});
