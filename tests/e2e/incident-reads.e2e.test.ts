import { useTestApp } from './support/api';
import {
  appoint as appointTo,
  department,
  district,
  enterprise,
  seedTree,
  town,
} from './support/tree';

const OCCURRED = '2025-03-01T10:00:00+08:00';
const OCCURRED_UTC = '2025-03-01T02:00:00.000Z';

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

interface Link {
  unitId: string;
  role: string;
  posts: { personId: string; post: string }[];
  agreement: { id: string } | null;
}

describe('incident, enforcement and audit reads', () => {
  const api = useTestApp();

  const { write: post, read: get } = api;
  const ids = (items: { id: string }[]) => items.map((i) => i.id);
  const incidentIds = async (query: string) =>
    ids((await get(`/incidents?${query}`)).body.items as { id: string }[]);
  /** The one item of the first page of `list`, after checking it is what `detail` answers. */
  const onlyItem = async (list: string, detail: string) => {
    const page = (await get(list)).body;
    expect(page).toMatchObject({ total: 1, limit: 100, offset: 0 });
    expect(page.items[0]).toEqual((await get(detail)).body);
    return page.items[0];
  };

  beforeAll(async () => {
    await seedTree(api, [
      district('D'),
      town('T1', 'D', '一镇'),
      town('T2', 'D', '二镇'),
      enterprise('E', 'T1', 'construction', '建筑公司'),
      enterprise('E2', 'T2', 'construction', '另一公司'),
      department('B', 'D', ['construction'], '住建局'),
      department('F', 'D', ['fire'], '消防'),
    ]);
    const appoint = (unitId: string, personId: string, post_: string, from: string) =>
      appointTo(api, unitId, personId, post_, from);
    await appoint('D', 'L1', 'principal', '2025-01-01T00:00:00+08:00');
    await appoint('T1', 'S1', 'party_secretary', '2024-01-01T00:00:00+08:00');
    await appoint('B', 'K1', 'deputy_in_charge', '2024-01-01T00:00:00+08:00');
    await post(
      '/units/D/appointments/L1/end',
      { post: 'principal', to: '2025-06-01T00:00:00+08:00' },
      200,
    );
    await pause(); // so that `asOf` the end of L1 is before L2's appointment was recorded
    await appoint('D', 'L2', 'principal', '2025-06-01T00:00:00+08:00');
    await post(
      '/agreements',
      {
        id: 'A-2025-T1',
        year: 2025,
        issuerUnitId: 'D',
        responsibleUnitId: 'T1',
        signedAt: '2025-01-15T10:00:00+08:00',
        signatories: [
          { personId: 'L1', post: 'principal' },
          { personId: 'S1', post: 'party_secretary' },
        ],
        controlIndicators: { maxDeaths: 1 },
        tasks: [
          { code: 'K1', title: '任务一', weight: 30 },
          { code: 'K2', title: '任务二', weight: 30 },
        ],
      },
      201,
    );
    await post(
      '/incidents',
      {
        id: 'I1',
        unitId: 'E',
        industry: 'construction',
        occurredAt: OCCURRED,
        reportedAt: '2025-03-01T10:30:00+08:00',
        deaths: 1,
        seriousInjuries: 0,
        directLossYuan: 100000,
        description: '脚手架坍塌',
      },
      201,
    );
  });

  it('lists an incident under every unit it is attributed to, and not elsewhere', async () => {
    expect(await onlyItem('/incidents?unitId=D', '/incidents/I1')).toMatchObject({
      id: 'I1',
      unitId: 'E',
      industry: 'construction',
      occurredAt: OCCURRED_UTC,
      grade: 'general',
      late: false,
      deaths: 1,
      gradeLabel: '一般事故',
      industryLabel: '建筑施工',
    });
    for (const unitId of ['E', 'T1', 'B'])
      expect(await incidentIds(`unitId=${unitId}`)).toEqual(['I1']);
    for (const unitId of ['T2', 'F', 'E2'])
      expect(await incidentIds(`unitId=${unitId}`)).toEqual([]);
    expect(await incidentIds('year=2025&industry=construction')).toEqual(['I1']);
    expect(await incidentIds('year=2024')).toEqual([]);
    expect(await incidentIds('unitId=B&industry=fire')).toEqual([]);
    await get('/incidents?unitId=NOPE', 404);
    await get('/incidents?grade=awful', 400);
    await get('/incidents?limit=0', 400);
  });

  it('names in the chain at the incident the leader of that day, not the later one', async () => {
    const chain = (await get('/incidents/I1/responsibility-chain')).body;
    expect(chain).toMatchObject({ at: OCCURRED_UTC, unitId: 'E', incidentId: 'I1' });
    const links = chain.links as Link[];
    expect(links.map((l) => [l.unitId, l.role])).toEqual([
      ['E', 'enterprise'],
      ['T1', 'territorial'],
      ['D', 'territorial'],
      ['B', 'regulating_department'],
    ]);
    const d = links.find((l) => l.unitId === 'D')!;
    expect(d.posts.map((p) => p.personId)).toEqual(['L1']);
    expect(d).toMatchObject({ name: '示范区', kind: 'district' });
    expect(links.find((l) => l.unitId === 'T1')!.agreement).toMatchObject({
      id: 'A-2025-T1',
      signedAt: '2025-01-15T02:00:00.000Z',
      signatories: [
        expect.objectContaining({ personId: 'L1' }),
        expect.objectContaining({ personId: 'S1' }),
      ],
    });
    expect(links.find((l) => l.unitId === 'B')!.posts.map((p) => p.personId)).toEqual(['K1']);
    expect(chain.liable).toEqual([]);
    expect(chain.accountabilityActions).toEqual([]);
    await get('/incidents/NOPE/responsibility-chain', 404);
  });

  it('answers the chain of a unit at any time', async () => {
    const later = (await get('/responsibility-chain?unitId=E&at=2025-08-01T00:00:00%2B08:00')).body;
    expect(later.at).toBe('2025-07-31T16:00:00.000Z');
    const d = (later.links as Link[]).find((l) => l.unitId === 'D')!;
    expect(d.posts.map((p) => p.personId)).toEqual(['L2']);
    const before = (await get('/responsibility-chain?unitId=E&at=2024-12-01T00:00:00Z')).body;
    expect((before.links as Link[]).find((l) => l.unitId === 'D')!.posts).toEqual([]);
    expect((before.links as Link[]).find((l) => l.unitId === 'T1')!.agreement).toBeNull();
    await get('/responsibility-chain?unitId=NOPE&at=2025-01-01T00:00:00Z', 404);
    await get('/responsibility-chain?unitId=E&at=yesterday', 400);
  });

  it('re-grades after a casualty revision: 3 deaths make the incident larger', async () => {
    await post(
      '/incidents/I1/casualty-revisions',
      {
        deaths: 3,
        seriousInjuries: 0,
        directLossYuan: 100000,
        revisedAt: '2025-03-05T00:00:00+08:00',
      },
      200,
    );
    expect(await incidentIds('grade=larger&unitId=T1')).toEqual(['I1']);
    expect(await incidentIds('grade=general')).toEqual([]);
    const item = (await get('/incidents?unitId=E')).body.items[0];
    expect(item).toMatchObject({ grade: 'larger', gradeLabel: '较大事故', deaths: 3 });
    expect(item.revisions).toEqual([
      expect.objectContaining({ previousGradeLabel: '一般事故', gradeLabel: '较大事故' }),
    ]);
  });

  it('shows liable findings and accountability actions in the incident chain, and lists actions and penalties', async () => {
    await post('/incidents/I1/investigation', { openedAt: '2025-03-02T00:00:00+08:00' }, 200);
    await pause();
    await post(
      '/incidents/I1/investigation/conclusion',
      {
        concludedAt: '2025-04-01T00:00:00+08:00',
        cause: '违规搭设',
        liable: [{ personId: 'S1', unitId: 'T1', role: '党委书记', finding: '属地监管不力' }],
        measures: ['全面排查'],
      },
      200,
    );
    await post(
      '/accountability-actions',
      {
        id: 'ACT1',
        targetPersonId: 'S1',
        targetUnitId: 'T1',
        form: 'interview',
        decidingUnitId: 'D',
        decidedAt: '2025-04-10T09:00:00+08:00',
        reason: '辖区发生较大事故',
        incidentId: 'I1',
      },
      201,
    );
    await post(
      '/accountability-actions',
      {
        id: 'ACT2',
        targetUnitId: 'T2',
        form: 'circular',
        decidingUnitId: 'D',
        decidedAt: '2025-04-11T09:00:00+08:00',
        reason: '工作滞后',
      },
      201,
    );
    await post(
      '/penalties',
      {
        id: 'PEN1',
        enterpriseId: 'E',
        enforcingUnitId: 'B',
        kind: 'fine',
        amountYuan: 200000,
        caseNo: '住建罚〔2025〕1号',
        basis: '安全生产法第一百一十四条',
        decidedAt: '2025-04-20T00:00:00+08:00',
        phase: 'post_incident',
      },
      201,
    );

    const chain = (await get('/incidents/I1/responsibility-chain')).body;
    expect(chain.liable).toEqual([
      {
        personId: 'S1',
        unitId: 'T1',
        role: '党委书记',
        finding: '属地监管不力',
        ref: { streamId: 'incident-I1', eventId: expect.any(String) },
      },
    ]);
    expect(chain.accountabilityActions).toEqual([
      expect.objectContaining({ id: 'ACT1', form: 'interview', targetPersonId: 'S1' }),
    ]);

    expect(ids((await get('/accountability-actions?incidentId=I1')).body.items)).toEqual(['ACT1']);
    expect(ids((await get('/accountability-actions?targetUnitId=T2')).body.items)).toEqual([
      'ACT2',
    ]);
    expect((await get('/accountability-actions')).body.total).toBe(2);

    const penalty = await onlyItem(
      '/penalties?enterpriseId=E&enforcingUnitId=B&year=2025',
      '/penalties/PEN1',
    );
    expect(penalty).toMatchObject({
      id: 'PEN1',
      kind: 'fine',
      kindLabel: '罚款',
      amountYuan: 200000,
      revoked: false,
    });
    expect((await get('/penalties?year=2024')).body.total).toBe(0);
    await post(
      '/penalties/PEN1/revocation',
      { reason: '复议撤销', revokedAt: '2025-05-01T00:00:00+08:00' },
      200,
    );
    expect((await get('/penalties?enterpriseId=E')).body.items[0]).toMatchObject({
      revoked: true,
      revokedAt: '2025-04-30T16:00:00.000Z',
    });
  });

  it('proposes an enterprise with a major incident for the blacklist until it is listed', async () => {
    const reported = await post(
      '/incidents',
      {
        id: 'I2',
        unitId: 'E2',
        industry: 'construction',
        occurredAt: '2025-05-01T10:00:00+08:00',
        reportedAt: '2025-05-01T10:20:00+08:00',
        deaths: 10,
        seriousInjuries: 0,
        directLossYuan: 0,
        description: '塔吊倒塌',
      },
      201,
    );
    expect(reported.body.grade).toBe('major');
    const stream = (await get('/audit/streams/incident-I2')).body;
    const reportedEventId = stream.events[0].id as string;

    const candidates = (await get('/blacklist/candidates')).body;
    expect(candidates).toEqual([
      {
        enterpriseId: 'E2',
        name: '另一公司',
        reasons: [
          {
            rule: 'major_incident',
            ruleLabel: '发生重大及以上生产安全事故',
            events: [{ streamId: 'incident-I2', eventId: reportedEventId }],
          },
        ],
      },
    ]);
    expect((await get('/blacklist')).body).toMatchObject({ items: [], total: 0 });

    await post(
      '/blacklist',
      { enterpriseId: 'E2', reason: '发生重大事故', listedAt: '2025-05-10T00:00:00+08:00' },
      201,
    );
    expect((await get('/blacklist/candidates')).body).toEqual([]);
    const listed = (await get('/blacklist')).body;
    expect(listed).toMatchObject({ total: 1, limit: 100, offset: 0 });
    const listing = {
      reason: '发生重大事故',
      listedAt: '2025-05-09T16:00:00.000Z',
      until: '2028-05-09T16:00:00.000Z',
      removal: null,
    };
    expect(listed.items[0]).toEqual({
      enterpriseId: 'E2',
      listed: true,
      current: listing,
      history: [listing],
    });
    expect((await get('/blacklist?at=2025-05-01T00:00:00Z')).body.total).toBe(0);
  });

  it('shows every event of a stream with its envelope, 404 for an unknown stream', async () => {
    const stream = (await get('/audit/streams/incident-I1')).body;
    expect(stream.streamId).toBe('incident-I1');
    expect(stream.events.map((e: { type: string }) => e.type)).toEqual([
      'IncidentReported',
      'CasualtiesRevised',
      'InvestigationOpened',
      'InvestigationConcluded',
    ]);
    expect(stream.events[0]).toMatchObject({
      id: expect.any(String),
      streamId: 'incident-I1',
      revision: 0,
      position: expect.any(Number),
      schemaVersion: 1,
      data: { id: 'I1', deaths: 1, grade: 'general' },
      actorId: 'bootstrap-admin',
      actorRole: 'admin',
      metadata: {
        actorId: 'bootstrap-admin',
        actorRole: 'admin',
        requestId: expect.any(String),
        recordedAt: expect.any(String),
        prevHash: expect.any(String),
        hash: expect.any(String),
      },
    });
    expect(stream.events[1].metadata.prevHash).toBe(stream.events[0].metadata.hash);
    await get('/audit/streams/incident-NOPE', 404);
  });

  it('lists the audit trail newest first with filters and paging', async () => {
    const all = (await get('/audit/events')).body;
    expect(all.total).toBe(api.last);
    const positions = all.items.map((e: { position: number }) => e.position);
    expect(positions[0]).toBe(api.last);
    expect([...positions].sort((a: number, b: number) => b - a)).toEqual(positions);

    const revisions = (await get('/audit/events?type=CasualtiesRevised')).body;
    expect(revisions.total).toBe(1);
    expect(revisions.items[0]).toMatchObject({
      type: 'CasualtiesRevised',
      streamId: 'incident-I1',
      revision: 1,
      data: { deaths: 3, grade: 'larger', previousGrade: 'general' },
      metadata: { actorId: 'bootstrap-admin', hash: expect.any(String) },
    });

    const page = (await get('/audit/events?actorId=bootstrap-admin&limit=2&offset=1')).body;
    expect(page).toMatchObject({ total: api.last, limit: 2, offset: 1 });
    expect(page.items.map((e: { position: number }) => e.position)).toEqual([
      api.last - 1,
      api.last - 2,
    ]);
    expect((await get('/audit/events?actorId=someone-else')).body.total).toBe(0);

    const future = (await get('/audit/events?from=2099-01-01T00:00:00Z')).body;
    expect(future.total).toBe(0);
    const past = (await get('/audit/events?to=2000-01-01T00:00:00Z')).body;
    expect(past.total).toBe(0);
    const recent = (await get(`/audit/events?from=${encodeURIComponent(all.items[0].recordedAt)}`))
      .body;
    expect(recent.items[0].position).toBe(api.last);
    await get('/audit/events?from=yesterday', 400);
  });

  it('answers chains as recorded at a past time (asOf)', async () => {
    const unitStream = (await get('/audit/streams/unit-D')).body.events as {
      type: string;
      recordedAt: string;
    }[];
    const l1Ended = unitStream.find((e) => e.type === 'AppointmentEnded')!.recordedAt;
    const august = '2025-08-01T00:00:00Z';
    const then = (
      await get(`/responsibility-chain?unitId=E&at=${august}&asOf=${encodeURIComponent(l1Ended)}`)
    ).body;
    expect(then.asOf).toBe(l1Ended);
    expect((then.links as Link[]).find((l) => l.unitId === 'D')!.posts).toEqual([]);
    const now = (await get(`/responsibility-chain?unitId=E&at=${august}`)).body;
    expect(
      (now.links as Link[]).find((l) => l.unitId === 'D')!.posts.map((p) => p.personId),
    ).toEqual(['L2']);
    const defaultsToAsOf = (
      await get(`/responsibility-chain?unitId=D&asOf=${encodeURIComponent(l1Ended)}`)
    ).body;
    expect(defaultsToAsOf.at).toBe(l1Ended);
    await get('/responsibility-chain?unitId=E&asOf=2000-01-01T00:00:00Z', 404);

    const incidentStream = (await get('/audit/streams/incident-I1')).body.events as {
      type: string;
      recordedAt: string;
    }[];
    const opened = incidentStream.find((e) => e.type === 'InvestigationOpened')!.recordedAt;
    const before = (
      await get(`/incidents/I1/responsibility-chain?asOf=${encodeURIComponent(opened)}`)
    ).body;
    expect(before).toMatchObject({ incidentId: 'I1', asOf: opened, liable: [] });
    expect(before.accountabilityActions).toEqual([]);
    expect(
      (before.links as Link[]).find((l) => l.unitId === 'D')!.posts.map((p) => p.personId),
    ).toEqual(['L1']);
    await get('/incidents/I1/responsibility-chain?asOf=2000-01-01T00:00:00Z', 404);
    await get('/incidents/I1/responsibility-chain?asOf=soon', 400);
  });

  it('verifies integrity, and records an anchor on demand', async () => {
    const before = (await get('/audit/integrity')).body;
    expect(before).toMatchObject({ ok: true, checked: api.last });
    expect(before.firstBrokenPosition).toBeUndefined();

    const anchor = await post('/audit/anchors', {}, 201);
    expect(anchor.body).toMatchObject({
      streamId: 'integrity-anchors',
      reason: 'on_demand',
      upToPosition: api.last - 1,
      root: expect.stringMatching(/^[0-9a-f]{64}$/),
      position: api.last,
    });
    const after = (await get('/audit/integrity')).body;
    expect(after).toMatchObject({ ok: true, checked: api.last, latestAnchor: { ok: true } });
    const anchors = (await get('/audit/events?type=IntegrityAnchorRecorded')).body;
    expect(anchors.total).toBe(1);
  });
});
