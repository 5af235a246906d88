import { mkdtempSync, readdirSync, readFileSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EVENT_STORE,
  type EventStore,
} from '../../src/infrastructure/event-store/event-store.port';
import { ADMIN_TOKEN, startTestApp, type TestApp } from './harness';
import { Api } from './support/api';
import { district, seedTree } from './support/tree';
import { PreviousReleaseStore } from './support/previous-release';

const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Every file under the data directory (event store, read store, their WAL files, locks) as text. */
const storedBytes = (dataDir: string): string =>
  readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
    .map((file) => join(dataDir, file))
    .filter((path) => statSync(path).isFile())
    .map((path) => readFileSync(path).toString('latin1'))
    .join('\n');

async function head(t: TestApp): Promise<number> {
  return t.app.get<EventStore>(EVENT_STORE).lastPosition();
}

async function auditTrail(t: TestApp, query: Record<string, string | number> = {}) {
  const response = await t
    .http()
    .get('/api/v1/audit/events')
    .query({ limit: 1000, minPosition: await head(t), ...query })
    .set(admin)
    .expect(200);
  return response.body as { total: number; items: Array<Record<string, unknown>> };
}

/** API.md: "the token is shown once; only its hash is stored". */
describe('a created token is shown once and recorded nowhere', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedTree(new Api(() => t), [district('D', '区D'), district('X', '区X')]);
  });
  afterAll(async () => t.close());

  it('records a keyed create’s answer without the token and replays it without one', async () => {
    const body = { id: 'office-k', name: '安委办', role: 'office', scopeUnitId: 'D' };
    const create = () =>
      t
        .http()
        .post('/api/v1/users')
        .set(admin)
        .set('Idempotency-Key', 'create-office-k')
        .send(body)
        .expect(201);
    const created = await create();
    const token: string = created.body.token;
    expect(token).toEqual(expect.any(String));

    const replay = await create();
    expect(replay.headers['idempotent-replayed']).toBe('true');
    const { token: _shownOnce, ...withoutToken } = created.body;
    expect(replay.body).toEqual(withoutToken);

    const trail = await auditTrail(t);
    expect(JSON.stringify(trail)).not.toContain(token);
    const keyStream = trail.items.find((e) => String(e.streamId).startsWith('idempotency-'));
    expect(keyStream).toBeDefined();
    const stream = await t
      .http()
      .get(`/api/v1/audit/streams/${String(keyStream!.streamId)}`)
      .set(admin)
      .expect(200);
    expect(JSON.stringify(stream.body)).not.toContain(token);
    expect(storedBytes(t.dataDir)).not.toContain(token);

    await t.http().get('/api/v1/units/D').set(bearer(token)).expect(200);
  });

  it('issues a new token to an existing user in scope, shown once, and retires the old one', async () => {
    const api = new Api(() => t);
    const office = await api.write('/users', {
      id: 'office-d',
      name: '安委办',
      role: 'office',
      scopeUnitId: 'D',
    });
    const auditor = await api.write('/users', {
      id: 'auditor-d',
      name: '纪检',
      role: 'auditor',
      scopeUnitId: 'D',
    });
    await api.write('/users', { id: 'auditor-x', name: '纪检', role: 'auditor', scopeUnitId: 'X' });

    const issue = () =>
      t
        .http()
        .post('/api/v1/users/auditor-d/token')
        .set(bearer(office.body.token))
        .set('Idempotency-Key', 'new-token-auditor-d')
        .send({})
        .expect(201);
    const issued = await issue();
    expect(issued.body).toMatchObject({
      id: 'auditor-d',
      revoked: false,
      token: expect.any(String),
    });
    expect(issued.body.token).not.toBe(auditor.body.token);
    await t.http().get('/api/v1/units/D').set(bearer(auditor.body.token)).expect(401);
    await t.http().get('/api/v1/units/D').set(bearer(issued.body.token)).expect(200);

    const replay = await issue();
    expect(replay.body.token).toBeUndefined();
    expect(storedBytes(t.dataDir)).not.toContain(issued.body.token);

    await t
      .http()
      .post('/api/v1/users/auditor-x/token')
      .set(bearer(office.body.token))
      .send({})
      .expect(403);
    await t
      .http()
      .post('/api/v1/users/auditor-d/token')
      .set(bearer(issued.body.token))
      .send({})
      .expect(403);
    await t.http().post('/api/v1/users/nobody/token').set(admin).send({}).expect(404);

    const own = await t
      .http()
      .post('/api/v1/users/office-d/token')
      .set(bearer(office.body.token))
      .send({})
      .expect(201);
    await t.http().get('/api/v1/users/office-d').set(bearer(own.body.token)).expect(200);
    await t.http().get('/api/v1/users/office-d').set(bearer(office.body.token)).expect(401);

    await t.http().post('/api/v1/users/auditor-x/revocation').set(admin).send({}).expect(200);
    const refused = await t
      .http()
      .post('/api/v1/users/auditor-x/token')
      .set(admin)
      .send({})
      .expect(409);
    expect(refused.body.type).toBe('urn:safety:problem:user_revoked');
  });
});

describe('a store where the previous release recorded tokens in idempotent answers', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'exposed-tokens-'));
  const exposed = 'exposed-token-0123456789abcdef0123456789abcdef';
  const squatter = 'squatter-token-0123456789abcdef0123456789abcdef';
  const officeToken = 'office-d-token-0123456789abcdef0123456789abcdef';
  const request = {
    path: '/api/v1/users',
    body: { id: 'office-old', name: '安委办', role: 'office', scopeUnitId: 'D' },
  };
  let keyStream = '';
  let t: TestApp;

  beforeAll(async () => {
    const old = new PreviousReleaseStore(dataDir);
    await old.user('office-d', officeToken, 'D');
    await old.user('office-old', exposed, 'D');
    await old.user('system', squatter, 'D');
    const answer = {
      ...request.body,
      revoked: false,
      revokedAt: null,
      revocationReason: null,
      token: exposed,
      position: await old.lastPosition(),
    };
    keyStream = await old.keyedRequest('office-d', 'create-office-old', request, {
      completed: { status: 201, body: answer },
    });
    await old.close();
    t = await startTestApp({ DATA_DIR: dataDir });
    await seedTree(new Api(() => t), [district('D')]);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('revokes the exposed token and the user holding a reserved id, once, as events', async () => {
    await t.http().get('/api/v1/users/office-old').set(bearer(exposed)).expect(401);
    await t.http().get('/api/v1/users/system').set(bearer(squatter)).expect(401);
    await t.http().get('/api/v1/users/office-d').set(bearer(officeToken)).expect(200);

    const revoked = await auditTrail(t, { type: 'UserTokenRevoked' });
    expect(revoked.items).toEqual([
      expect.objectContaining({ streamId: 'user-office-old', actorId: 'system' }),
    ]);
    const squatters = await auditTrail(t, { type: 'UserRevoked' });
    expect(squatters.items).toEqual([
      expect.objectContaining({ streamId: 'user-system', actorId: 'system' }),
    ]);
    const user = await t.http().get('/api/v1/users/system').set(admin).expect(200);
    expect(user.body.revoked).toBe(true);

    const integrity = await t.http().get('/api/v1/audit/integrity').set(admin).expect(200);
    expect(integrity.body.ok).toBe(true);
  });

  it('shows the exposed token in no answer and in no read-model document', async () => {
    const trail = await auditTrail(t);
    expect(trail.total).toBeGreaterThan(0);
    expect(JSON.stringify(trail)).not.toContain(exposed);
    const stream = await t.http().get(`/api/v1/audit/streams/${keyStream}`).set(admin).expect(200);
    expect(JSON.stringify(stream.body)).not.toContain(exposed);
    expect(stream.body.events.at(-1).data.body).toMatchObject({ id: 'office-old' });

    const replay = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(officeToken))
      .set('Idempotency-Key', 'create-office-old')
      .send(request.body)
      .expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toMatchObject({ id: 'office-old' });
    expect(JSON.stringify(replay.body)).not.toContain(exposed);

    const readStore = readdirSync(dataDir)
      .filter((file) => file.startsWith('read-store'))
      .map((file) => readFileSync(join(dataDir, file)).toString('latin1'))
      .join('\n');
    expect(readStore.length).toBeGreaterThan(0);
    expect(readStore).not.toContain(exposed);
  });

  it('revokes nothing more on the next start, and the user gets a new token from an admin', async () => {
    const before = await head(t);
    await t.close();
    t = await startTestApp({ DATA_DIR: dataDir });
    expect(await head(t)).toBe(before);

    const peer = await t
      .http()
      .post('/api/v1/users/office-old/token')
      .set(bearer(officeToken))
      .send({})
      .expect(403);
    expect(peer.body.detail).toMatch(/Only an admin/);
    const issued = await t
      .http()
      .post('/api/v1/users/office-old/token')
      .set(admin)
      .send({ reason: '令牌曾被记录' })
      .expect(201);
    await t.http().get('/api/v1/users/office-old').set(bearer(issued.body.token)).expect(200);
    await t.http().get('/api/v1/users/office-old').set(bearer(exposed)).expect(401);
  });
});
