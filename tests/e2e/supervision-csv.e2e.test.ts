import { useTestApp } from './support/api';
import { orderBody, patrolBody, problemBody } from './support/bodies';
import { expectedCell, readCsv } from './support/csv';
import { department, seedTree } from './support/tree';
import { twoTownsTree } from './support/two-towns';

/**
 * API.md "Outputs for people and integrators": lists answer CSV on `Accept: text/csv`, and list
 * items have the shape of the detail view. The supervision lists and the persons list, field by
 * field against their JSON pages, for the bootstrap admin and a town's reader.
 */
const LISTS = ['/patrols', '/problems', '/supervision-orders', '/persons'];

describe('supervision and persons lists as CSV', () => {
  const api = useTestApp();
  let townReader: string;

  beforeAll(async () => {
    await seedTree(api, twoTownsTree(department('B', 'D', ['construction'], '住建局')));
    await api.write(
      '/units/T1/appointments',
      {
        personId: 'PT1',
        personName: '张三',
        post: 'principal',
        from: '2025-01-01T00:00:00+08:00',
      },
      200,
    );
    await api.write('/patrols', patrolBody());
    for (const [id, targetUnitId] of [
      ['P1', 'T1'],
      ['P2', 'T2'],
    ]) {
      await api.write(
        '/patrols/PAT1/problems',
        problemBody(id, targetUnitId, 'leadership', {
          description: `=${targetUnitId} 问题, "未落实"`,
        }),
      );
    }
    await api.write('/supervision-orders', orderBody({ subject: { kind: 'problem', id: 'P1' } }));
    townReader = await api.userToken('auditor-T1', 'auditor', 'T1');
  }, 60_000);

  it.each(LISTS)('GET %s: the JSON page, item by item, field by field', async (path) => {
    for (const reader of [api, api.as(townReader)]) {
      const json = (await reader.read(path)).body as {
        items: Record<string, unknown>[];
        total: number;
      };
      const csv = await readCsv(reader.settled(path));
      expect(csv.status).toBe(200);
      expect(csv.contentType).toBe('text/csv; charset=utf-8');
      expect(csv.headers['x-total-count']).toBe(String(json.total));
      const columns = [...new Set(json.items.flatMap((item) => Object.keys(item)))];
      const expected = json.items.map((item) =>
        Object.fromEntries(columns.map((column) => [column, expectedCell(item[column])])),
      );
      expect(csv.rows).toEqual(expected);
    }
  });

  it('gives a town reader only its own problems and orders', async () => {
    const town = api.as(townReader);
    expect((await readCsv(town.settled('/problems'))).rows.map((r) => r.id)).toEqual(['P1']);
    expect((await readCsv(town.settled('/supervision-orders'))).rows.map((r) => r.id)).toEqual([
      'SO1',
    ]);
    expect((await readCsv(town.settled('/problems'))).rows[0].description).toBe(
      `'=T1 问题, "未落实"`,
    );
  });
});
