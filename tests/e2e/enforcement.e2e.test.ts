import { useTestApp } from './support/api';
import { appoint, department, enterprise, seedTree, townTree } from './support/tree';

describe('enforcement and accountability over HTTP', () => {
  const api = useTestApp();
  const { post, get, eventCount, refuses } = api;
  beforeAll(async () => {
    await seedTree(api, townTree('D1'));
    await appoint(api, 'T1', 'P1', 'principal', '2024-01-01T00:00:00+08:00', '镇长');
    await seedTree(api, [
      department('AJJ', 'D1', ['hazardous_chemicals'], '应急管理局'),
      ...['E1', 'E2', 'E3'].map((id) =>
        enterprise(id, 'T1', 'hazardous_chemicals', `化工企业${id}`),
      ),
    ]);
    await post('/incidents', {
      id: 'I1',
      unitId: 'E1',
      industry: 'hazardous_chemicals',
      occurredAt: '2025-03-01T02:00:00Z',
      reportedAt: '2025-03-01T02:30:00Z',
      deaths: 1,
      seriousInjuries: 0,
      directLossYuan: 0,
      description: '中毒窒息',
    }).expect(201);
  });

  describe('penalties', () => {
    const penalty = (overrides: Record<string, unknown> = {}) => ({
      enterpriseId: 'E1',
      enforcingUnitId: 'AJJ',
      kind: 'fine',
      amountYuan: 50000,
      caseNo: '应急罚〔2025〕1号',
      basis: '《安全生产法》第九十九条',
      decidedAt: '2025-02-10T10:00:00+08:00',
      phase: 'pre_incident',
      ...overrides,
    });

    it('decides a penalty, reads it back and revokes it', async () => {
      const decided = await post('/penalties', penalty({ id: 'PEN1' })).expect(201);
      expect(decided.body).toMatchObject({
        id: 'PEN1',
        enterpriseId: 'E1',
        enforcingUnitId: 'AJJ',
        kind: 'fine',
        amountYuan: 50000,
        decidedAt: '2025-02-10T02:00:00.000Z',
        phase: 'pre_incident',
        revoked: false,
        position: expect.any(Number),
      });
      const fetched = await get('/penalties/PEN1').expect(200);
      expect(fetched.body).toMatchObject({ id: 'PEN1', revoked: false });
      const revoked = await post('/penalties/PEN1/revocation', {
        reason: '行政复议撤销',
        revokedAt: '2025-05-01T00:00:00Z',
      }).expect(200);
      expect(revoked.body).toMatchObject({
        id: 'PEN1',
        revoked: true,
        revokedAt: '2025-05-01T00:00:00.000Z',
        revocationReason: '行政复议撤销',
        position: expect.any(Number),
      });
      expect(revoked.body.position).toBeGreaterThan(decided.body.position);
      const before = await eventCount();
      await post('/penalties/PEN1/revocation', {
        reason: '再次撤销',
        revokedAt: '2025-06-01T00:00:00Z',
      }).expect(409);
      expect(await eventCount()).toBe(before);
    });

    it('gives an id when the client does not, and replays a repeated create', async () => {
      const created = await post(
        '/penalties',
        penalty({ kind: 'warning', amountYuan: undefined }),
      ).expect(201);
      expect(created.body.id).toMatch(/^PEN-[0-9a-f]{12}$/);
      expect(created.body.amountYuan).toBeUndefined();
      const body = penalty({ id: 'PEN2', kind: 'suspension', phase: 'post_incident' });
      await post('/penalties', body).expect(201);
      const before = await eventCount();
      await post('/penalties', body).expect(201);
      await post('/penalties', { ...body, caseNo: '另一个' }).expect(409);
      expect(await eventCount()).toBe(before);
    });

    it('refuses bad penalties and records nothing', async () => {
      const before = await eventCount();
      const revocation = { reason: 'r', revokedAt: '2025-05-01T00:00:00Z' };
      await refuses([
        ['/penalties', penalty({ kind: 'flogging' }), 400],
        ['/penalties', penalty({ phase: 'during' }), 400],
        ['/penalties', penalty({ amountYuan: '50000' }), 400],
        ['/penalties', penalty({ amountYuan: -1 }), 400],
        ['/penalties', penalty({ decidedAt: '2025-02-10' }), 400],
        ['/penalties', penalty({ basis: 'x'.repeat(10_001) }), 400],
        ['/penalties', penalty({ caseNo: undefined }), 400],
        ['/penalties', penalty({ colour: 'red' }), 400],
        ['/penalties', penalty({ enterpriseId: 'T1' }), 422],
        ['/penalties', penalty({ amountYuan: undefined }), 422],
        ['/penalties', penalty({ decidedAt: '2099-01-01T00:00:00Z' }), 422],
        ['/penalties/NOPE/revocation', revocation, 404],
        ['/penalties/PEN2/revocation', { ...revocation, revokedAt: '2025-01-01T00:00:00Z' }, 422],
        ['/penalties/PEN2/revocation', { reason: 'r' }, 400],
      ]);
      const unknown = await post(
        '/penalties',
        penalty({ enterpriseId: 'NOPE', enforcingUnitId: 'NADA' }),
      ).expect(422);
      expect(unknown.body.errors).toEqual([
        { field: 'enterpriseId', message: expect.stringContaining('NOPE') },
        { field: 'enforcingUnitId', message: expect.stringContaining('NADA') },
      ]);
      await api
        .post('/penalties')
        .set('Content-Type', 'application/json')
        .send('{"kind": "fine"')
        .expect(400);
      expect(await eventCount()).toBe(before);
      await get('/penalties/NOPE').expect(404);
    });
  });

  describe('accountability actions', () => {
    const action = (overrides: Record<string, unknown> = {}) => ({
      targetPersonId: 'P1',
      targetUnitId: 'T1',
      form: 'interview',
      decidingUnitId: 'D1',
      decidedAt: '2025-04-01T09:00:00+08:00',
      reason: '辖区发生亡人事故',
      incidentId: 'I1',
      ...overrides,
    });

    it('decides an action tied to an incident and reads it back', async () => {
      const decided = await post('/accountability-actions', action({ id: 'A1' })).expect(201);
      expect(decided.body).toEqual({
        id: 'A1',
        targetPersonId: 'P1',
        targetUnitId: 'T1',
        form: 'interview',
        formLabel: '约谈',
        decidingUnitId: 'D1',
        decidedAt: '2025-04-01T01:00:00.000Z',
        reason: '辖区发生亡人事故',
        incidentId: 'I1',
        position: expect.any(Number),
      });
      const fetched = await get('/accountability-actions/A1').expect(200);
      const { position: _position, ...view } = decided.body;
      expect(fetched.body).toEqual(view);
      const plain = await post(
        '/accountability-actions',
        action({ targetPersonId: undefined, incidentId: undefined, form: 'circular' }),
      ).expect(201);
      expect(plain.body.id).toMatch(/^ACC-[0-9a-f]{12}$/);
      expect(plain.body.incidentId).toBeUndefined();
    });

    it('refuses bad actions and records nothing', async () => {
      const before = await eventCount();
      await refuses([
        ['/accountability-actions', action({ form: 'flogging' }), 400],
        ['/accountability-actions', action({ decidedAt: 1234 }), 400],
        ['/accountability-actions', action({ reason: '' }), 400],
        ['/accountability-actions', action({ reason: 'x'.repeat(10_001) }), 400],
        ['/accountability-actions', action({ targetUnitId: undefined }), 400],
        ['/accountability-actions', action({ extra: 'x' }), 400],
        ['/accountability-actions', action({ decidingUnitId: 'NOPE' }), 422],
        ['/accountability-actions', action({ decidedAt: '2099-01-01T00:00:00Z' }), 422],
      ]);
      const unknown = await post(
        '/accountability-actions',
        action({ targetUnitId: 'NOPE', incidentId: 'I-NOPE' }),
      ).expect(422);
      expect(unknown.body.errors).toEqual([
        { field: 'targetUnitId', message: expect.stringContaining('NOPE') },
        { field: 'incidentId', message: expect.stringContaining('I-NOPE') },
      ]);
      expect(await eventCount()).toBe(before);
      await get('/accountability-actions/NOPE').expect(404);
    });
  });

  describe('blacklist', () => {
    it('lists an enterprise for 3 years by default and refuses early removal before 12 months', async () => {
      const listed = await post('/blacklist', {
        enterpriseId: 'E1',
        reason: '发生较大事故',
        listedAt: '2024-01-10T00:00:00+08:00',
      }).expect(201);
      expect(listed.body).toMatchObject({
        enterpriseId: 'E1',
        history: [
          {
            reason: '发生较大事故',
            listedAt: '2024-01-09T16:00:00.000Z',
            until: '2027-01-09T16:00:00.000Z',
            removal: null,
          },
        ],
        position: expect.any(Number),
      });
      expect(listed.body.listed).toBe(true);

      const before = await eventCount();
      const tooEarly = await post('/blacklist/E1/removal', {
        removedAt: '2024-06-01T00:00:00Z',
        reason: '整改到位',
      }).expect(422);
      expect(tooEarly.body.errors).toEqual([expect.objectContaining({ field: 'removedAt' })]);
      expect(await eventCount()).toBe(before);

      const removed = await post('/blacklist/E1/removal', {
        removedAt: '2025-02-01T00:00:00Z',
        reason: '信用修复',
      }).expect(200);
      expect(removed.body).toMatchObject({
        enterpriseId: 'E1',
        listed: false,
        current: null,
        position: expect.any(Number),
      });
      expect(removed.body.history[0].removal).toEqual({
        removedAt: '2025-02-01T00:00:00.000Z',
        reason: '信用修复',
        early: true,
      });
    });

    it('lists an enterprise again after its previous listing was removed', async () => {
      const relisted = await post('/blacklist', {
        enterpriseId: 'E1',
        reason: '瞒报事故',
        listedAt: '2025-06-01T00:00:00Z',
        until: '2026-06-01T00:00:00Z',
      }).expect(201);
      expect(relisted.body.history).toHaveLength(2);
      expect(relisted.body.history[1]).toMatchObject({
        listedAt: '2025-06-01T00:00:00.000Z',
        until: '2026-06-01T00:00:00.000Z',
        removal: null,
      });
    });

    it('answers a repeated listing again without recording, and refuses a second listing while listed', async () => {
      const body = { enterpriseId: 'E2', reason: '谎报事故', listedAt: '2025-01-01T00:00:00Z' };
      const first = await post('/blacklist', body).expect(201);
      const before = await eventCount();
      const again = await post('/blacklist', body).expect(201);
      expect(again.body).toEqual(first.body);
      await post('/blacklist', { ...body, reason: '另一理由' }).expect(409);
      await post('/blacklist', { ...body, listedAt: '2025-02-01T00:00:00Z' }).expect(409);
      expect(await eventCount()).toBe(before);
    });

    it('refuses bad listings and removals and records nothing', async () => {
      const before = await eventCount();
      const good = { enterpriseId: 'E3', reason: '两起较大事故', listedAt: '2025-01-01T00:00:00Z' };
      const removal = { removedAt: '2025-06-01T00:00:00Z', reason: '修复' };
      await refuses([
        ['/blacklist', { ...good, listedAt: '2025-01-01' }, 400],
        ['/blacklist', { ...good, until: 'soon' }, 400],
        ['/blacklist', { ...good, reason: 'x'.repeat(10_001) }, 400],
        ['/blacklist', { ...good, enterpriseId: 7 }, 400],
        ['/blacklist', { ...good, extra: true }, 400],
        ['/blacklist', { enterpriseId: 'E3' }, 400],
        ['/blacklist', { ...good, enterpriseId: 'T1' }, 422],
        ['/blacklist', { ...good, listedAt: '2099-01-01T00:00:00Z' }, 422],
        ['/blacklist', { ...good, until: '2024-01-01T00:00:00Z' }, 422],
        ['/blacklist/NOPE/removal', removal, 404],
        ['/blacklist/E2/removal', { removedAt: '2025-06-01', reason: 'r' }, 400],
        ['/blacklist/E2/removal', { ...removal, reason: undefined }, 400],
        ['/blacklist/E2/removal', { ...removal, removedAt: '2099-01-01T00:00:00Z' }, 422],
      ]);
      const unknown = await post('/blacklist', { ...good, enterpriseId: 'NOPE' }).expect(422);
      expect(unknown.body.errors).toEqual([
        { field: 'enterpriseId', message: expect.stringContaining('NOPE') },
      ]);
      const notListed = await post('/blacklist/E3/removal', removal).expect(409);
      expect(notListed.body.type).toMatch(/not_listed/);
      expect(await eventCount()).toBe(before);
    });

    it('keeps one listing when two first listings of an enterprise race', async () => {
      const listing = (reason: string) =>
        post('/blacklist', { enterpriseId: 'E3', reason, listedAt: '2025-03-01T00:00:00Z' });
      const [a, b] = await Promise.all([listing('较大事故一'), listing('较大事故二')]);
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      const [same1, same2] = await Promise.all([
        post('/blacklist', {
          enterpriseId: 'E2',
          reason: '谎报事故',
          listedAt: '2025-01-01T00:00:00Z',
        }),
        post('/blacklist', {
          enterpriseId: 'E2',
          reason: '谎报事故',
          listedAt: '2025-01-01T00:00:00Z',
        }),
      ]);
      expect([same1.status, same2.status]).toEqual([201, 201]);
      const winner = a.status === 201 ? a : b;
      expect(winner.body.history).toHaveLength(1);
      const removal = await post('/blacklist/E3/removal', {
        removedAt: '2025-04-01T00:00:00Z',
        reason: '核查',
      }).expect(422);
      expect(removal.body.errors[0].field).toBe('removedAt');
    });
  });
});
