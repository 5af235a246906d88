import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EVENT_STORE,
  type EventStore,
} from '../../src/infrastructure/event-store/event-store.port';
import { startTestApp, type TestApp } from './harness';
import { Api, useTestApp } from './support/api';
import { district, seedTree, town } from './support/tree';
import { PreviousReleaseStore } from './support/previous-release';

/** POST `path` through `api` with the Idempotency-Key `key`. */
const keyed = (api: Api, key: string, path: string, body: object) =>
  api.post(path, body).set('Idempotency-Key', key);

describe('an Idempotency-Key on a request that fails', () => {
  const api = useTestApp();
  const head = () => api.t.app.get<EventStore>(EVENT_STORE).lastPosition();
  beforeAll(async () => {
    await seedTree(api, [district('D')]);
  });

  it('records nothing when validation refuses the body, and leaves the key free', async () => {
    const before = await head();
    const invalid = await keyed(api, 'k-invalid', '/units', { ...town('T1', 'D'), colour: 'red' });
    expect(invalid.status).toBe(400);
    const malformed = await keyed(api, 'k-invalid', '/units', { id: 'T1', kind: 'town' });
    expect(malformed.status).toBe(400);
    expect(await head()).toBe(before);

    const created = await keyed(api, 'k-invalid', '/units', town('T1', 'D')).expect(201);
    expect(created.headers['idempotent-replayed']).toBeUndefined();
  });

  it('records nothing when the domain refuses the command', async () => {
    const before = await head();
    const refused = await keyed(api, 'k-refused', '/units', {
      ...town('T2', 'D'),
      parentId: 'NOPE',
    });
    expect(refused.status).toBe(422);
    expect(await head()).toBe(before);
  });

  it('runs concurrent requests with one key once', async () => {
    const body = {
      inspectedUnitId: 'D',
      inspectingUnitId: 'D',
      kind: 'routine',
      conductedAt: '2025-03-01T10:00:00+08:00',
      inspectors: ['王五'],
      findings: Array.from({ length: 50 }, (_, i) => ({
        level: 'general',
        description: `隐患${i}`,
        deadline: '2025-04-01T00:00:00Z',
      })),
    };
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => keyed(api, 'k-parallel', '/inspections', body)),
    );
    const created = answers.filter((a) => a.status === 201);
    expect(answers.map((a) => a.status)).toContain(201);
    for (const answer of created) expect(answer.body.id).toBe(created[0].body.id);
    for (const answer of answers.filter((a) => a.status !== 201)) {
      expect(answer.status).toBe(409);
      expect(answer.body.type).toBe('urn:safety:problem:request_in_progress');
      expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
    }
    const events = await api.t.app.get<EventStore>(EVENT_STORE).readAll(0, { limit: 100_000 });
    expect(events.filter((e) => e.type === 'InspectionConducted')).toHaveLength(1);
  });
});

describe('keys the previous release left claimed or released', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'old-claims-'));
  const token = 'office-d-token-0123456789abcdef0123456789abcdef';
  let t: TestApp;
  const api = new Api(() => t);
  beforeAll(async () => {
    const old = new PreviousReleaseStore(dataDir);
    await old.user('office-d', token, 'D');
    const request = (id: string) => ({ path: '/api/v1/units', body: town(id, 'D') });
    await old.keyedRequest('office-d', 'k-crashed', request('T3'), 'crashed');
    await old.keyedRequest('office-d', 'k-released', request('T4'), 'released');
    await old.close();
    t = await startTestApp({ DATA_DIR: dataDir });
    await seedTree(api, [district('D')]);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['k-crashed', 'T3'],
    ['k-released', 'T4'],
  ])('runs the request again on %s, then replays its answer', async (key, id) => {
    const send = () => keyed(api.as(token), key, '/units', town(id, 'D'));
    const first = await send();
    expect([first.status, first.body.type]).toEqual([201, undefined]);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await send().expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
  });
});
