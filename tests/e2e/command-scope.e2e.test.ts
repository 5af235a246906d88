import { useTestApp } from './support/api';
import { ADMIN_TOKEN } from './harness';
import { seedDistrict } from './support/district-fixture';
import { incidentBody } from './support/bodies';
import { district, enterprise, seedTree } from './support/tree';

/**
 * What a town's users may do, by API.md's role meanings, and never beyond their town: every unit
 * a command names or reaches through the records and persons it names must lie within the scope.
 * District fixture: D > B (department), T1 > E1, T2 > E2; P1 and P2 are the towns' principals.
 */
describe('commands within the role and the scope', () => {
  const api = useTestApp();

  const tokens: Record<string, string> = { admin: ADMIN_TOKEN };

  beforeAll(async () => {
    await seedDistrict(api);
    for (const role of ['office', 'inspector', 'reporter', 'auditor'])
      tokens[role] = await api.userToken(`${role}-T1`, role, 'T1');
    tokens.district = await api.userToken('office-D', 'office', 'D');
    await seedTree(api, [enterprise('E1b', 'T1', 'construction', '企业1b')]);
  }, 60_000);

  const send = (who: string, method: 'get' | 'post' | 'put', path: string, body?: object) =>
    api.as(tokens[who]).send(method, path, body);
  const head = api.eventCount;
  /** The status of a command, after checking that a refused one recorded nothing. */
  async function statusOf(
    who: string,
    path: string,
    body: object,
    method: 'post' | 'put' = 'post',
  ) {
    const before = await head();
    const { status } = await send(who, method, path, body);
    if (status >= 400) expect(await head()).toBe(before);
    return status;
  }

  describe('an incident corrected to another unit (item 1)', () => {
    it('stays within the office’s scope', async () => {
      await send('admin', 'post', '/incidents', incidentBody('I-MOVE')).expect(201);
      const move = (to: string) => ({ field: 'unitId', to, reason: '属地更正' });
      expect(await statusOf('office', '/incidents/I-MOVE/corrections', move('E2'))).toBe(403);
      expect(await statusOf('office', '/incidents/I-MOVE/corrections', move('T2'))).toBe(403);
      expect((await send('admin', 'get', '/incidents/I-MOVE').expect(200)).body.unitId).toBe('E1');
      const proposal = await send('office', 'post', '/incidents/I-MOVE/corrections', move('E1b'));
      expect(proposal.status).toBe(201);
      expect((await send('admin', 'get', '/incidents/I-MOVE').expect(200)).body.unitId).toBe('E1');
      await send(
        'district',
        'post',
        `/incidents/I-MOVE/corrections/${proposal.body.correctionId}/approval`,
        { approvedAt: new Date().toISOString() },
      ).expect(200);
      expect((await send('admin', 'get', '/incidents/I-MOVE').expect(200)).body.unitId).toBe('E1b');
      expect(await statusOf('office', '/incidents/I-MOVE/corrections', move('NOPE'))).toBe(422);
    });
  });

  describe('the roles of API.md (item 2)', () => {
    it('keeps the inspector to inspections, hazards and penalties', async () => {
      await send('admin', 'post', '/incidents', incidentBody('I-ROLE')).expect(201);
      await send('admin', 'post', '/incidents/I-ROLE/investigation', {
        openedAt: '2025-05-02T09:00:00+08:00',
      }).expect(200);
      const refused: [string, object][] = [
        ['/incidents', incidentBody('I-INSPECTOR')],
        [
          '/incidents/I-ROLE/casualty-revisions',
          {
            deaths: 0,
            seriousInjuries: 0,
            directLossYuan: 10,
            revisedAt: '2025-05-03T09:00:00+08:00',
          },
        ],
        [
          '/incidents/I-ROLE/misreporting-findings',
          { kind: 'late', establishedAt: '2025-05-03T09:00:00+08:00', detail: '迟报' },
        ],
        ['/incidents/I-E1/investigation', { openedAt: '2025-04-02T09:00:00+08:00' }],
        [
          '/incidents/I-ROLE/investigation/extension',
          { until: '2025-07-01T00:00:00Z', reason: 'r' },
        ],
        [
          '/incidents/I-ROLE/investigation/conclusion',
          { concludedAt: '2025-05-20T00:00:00Z', cause: 'c', liable: [], measures: [] },
        ],
        [
          '/incidents/I-ROLE/corrections',
          { field: 'reportedAt', to: '2025-05-01T09:10:00+08:00', reason: '更正' },
        ],
        [
          '/reports',
          {
            subjectUnitId: 'E1',
            receivedAt: '2025-03-03T09:00:00Z',
            content: 'x',
            anonymous: true,
          },
        ],
        ['/reports/R-E1/verification', { substantiated: true, verifiedAt: '2025-03-05T09:00:00Z' }],
        ['/reports/R-E1/closure', {}],
      ];
      const answers = [];
      for (const [path, body] of refused)
        answers.push([path, await statusOf('inspector', path, body)]);
      expect(answers).toEqual(refused.map(([path]) => [path, 403]));

      const plan = {
        measures: '清理通道',
        fundsYuan: 1000,
        deadline: '2025-03-10T09:00:00+08:00',
        responsiblePerson: '张三',
        contingencyPlan: '专人值守',
      };
      expect(await statusOf('inspector', '/hazards/H-E1/plan', plan)).toBe(200);
      expect(
        await statusOf('office', '/reports/R-E1/verification', {
          substantiated: false,
          verifiedAt: '2025-03-05T09:00:00Z',
        }),
      ).toBe(200);
    });

    it('keeps the reporter to incidents and hazard rectifications', async () => {
      const plan = { measures: '清理通道', plannedAt: '2025-03-04T09:00:00+08:00' };
      expect(await statusOf('reporter', '/hazards/H-E1/plan', plan)).toBe(403);
      expect(await statusOf('reporter', '/incidents', incidentBody('I-REPORTER'))).toBe(201);
      expect(
        await statusOf('reporter', '/hazards/H-E1/rectification', {
          rectifiedAt: '2025-03-08T09:00:00+08:00',
        }),
      ).toBe(200);
    });
  });

  describe('every unit, person and record a body names (item 5)', () => {
    const action = (overrides: object) => ({
      targetUnitId: 'T1',
      form: 'interview',
      decidingUnitId: 'T1',
      decidedAt: '2025-06-01T09:00:00+08:00',
      reason: '约谈',
      ...overrides,
    });

    it('refuses an accountability action against another town’s principal or incident', async () => {
      const post = (body: object) => statusOf('office', '/accountability-actions', action(body));
      expect(await post({ targetPersonId: 'P2' })).toBe(403);
      expect(await post({ incidentId: 'I-E2' })).toBe(403);
      expect(await post({ decidingUnitId: 'D' })).toBe(403);
      expect(await post({ targetPersonId: 'P1', incidentId: 'I-E1' })).toBe(201);
      // P1 is a principal of T1 (in scope) but never held a post in E1: the body is inconsistent.
      expect(await post({ targetUnitId: 'E1', targetPersonId: 'P1' })).toBe(422);
      // A person without any post is unknown: the guard leaves them to the handler.
      expect(await post({ targetUnitId: 'E1', targetPersonId: 'NOBODY' })).toBe(422);
    });

    it('sees a person appointed a moment ago', async () => {
      /** `who` appoints a person to a post of a unit from 2025 on; it must be accepted. */
      const appoint = (who: string, unitId: string, person: [string, string], post: string) =>
        send(who, 'post', `/units/${unitId}/appointments`, {
          personId: person[0],
          personName: person[1],
          post,
          from: '2025-01-01T00:00:00+08:00',
        }).expect(200);
      await appoint('admin', 'T2', ['P2-new', '副镇长'], 'safety_director');
      expect(
        await statusOf('office', '/accountability-actions', action({ targetPersonId: 'P2-new' })),
      ).toBe(403);
      await appoint('office', 'E1', ['PE1-new', '厂长'], 'principal');
      expect(
        await statusOf(
          'office',
          '/accountability-actions',
          action({ targetUnitId: 'E1', targetPersonId: 'PE1-new' }),
        ),
      ).toBe(201);
    });

    it('refuses an inspection, a penalty or a hazard naming another town’s unit', async () => {
      const inspection = {
        inspectedUnitId: 'E1',
        inspectingUnitId: 'T2',
        kind: 'routine',
        conductedAt: '2025-03-02T09:00:00+08:00',
        inspectors: ['检查员'],
        findings: [],
      };
      expect(await statusOf('inspector', '/inspections', inspection)).toBe(403);
      expect(
        await statusOf('inspector', '/inspections', { ...inspection, inspectingUnitId: 'T1' }),
      ).toBe(201);
      const penalty = {
        enterpriseId: 'E1',
        enforcingUnitId: 'T2',
        kind: 'fine',
        amountYuan: 1000,
        caseNo: '案-x',
        basis: '安全生产法',
        decidedAt: '2025-04-05T09:00:00+08:00',
        phase: 'pre_incident',
      };
      expect(await statusOf('inspector', '/penalties', penalty)).toBe(403);
      const hazard = {
        unitId: 'E1',
        level: 'general',
        description: '灭火器过期',
        identifiedAt: '2025-03-01T09:00:00+08:00',
        deadline: '2025-03-15T09:00:00+08:00',
        supervisingUnitId: 'T2',
      };
      expect(await statusOf('inspector', '/hazards', hazard)).toBe(403);
      expect(await statusOf('inspector', '/hazards', { ...hazard, supervisingUnitId: 'T1' })).toBe(
        201,
      );
    });

    it('refuses a report verification linking another town’s hazard', async () => {
      const verification = { substantiated: true, verifiedAt: '2025-03-05T09:00:00+08:00' };
      await send('admin', 'post', '/reports', {
        id: 'R-LINK',
        subjectUnitId: 'E1',
        receivedAt: '2025-03-03T09:00:00+08:00',
        content: '举报',
        anonymous: true,
      }).expect(201);
      expect(
        await statusOf('office', '/reports/R-LINK/verification', {
          ...verification,
          hazardIds: ['H-E1', 'H-E2'],
        }),
      ).toBe(403);
      expect(
        await statusOf('office', '/reports/R-LINK/verification', {
          ...verification,
          hazardIds: ['H-E1'],
        }),
      ).toBe(200);
    });

    it('refuses an investigation conclusion naming another town’s person or unit', async () => {
      await send('admin', 'post', '/incidents', incidentBody('I-LIABLE')).expect(201);
      await send('office', 'post', '/incidents/I-LIABLE/investigation', {
        openedAt: '2025-05-02T09:00:00+08:00',
      }).expect(200);
      const conclude = (liable: object[]) =>
        statusOf('office', '/incidents/I-LIABLE/investigation/conclusion', {
          concludedAt: '2025-05-20T09:00:00+08:00',
          cause: '违章作业',
          liable,
          measures: ['整改'],
        });
      const party = { role: '属地监管', finding: '监管不力' };
      expect(
        await conclude([
          { ...party, unitId: 'T1' },
          { ...party, unitId: 'T2' },
        ]),
      ).toBe(403);
      expect(await conclude([{ ...party, personId: 'P2' }])).toBe(403);
      expect(await conclude([{ ...party, personId: 'P1', unitId: 'T2' }])).toBe(403);
      expect(await conclude([{ ...party, personId: 'P1', unitId: 'T1' }])).toBe(200);
    });
  });

  describe('year-level actions (item 11)', () => {
    it('need a scope containing every registered unit', async () => {
      const { scheme } = (await send('admin', 'get', '/schemes/2026').expect(200)).body;
      expect(await statusOf('district', '/schemes/2026', scheme, 'put')).toBe(200);
      await seedTree(api, [district('X', '另一区')]);
      tokens.other = await api.userToken('office-X', 'office', 'X');
      expect(await statusOf('other', '/schemes/2026', scheme, 'put')).toBe(403);
      const finalize = { finalizedAt: '2027-01-10T09:00:00+08:00' };
      expect(await statusOf('other', '/assessments/2026/finalization', finalize)).toBe(403);
      expect(await statusOf('district', '/schemes/2026', scheme, 'put')).toBe(403);
      expect(await statusOf('admin', '/schemes/2026', scheme, 'put')).toBe(200);
    });
  });

  describe('the audit trail of a scoped auditor (item 12)', () => {
    it('includes the streams of its own units', async () => {
      for (const stream of ['unit-T1', 'unit-E1', 'hazard-H-E1', 'incident-I-E1'])
        await send('auditor', 'get', `/audit/streams/${stream}`).expect(200);
      for (const stream of ['unit-T2', 'unit-D', 'hazard-H-E2'])
        await send('auditor', 'get', `/audit/streams/${stream}`).expect(403);
    });
  });
});
