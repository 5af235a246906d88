import { useTestApp } from './support/api';
import { ADMIN_TOKEN } from './harness';
import { seedDistrict } from './support/district-fixture';

/**
 * List reads of a scoped user are narrowed before paging: `total` counts only items within the
 * user's scope and pages are full. The district fixture has one item of each kind under town T1
 * (enterprise E1) and one under T2 (E2); the user is scoped to T1.
 */
const LISTS: { path: string; id: (item: Record<string, unknown>) => unknown; inside: string }[] = [
  { path: '/agreements', id: (item) => item.id, inside: 'A-T1' },
  { path: '/inspections', id: (item) => item.id, inside: 'INS-E1' },
  { path: '/reports', id: (item) => item.id, inside: 'R-E1' },
  { path: '/penalties', id: (item) => item.id, inside: 'PEN-E1' },
  { path: '/accountability-actions', id: (item) => item.id, inside: 'ACT-T1' },
  { path: '/patrols', id: (item) => item.id, inside: 'PAT-T1' },
  { path: '/blacklist', id: (item) => item.enterpriseId, inside: 'E1' },
];

describe('list reads within a scope', () => {
  const api = useTestApp();

  let townOffice: string;

  beforeAll(async () => {
    await seedDistrict(api);
    for (const enterpriseId of ['E1', 'E2']) {
      await api.write('/blacklist', {
        enterpriseId,
        reason: '发生较大事故',
        listedAt: '2025-05-01T00:00:00+08:00',
      });
    }
    townOffice = await api.userToken('office-T1', 'office', 'T1');
    await api.read('/units');
  }, 60_000);

  const list = (path: string, token: string, query: Record<string, string | number> = {}) =>
    api.as(token).get(path).query(query);

  it.each(LISTS)('$path: a scoped user counts and pages only its own items', async (kind) => {
    const all = await list(kind.path, townOffice).expect(200);
    expect(all.body.total).toBe(1);
    expect(all.body.items.map(kind.id)).toEqual([kind.inside]);

    const firstPage = await list(kind.path, townOffice, { limit: 1 }).expect(200);
    expect(firstPage.body.items.map(kind.id)).toEqual([kind.inside]);
    const secondPage = await list(kind.path, townOffice, { limit: 1, offset: 1 }).expect(200);
    expect(secondPage.body).toMatchObject({ items: [], total: 1 });
  });

  it.each(LISTS)('$path: withinUnitId narrows a global reader to a subtree', async (kind) => {
    const everything = await list(kind.path, ADMIN_TOKEN).expect(200);
    expect(everything.body.total).toBe(2);
    const district = await list(kind.path, ADMIN_TOKEN, { withinUnitId: 'D' }).expect(200);
    expect(district.body.total).toBe(2);
    const town = await list(kind.path, ADMIN_TOKEN, { withinUnitId: 'T1' }).expect(200);
    expect(town.body.items.map(kind.id)).toEqual([kind.inside]);
    expect(town.body.total).toBe(1);
  });

  it.each(LISTS)('$path: withinUnitId outside the scope is refused', async (kind) => {
    const refused = await list(kind.path, townOffice, { withinUnitId: 'T2' }).expect(403);
    expect(refused.body.type).toContain('out_of_scope');
  });

  it('answers an empty page when a named unit lies outside withinUnitId', async () => {
    const none = await list('/agreements', ADMIN_TOKEN, {
      withinUnitId: 'T1',
      responsibleUnitId: 'T2',
    }).expect(200);
    expect(none.body).toMatchObject({ items: [], total: 0 });
    const some = await list('/agreements', ADMIN_TOKEN, {
      withinUnitId: 'D',
      responsibleUnitId: 'T2',
    }).expect(200);
    expect(some.body.total).toBe(1);
  });
});
