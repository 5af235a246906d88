import { DEFAULT_SCHEME } from '../../src/domain/assessment';
import { fieldsOf, useTestApp } from './support/api';
import { appoint, districtTree, seedTree } from './support/tree';

describe('assessment inputs over HTTP: schemes, task scores, commendations, finalisation', () => {
  const api = useTestApp();
  const { post, put, get, eventCount } = api;

  const malformed = (method: 'post' | 'put', path: string) =>
    api.send(method, path).set('Content-Type', 'application/json').send('{"score": 1,');

  const agreement = (overrides: Record<string, unknown> = {}) => ({
    year: 2025,
    issuerUnitId: 'D1',
    responsibleUnitId: 'T1',
    signedAt: '2025-01-10T09:00:00+08:00',
    signatories: [
      { personId: 'PD', post: 'principal' },
      { personId: 'T1-P', post: 'principal' },
    ],
    controlIndicators: { maxAccidents: 2, maxDeaths: 0 },
    tasks: [
      { code: 'K1', title: '落实党政同责', weight: 20 },
      { code: 'K2', title: '隐患排查治理', weight: 25 },
      {
        code: 'K3',
        title: '执法检查',
        weight: 15,
        metric: 'inspections_conducted',
        target: 50,
      },
    ],
    ...overrides,
  });

  const score = (overrides: Record<string, unknown> = {}) => ({
    taskCode: 'K1',
    score: 20,
    evaluatedAt: '2025-12-20T10:00:00+08:00',
    evidence: '会议纪要三份',
    ...overrides,
  });

  const commendation = (overrides: Record<string, unknown> = {}) => ({
    level: 'provincial',
    reason: '安全生产工作先进集体',
    awardedAt: '2025-11-01T10:00:00+08:00',
    ...overrides,
  });

  beforeAll(async () => {
    await seedTree(api, districtTree('D1', 'T1', 'T2'));
    for (const [unitId, personId] of [
      ['D1', 'PD'],
      ['T1', 'T1-P'],
      ['T2', 'T2-P'],
    ]) {
      await appoint(api, unitId, personId, 'principal', '2023-01-01T00:00:00+08:00');
    }
    await post('/agreements', agreement({ id: 'A-2025-T1' })).expect(201);
  });

  describe('schemes', () => {
    const scheme50 = {
      ...DEFAULT_SCHEME,
      tasks: { points: 50 },
      outcomes: { ...DEFAULT_SCHEME.outcomes, points: 50 },
    };

    it('answers the default scheme, marked default, while none is published', async () => {
      const fetched = await get('/schemes/2024').expect(200);
      expect(fetched.body).toEqual({
        year: 2024,
        default: true,
        version: null,
        publishedAt: null,
        scheme: JSON.parse(JSON.stringify(DEFAULT_SCHEME)),
      });
    });

    it('publishes a scheme with a task section of 50; an agreement is then held to 50', async () => {
      const published = await put('/schemes/2024', scheme50).expect(200);
      expect(published.body).toMatchObject({
        year: 2024,
        default: false,
        version: 1,
        publishedAt: expect.any(String),
        scheme: { tasks: { points: 50 } },
        position: expect.any(Number),
      });
      const fetched = await get(
        `/schemes/2024?minPosition=${published.body.position as number}`,
      ).expect(200);
      expect(fetched.body).toMatchObject({ default: false, version: 1, scheme: scheme50 });
      expect(fetched.body.position).toBeUndefined();

      const at2024 = {
        id: 'A-2024-T1',
        year: 2024,
        signedAt: '2024-01-10T09:00:00+08:00',
        tasks: [
          { code: 'K1', title: '落实党政同责', weight: 30 },
          { code: 'K2', title: '隐患排查治理', weight: 20 },
        ],
      };
      const before = await eventCount();
      const sixty = await post(
        '/agreements',
        agreement({
          ...at2024,
          tasks: [...at2024.tasks, { code: 'K3', title: '宣传培训', weight: 10 }],
        }),
      ).expect(422);
      expect(sixty.body.type).toMatch(/task_weights_mismatch/);
      expect(await eventCount()).toBe(before);
      await post('/agreements', agreement(at2024)).expect(201);
      // Other years keep the default.
      expect((await get('/schemes/2025').expect(200)).body.default).toBe(true);
    });

    it('replaces the scheme until the year is finalised (versions count up)', async () => {
      const replaced = await put('/schemes/2024', {
        ...scheme50,
        bonus: { ...DEFAULT_SCHEME.bonus, cap: 3 },
      }).expect(200);
      expect(replaced.body).toMatchObject({ version: 2, scheme: { bonus: { cap: 3 } } });
      expect((await get('/schemes/2024').expect(200)).body.version).toBe(2);
    });

    it('refuses an invalid scheme with 422 and its field errors, recording nothing', async () => {
      const before = await eventCount();
      const invalid = await put('/schemes/2024', {
        ...DEFAULT_SCHEME,
        tasks: { points: -1 },
        grades: { excellent: 70, good: 80, pass: 60 },
        colour: 'red',
      }).expect(422);
      expect(invalid.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(invalid.body.type).toMatch(/invalid_scheme/);
      expect(fieldsOf(invalid.body)).toEqual(expect.arrayContaining(['tasks.points', 'colour']));
      const inconsistent = await put('/schemes/2024', {
        ...DEFAULT_SCHEME,
        grades: { excellent: 70, good: 80, pass: 60 },
      }).expect(422);
      expect(fieldsOf(inconsistent.body)).toEqual(['grades.excellent']);
      const empty = await put('/schemes/2024', {}).expect(422);
      expect(fieldsOf(empty.body)).toEqual(
        expect.arrayContaining(['tasks', 'outcomes', 'bonus', 'grades', 'yellowCard', 'veto']),
      );
      const badRule = await put('/schemes/2024', {
        ...DEFAULT_SCHEME,
        veto: { ...DEFAULT_SCHEME.veto, incidents: [{ kinds: ['planet'], minGrade: 'huge' }] },
      }).expect(422);
      expect(fieldsOf(badRule.body)).toEqual(
        expect.arrayContaining([
          'veto.incidents[0].kinds',
          'veto.incidents[0].minGrade',
          'veto.incidents[0].count',
        ]),
      );
      expect(await eventCount()).toBe(before);
      expect((await get('/schemes/2024').expect(200)).body.version).toBe(2);
    });

    it('refuses a body that is not a scheme object, or breaks the limits, with 400', async () => {
      const before = await eventCount();
      const list = await put('/schemes/2024', [DEFAULT_SCHEME]).expect(400);
      expect(list.headers['content-type']).toMatch(/application\/problem\+json/);
      await api.put('/schemes/2024').set('Content-Type', 'application/json').send('42').expect(400);
      await api.put('/schemes/2024').expect(400);
      await malformed('put', '/schemes/2024').expect(400);
      const long = await put('/schemes/2024', {
        ...DEFAULT_SCHEME,
        note: 'x'.repeat(10_001),
      }).expect(400);
      expect(fieldsOf(long.body)).toEqual(['note']);
      const many = await put('/schemes/2024', {
        ...DEFAULT_SCHEME,
        veto: {
          ...DEFAULT_SCHEME.veto,
          incidents: Array.from({ length: 1_001 }, () => DEFAULT_SCHEME.veto.incidents[0]),
        },
      }).expect(400);
      expect(fieldsOf(many.body)).toEqual(['veto.incidents']);
      let deep: unknown = 1;
      for (let i = 0; i < 50; i++) deep = { a: deep };
      await put('/schemes/2024', { ...DEFAULT_SCHEME, deep }).expect(400);
      await put('/schemes/1999', DEFAULT_SCHEME).expect(400);
      await put('/schemes/20x5', DEFAULT_SCHEME).expect(400);
      await get('/schemes/abc').expect(400);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('task scores', () => {
    const path = '/assessments/2025/units/T1/task-scores';

    it('records a score equal to the weight, and a later score replaces it', async () => {
      const scored = await post(path, score()).expect(201);
      expect(scored.body).toMatchObject({
        year: 2025,
        unitId: 'T1',
        scores: {
          K1: {
            agreementId: 'A-2025-T1',
            score: 20,
            evaluatedAt: '2025-12-20T02:00:00.000Z',
            evidence: '会议纪要三份',
          },
        },
        commendations: [],
        position: expect.any(Number),
      });
      const zero = await post(path, score({ taskCode: 'K2', score: 0 })).expect(201);
      expect(zero.body.scores.K2.score).toBe(0);
      const rescored = await post(path, score({ score: 12.5, evidence: '复核' })).expect(201);
      expect(rescored.body.scores.K1).toMatchObject({ score: 12.5, evidence: '复核' });
    });

    it('refuses scores the domain does not allow with 422, recording nothing', async () => {
      const before = await eventCount();
      const over = await post(path, score({ taskCode: 'K2', score: 25.01 })).expect(422);
      expect(over.body.type).toMatch(/score_exceeds_weight/);
      expect(fieldsOf(over.body)).toEqual(['score']);
      const measured = await post(path, score({ taskCode: 'K3', score: 1 })).expect(422);
      expect(measured.body.type).toMatch(/task_is_measured/);
      const unknown = await post(path, score({ taskCode: 'K9' })).expect(422);
      expect(unknown.body.type).toMatch(/unknown_task/);
      expect(fieldsOf(unknown.body)).toEqual(['taskCode']);
      const noAgreement = await post('/assessments/2025/units/T2/task-scores', score()).expect(422);
      expect(noAgreement.body.type).toMatch(/no_active_agreement/);
      const otherYear = await post('/assessments/2026/units/T1/task-scores', score()).expect(422);
      expect(otherYear.body.type).toMatch(/no_active_agreement/);
      await post(path, score({ evaluatedAt: '2099-01-01T00:00:00Z' })).expect(422);
      await post(path, score({ evidence: '   ' })).expect(422);
      expect(await eventCount()).toBe(before);
    });

    it('answers 404 for an unknown unit', async () => {
      const before = await eventCount();
      const missing = await post('/assessments/2025/units/NOPE/task-scores', score()).expect(404);
      expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(await eventCount()).toBe(before);
    });

    it('scores only the tasks of the active agreement (none once it is terminated)', async () => {
      await post(
        '/agreements',
        agreement({
          id: 'A-2025-T2',
          responsibleUnitId: 'T2',
          signatories: [{ personId: 'T2-P', post: 'principal' }],
        }),
      ).expect(201);
      await post('/assessments/2025/units/T2/task-scores', score()).expect(201);
      await post('/agreements/A-2025-T2/termination', {
        reason: '撤并',
        terminatedAt: '2025-06-01T00:00:00+08:00',
      }).expect(200);
      const refused = await post('/assessments/2025/units/T2/task-scores', score()).expect(422);
      expect(refused.body.type).toMatch(/no_active_agreement/);
    });

    it('refuses malformed scores with 400, recording nothing', async () => {
      const before = await eventCount();
      const wrong = await post(path, {
        taskCode: 1,
        score: '20',
        evaluatedAt: 'yesterday',
        evidence: ['a'],
        extra: true,
      }).expect(400);
      expect(fieldsOf(wrong.body)).toEqual(
        expect.arrayContaining(['taskCode', 'score', 'evaluatedAt', 'evidence', 'extra']),
      );
      const missing = await post(path, {}).expect(400);
      expect(fieldsOf(missing.body)).toEqual(
        expect.arrayContaining(['taskCode', 'score', 'evaluatedAt', 'evidence']),
      );
      await post(path, score({ score: -1 })).expect(400);
      await post(path, score({ score: null })).expect(400);
      await post(path, score({ evaluatedAt: '2025-12-20T10:00:00' })).expect(400);
      await post(path, score({ evidence: 'x'.repeat(10_001) })).expect(400);
      await post(path, score({ taskCode: 'x'.repeat(10_001) })).expect(400);
      await malformed('post', path).expect(400);
      await post('/assessments/1999/units/T1/task-scores', score()).expect(400);
      await post('/assessments/year/units/T1/task-scores', score()).expect(400);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('commendations', () => {
    const path = '/assessments/2025/units/T1/commendations';

    it('records a commendation', async () => {
      const awarded = await post(path, commendation()).expect(201);
      expect(awarded.body).toMatchObject({
        year: 2025,
        unitId: 'T1',
        commendations: [
          {
            level: 'provincial',
            reason: '安全生产工作先进集体',
            awardedAt: '2025-11-01T02:00:00.000Z',
          },
        ],
        position: expect.any(Number),
      });
      expect(awarded.body.scores.K1.score).toBe(12.5);
    });

    it('refuses bad commendations, recording nothing', async () => {
      const before = await eventCount();
      const outside = await post(path, commendation({ awardedAt: '2024-06-01T00:00:00Z' })).expect(
        422,
      );
      expect(outside.body.type).toMatch(/awarded_outside_year/);
      await post(path, commendation({ awardedAt: '2025-12-31T17:00:00Z' })).expect(422);
      await post(path, commendation({ reason: ' ' })).expect(422);
      await post('/assessments/2025/units/NOPE/commendations', commendation()).expect(404);
      const wrong = await post(path, { level: 'galactic', reason: 3, extra: 1 }).expect(400);
      expect(fieldsOf(wrong.body)).toEqual(
        expect.arrayContaining(['level', 'reason', 'awardedAt', 'extra']),
      );
      await post(path, commendation({ awardedAt: '2025-11-01' })).expect(400);
      await post(path, commendation({ reason: 'x'.repeat(10_001) })).expect(400);
      await malformed('post', path).expect(400);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('finalisation', () => {
    const path = '/assessments/2025/finalization';

    it('refuses bad finalisations, recording nothing', async () => {
      const before = await eventCount();
      await post(path, {}).expect(400);
      await post(path, { finalizedAt: '2026-01-20T10:00:00' }).expect(400);
      await post(path, { finalizedAt: '2026-01-20T10:00:00Z', by: 'me' }).expect(400);
      await malformed('post', path).expect(400);
      await post('/assessments/1999/finalization', { finalizedAt: '2026-01-20T10:00:00Z' }).expect(
        400,
      );
      const future = await post(path, { finalizedAt: '2099-01-01T00:00:00Z' }).expect(422);
      expect(future.body.type).toMatch(/in_future/);
      const early = await post(path, { finalizedAt: '2024-12-31T15:00:00Z' }).expect(422);
      expect(early.body.type).toMatch(/finalized_before_year/);
      expect(await eventCount()).toBe(before);
    });

    it('finalises the year; then scores, commendations, schemes and a second finalisation are 409', async () => {
      const finalized = await post(path, { finalizedAt: '2026-01-20T10:00:00+08:00' }).expect(200);
      expect(finalized.body).toEqual({
        year: 2025,
        finalized: true,
        finalizedAt: '2026-01-20T02:00:00.000Z',
        position: expect.any(Number),
        // no incident in this year: nothing rests on a pending one
        provisional: [],
      });

      const before = await eventCount();
      const scored = await post('/assessments/2025/units/T1/task-scores', score()).expect(409);
      expect(scored.body.type).toMatch(/year_finalized/);
      await post('/assessments/2025/units/T1/commendations', commendation()).expect(409);
      const scheme = await put('/schemes/2025', DEFAULT_SCHEME).expect(409);
      expect(scheme.body.type).toMatch(/year_finalized/);
      const again = await post(path, { finalizedAt: '2026-01-20T10:00:00+08:00' }).expect(409);
      expect(again.body.type).toMatch(/already_finalized/);
      await post(path, { finalizedAt: '2026-02-01T00:00:00Z' }).expect(409);
      expect(await eventCount()).toBe(before);

      // Other years stay open.
      await put('/schemes/2026', DEFAULT_SCHEME).expect(200);
      expect((await get('/schemes/2025').expect(200)).body.default).toBe(true);
    });
  });

  it('refuses requests without a valid token', async () => {
    await api.t.http().put('/api/v1/schemes/2024').send(DEFAULT_SCHEME).expect(401);
    await api.t.http().get('/api/v1/schemes/2024').expect(401);
    await api.t.http().post('/api/v1/assessments/2025/finalization').send({}).expect(401);
  });
});
