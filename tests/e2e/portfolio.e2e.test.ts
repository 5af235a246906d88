import { randomUUID } from 'node:crypto';
import {
  EVENT_STORE,
  type EventStore,
} from '../../src/infrastructure/event-store/event-store.port';
import { useTestApp } from './support/api';
import { chainTree, enterprise, seedTree } from './support/tree';

interface Holder {
  personId: string;
  post: string;
  portfolioIndustries: string[];
  role?: string;
  industry?: string;
}
interface Link {
  unitId: string;
  posts: Holder[];
  portfolioHolders: Holder[];
}

const CST = (date: string) => `${date}T00:00:00+08:00`;

describe('posts with a portfolio over HTTP (分管领域, 一岗双责)', () => {
  const api = useTestApp();

  const { write: post } = api;
  const get = (path: string) => api.read(path);
  const appoint = (unitId: string, body: Record<string, unknown>, status = 200) =>
    post(
      `/units/${unitId}/appointments`,
      { personName: `姓名${String(body.personId)}`, ...body },
      status,
    );
  const chainOf = async (unitId: string, date: string) =>
    (await get(`/responsibility-chain?unitId=${unitId}&at=${encodeURIComponent(CST(date))}`))
      .body as { links: Link[] };
  const portfolioHolders = (links: Link[]) =>
    links.map((l) => [l.unitId, l.portfolioHolders.map((h) => h.personId)]);

  beforeAll(async () => {
    await seedTree(api, chainTree());
    await appoint('D', { personId: 'PRI', post: 'principal', from: CST('2024-01-01') });
    await appoint('D', {
      personId: 'DIC',
      post: 'deputy_in_charge',
      from: CST('2024-01-01'),
      portfolioIndustries: ['construction', 'hazardous_chemicals'],
    });
    await appoint('D', {
      personId: 'DF',
      post: 'deputy',
      from: CST('2024-01-01'),
      portfolioIndustries: ['fire'],
    });
    await appoint('T', {
      personId: 'DT',
      post: 'deputy',
      from: CST('2025-01-01'),
      portfolioIndustries: ['construction'],
    });
  });

  it('shows each post with its portfolio in the unit view', async () => {
    const unit = (await get('/units/D')).body as { posts: Holder[] };
    expect(unit.posts.map((p) => [p.personId, p.post, p.portfolioIndustries])).toEqual([
      ['PRI', 'principal', []],
      ['DIC', 'deputy_in_charge', ['construction', 'hazardous_chemicals']],
      ['DF', 'deputy', ['fire']],
    ]);
  });

  it('refuses a portfolio on another post (422), unknown codes (400) and a code twice (422)', async () => {
    const before = await api.eventCount();
    const onPrincipal = await appoint(
      'T',
      { personId: 'X', post: 'principal', from: CST('2025-01-01'), portfolioIndustries: ['fire'] },
      422,
    );
    expect(onPrincipal.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(onPrincipal.body.type).toMatch(/portfolio_not_applicable/);
    const unknown = await appoint(
      'T',
      { personId: 'X', post: 'deputy', from: CST('2025-01-01'), portfolioIndustries: ['schools'] },
      400,
    );
    expect(unknown.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'portfolioIndustries' })]),
    );
    await appoint(
      'T',
      { personId: 'X', post: 'deputy', from: CST('2025-01-01'), portfolioIndustries: 'fire' },
      400,
    );
    const twice = await appoint(
      'T',
      {
        personId: 'X',
        post: 'deputy',
        from: CST('2025-01-01'),
        portfolioIndustries: ['fire', 'fire'],
      },
      422,
    );
    expect(twice.body.type).toMatch(/duplicate_industry/);
    expect(await api.eventCount()).toBe(before);
  });

  it("names the deputies whose portfolio covers the enterprise's industry in its chain", async () => {
    const chain = await chainOf('E', '2025-04-01');
    expect(portfolioHolders(chain.links)).toEqual([
      ['E', []],
      ['T', ['DT']],
      ['D', ['DIC']],
    ]);
    expect(chain.links[1].portfolioHolders[0]).toMatchObject({
      personId: 'DT',
      post: 'deputy',
      role: 'portfolio',
      industry: 'construction',
      portfolioIndustries: ['construction'],
    });
    const d = chain.links.find((l) => l.unitId === 'D')!;
    expect(d.posts.map((p) => p.personId)).toEqual(['PRI', 'DIC']);

    const before = await chainOf('E', '2024-12-31');
    expect(portfolioHolders(before.links)).toEqual([
      ['E', []],
      ['T', []],
      ['D', ['DIC']],
    ]);
    const town = await chainOf('T', '2025-04-01');
    expect(portfolioHolders(town.links)).toEqual([
      ['T', []],
      ['D', []],
    ]);
  });

  it("names them in an incident's chain at its occurrence, not after the appointment ended", async () => {
    const report = (id: string, occurredAt: string) =>
      post(
        '/incidents',
        {
          id,
          unitId: 'E',
          industry: 'construction',
          occurredAt,
          reportedAt: occurredAt,
          deaths: 0,
          seriousInjuries: 1,
          directLossYuan: 10000,
          description: '高处坠落',
        },
        201,
      );
    await report('I-MAR', CST('2025-03-01'));
    await post('/units/T/appointments/DT/end', { post: 'deputy', to: CST('2025-06-01') }, 200);
    await report('I-JUL', CST('2025-07-01'));
    const march = (await get('/incidents/I-MAR/responsibility-chain')).body as { links: Link[] };
    expect(portfolioHolders(march.links)).toEqual([
      ['E', []],
      ['T', ['DT']],
      ['D', ['DIC']],
    ]);
    const july = (await get('/incidents/I-JUL/responsibility-chain')).body as { links: Link[] };
    expect(portfolioHolders(july.links)).toEqual([
      ['E', []],
      ['T', []],
      ['D', ['DIC']],
    ]);
    const asOf = new Date().toISOString();
    const recorded = (await get(`/incidents/I-MAR/responsibility-chain?asOf=${asOf}`)).body;
    expect(portfolioHolders(recorded.links)).toEqual(portfolioHolders(march.links));
  });

  it('reads an appointment recorded before portfolios existed as one without a portfolio', async () => {
    const store = api.t.app.get<EventStore>(EVENT_STORE);
    const metadata = { actorId: 'bootstrap-admin', actorRole: 'admin', requestId: 'old-release' };
    const appended = await store.append(
      'unit-OT',
      [
        {
          id: randomUUID(),
          type: 'UnitRegistered',
          data: { id: 'OT', name: '老镇', kind: 'town', parentId: 'D' },
          metadata,
        },
        {
          id: randomUUID(),
          type: 'PersonAppointed',
          data: {
            unitId: 'OT',
            personId: 'OLD',
            personName: '老副镇长',
            post: 'deputy_in_charge',
            from: '2020-01-01T00:00:00.000Z',
          },
          metadata,
        },
      ],
      'no_stream',
    );
    api.last = Math.max(api.last, appended.position);
    await seedTree(api, [enterprise('OE', 'OT', 'construction', '老企业')]);

    const unit = (await get('/units/OT')).body as { posts: Holder[] };
    expect(unit.posts).toEqual([
      expect.objectContaining({
        personId: 'OLD',
        post: 'deputy_in_charge',
        portfolioIndustries: [],
      }),
    ]);
    const chain = await chainOf('OE', '2025-04-01');
    const ot = chain.links.find((l) => l.unitId === 'OT')!;
    expect(ot.posts).toEqual([
      expect.objectContaining({
        personId: 'OLD',
        post: 'deputy_in_charge',
        portfolioIndustries: [],
      }),
    ]);
    expect(ot.portfolioHolders).toEqual([]);

    await post(
      '/units/OT/appointments/OLD/end',
      { post: 'deputy_in_charge', to: CST('2025-01-01') },
      200,
    );
    await appoint('OT', {
      personId: 'OLD',
      post: 'deputy_in_charge',
      from: CST('2025-01-01'),
      portfolioIndustries: ['construction'],
    });
    const later = await chainOf('OE', '2025-04-01');
    expect(later.links.find((l) => l.unitId === 'OT')!.portfolioHolders).toEqual([
      expect.objectContaining({ personId: 'OLD', role: 'portfolio', industry: 'construction' }),
    ]);
  });
});
