import type Database from 'better-sqlite3';
import {
  EVENT_STORE,
  type EventStore,
} from '../../src/infrastructure/event-store/event-store.port';
import { useTestApp } from './support/api';
import { appoint, district, enterprise, seedTree, town } from './support/tree';

/**
 * The commands that write more than one stream (signing claims a slot, an inspection records its
 * hazards) read each stream once, through the real store, and undo a claim whose write failed.
 */
describe('commands across streams', () => {
  const api = useTestApp();
  const { post } = api;
  let store: EventStore;

  const agreement = (id: string, responsibleUnitId: string) => ({
    id,
    year: 2025,
    issuerUnitId: 'D1',
    responsibleUnitId,
    signedAt: '2025-01-15T10:00:00+08:00',
    signatories: [
      { personId: 'PD', post: 'principal' },
      { personId: `${responsibleUnitId}-S`, post: 'party_secretary' },
    ],
    tasks: [
      { code: 'K1', title: '工作任务一', weight: 30 },
      { code: 'K2', title: '工作任务二', weight: 30 },
    ],
  });

  /** Stream reads per stream while `act` runs (a pass-through spy on the real store). */
  async function readsDuring(act: () => Promise<unknown>): Promise<Map<string, number>> {
    const spy = jest.spyOn(store, 'readStream');
    try {
      await act();
      const reads = new Map<string, number>();
      for (const [streamId] of spy.mock.calls) reads.set(streamId, (reads.get(streamId) ?? 0) + 1);
      return reads;
    } finally {
      spy.mockRestore();
    }
  }

  beforeAll(async () => {
    store = api.t.app.get<EventStore>(EVENT_STORE);
    const from = '2023-01-01T00:00:00+08:00';
    await seedTree(api, [district('D1')]);
    await appoint(api, 'D1', 'PD', 'principal', from, '区长');
    for (const id of ['T1', 'T2']) {
      await seedTree(api, [town(id, 'D1')]);
      await appoint(api, id, `${id}-S`, 'party_secretary', from, '书记');
    }
    await seedTree(api, [enterprise('E1', 'T1', 'hazardous_chemicals', '某化工有限公司')]);
  });

  it('signing reads the agreement and its slot once each', async () => {
    const reads = await readsDuring(() => post('/agreements', agreement('A-R1', 'T1')).expect(201));
    expect(reads.get('agreement-A-R1')).toBe(1);
    expect(reads.get('agreementslot-2025-T1')).toBe(1);
    expect([...reads.values()].every((count) => count === 1)).toBe(true);
  });

  it('an inspection reads itself and each hazard it records once', async () => {
    const inspection = {
      id: 'INS-R1',
      inspectedUnitId: 'E1',
      inspectingUnitId: 'T1',
      kind: 'unannounced',
      conductedAt: '2025-03-01T10:00:00+08:00',
      inspectors: ['王五'],
      findings: [
        { level: 'general', description: '消防通道堵塞', deadline: '2025-03-15T00:00:00Z' },
        { level: 'major', description: '报警失效', deadline: '2025-04-01T00:00:00Z' },
      ],
    };
    let hazardIds: string[] = [];
    const reads = await readsDuring(async () => {
      const response = await post('/inspections', inspection).expect(201);
      hazardIds = (response.body.hazards as Array<{ id: string }>).map((h) => h.id);
    });
    expect(hazardIds).toHaveLength(2);
    expect(reads.get('inspection-INS-R1')).toBe(1);
    for (const id of hazardIds) expect(reads.get(`hazard-${id}`)).toBe(1);
    expect([...reads.values()].every((count) => count === 1)).toBe(true);
  });

  it('releases the slot it claimed when recording the agreement fails, and a retry signs', async () => {
    const db = (store as unknown as { db: Database.Database }).db;
    db.exec(`CREATE TEMP TRIGGER refuse_agreement BEFORE INSERT ON events
      WHEN NEW.stream_id = 'agreement-A-F1' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
    try {
      const refused = await post('/agreements', agreement('A-F1', 'T2'));
      expect(refused.status).toBeGreaterThanOrEqual(500);
    } finally {
      db.exec('DROP TRIGGER refuse_agreement');
    }
    expect(await store.readStream('agreement-A-F1')).toEqual([]);
    const slot = await store.readStream('agreementslot-2025-T2');
    expect(slot.map((e) => [e.type, e.data])).toEqual([
      ['AgreementSlotClaimed', { agreementId: 'A-F1' }],
      ['AgreementSlotReleased', { agreementId: 'A-F1' }],
    ]);
    await post('/agreements', agreement('A-F2', 'T2')).expect(201);
  });
});
