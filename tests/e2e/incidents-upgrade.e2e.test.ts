import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { ADMIN_TOKEN, startTestApp, type TestApp } from './harness';
import { userToken } from './support/district-fixture';

/**
 * A store written by the release before issue 17: incidents recorded without headInformedAt,
 * findings without responsible units or persons, a conclusion without a nature. The events are
 * appended straight through the event store port, in those old shapes; the service must read
 * them as they were meant: head informed at occurrence, the place at the time, liability.
 */
describe('incidents recorded by the previous release', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'old-incidents-'));
  const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };
  let t: TestApp;

  const OCCURRED = '2025-03-10T01:00:00.000Z';
  const REPORTED = '2025-03-10T03:00:00.000Z';

  async function appendOldIncident(): Promise<number> {
    const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
    const metadata = { actorId: 'bootstrap-admin', actorRole: 'admin', requestId: 'old' };
    const old = (type: string, data: object) => ({ id: randomUUID(), type, data, metadata });
    const result = await store.append(
      'incident-I-OLD',
      [
        old('IncidentReported', {
          id: 'I-OLD',
          unitId: 'E1',
          industry: 'construction',
          occurredAt: OCCURRED,
          reportedAt: REPORTED,
          deaths: 3,
          seriousInjuries: 0,
          directLossYuan: 0,
          description: '坍塌',
          grade: 'larger',
          late: true,
        }),
        old('MisreportingFindingEstablished', {
          kind: 'late',
          establishedAt: REPORTED,
          detail: 'reported 120 minutes after occurrence',
          automatic: true,
        }),
        old('IncidentDetailsCorrected', {
          field: 'unitId',
          from: 'E1',
          to: 'E2',
          reason: '事故单位登记错误',
          correctedAt: '2025-03-11T00:00:00.000Z',
          late: true,
        }),
        old('MisreportingFindingEstablished', {
          kind: 'concealed',
          establishedAt: '2025-03-12T00:00:00.000Z',
          detail: '瞒报一人',
          automatic: false,
        }),
        old('InvestigationOpened', { openedAt: '2025-03-11T00:00:00.000Z' }),
        old('InvestigationConcluded', {
          concludedAt: '2025-04-20T00:00:00.000Z',
          cause: '支护不当',
          liable: [{ unitId: 'E2', role: '施工单位', finding: '未按方案施工' }],
          measures: ['整改支护'],
          overdue: false,
        }),
      ],
      'no_stream',
    );
    await store.close();
    return result.position;
  }

  beforeAll(async () => {
    t = await startTestApp({ DATA_DIR: dataDir });
    const post = (path: string, body: object) =>
      t.http().post(`/api/v1${path}`).set(auth).send(body).expect(201);
    await post('/units', { id: 'D', name: '示范区', kind: 'district' });
    await post('/units', { id: 'T1', name: '城关镇', kind: 'town', parentId: 'D' });
    for (const id of ['E1', 'E2']) {
      await post('/units', {
        id,
        name: id,
        kind: 'enterprise',
        parentId: 'T1',
        industry: 'construction',
      });
    }
    await t.close();
    const position = await appendOldIncident();
    t = await startTestApp({ DATA_DIR: dataDir });
    await t.http().get(`/api/v1/incidents?unitId=D&minPosition=${position}`).set(auth).expect(200);
  }, 60_000);

  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const expected = {
    id: 'I-OLD',
    unitId: 'E2',
    headInformedAt: OCCURRED,
    late: true,
    nature: 'liability',
    relays: [],
    findings: [
      expect.objectContaining({
        kind: 'late',
        responsibleUnitIds: ['E1'],
        responsiblePersonIds: [],
      }),
      expect.objectContaining({
        kind: 'concealed',
        responsibleUnitIds: ['E2'],
        responsiblePersonIds: [],
      }),
    ],
  };

  it('reads each old event with its meaning: head informed at occurrence, the place at the time, liability', async () => {
    const response = await t.http().get('/api/v1/incidents/I-OLD').set(auth).expect(200);
    expect(response.body).toMatchObject(expected);
  });

  it('the read model built from the old events says the same', async () => {
    const list = await t.http().get('/api/v1/incidents?unitId=D').set(auth).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining(expected)]);
    expect(list.body.items[0].refs.findings).toEqual([
      expect.objectContaining({ kind: 'late', responsibleUnitIds: ['E1'] }),
      expect.objectContaining({ kind: 'concealed', responsibleUnitIds: ['E2'] }),
    ]);
  });

  it('the old incident takes new commands: a correction of headInformedAt, once approved, re-derives late', async () => {
    const office = await userToken(t, 'office-D', 'office', 'D');
    const proposed = await t
      .http()
      .post('/api/v1/incidents/I-OLD/corrections')
      .set(auth)
      .send({ field: 'headInformedAt', to: '2025-03-10T02:30:00.000Z', reason: '负责人晚知悉' })
      .expect(201);
    await t
      .http()
      .post(`/api/v1/incidents/I-OLD/corrections/${proposed.body.correctionId}/approval`)
      .set({ Authorization: `Bearer ${office}` })
      .send({ approvedAt: new Date().toISOString() })
      .expect(200);
    const corrected = await t.http().get('/api/v1/incidents/I-OLD').set(auth).expect(200);
    expect(corrected.body.late).toBe(false);
    expect(corrected.body.findings.map((f: { kind: string }) => f.kind)).toEqual(['concealed']);
  });
});
