import { find } from 'mingo';
import { toFind } from '../../../src/infrastructure/read-store/mongodb/mongo-filter';
import type { FindQuery, Where } from '../../../src/infrastructure/read-store/read-store.port';

/** The MongoDB adapter's translation, evaluated by mingo (MongoDB's query language in memory). */
const docs = [
  { _id: 'd1', level: [1, 5], at: '2025-01-01' },
  { _id: 'd2', level: 3, at: null },
  { _id: 'd3', level: [0, 3, 'x'], at: ['2025-03-01', null] },
  { _id: 'd4', level: '4' },
  { _id: 'd5', level: null, at: 20250301 },
  { _id: 'd6', at: '2025-02-01' },
];

const answer = (query: FindQuery): string[] => {
  const translated = toFind(query);
  if (translated === null) return [];
  const cursor = find(docs, translated.filter as Record<string, unknown>)
    .sort(translated.sort)
    .skip(translated.skip);
  if (translated.limit !== undefined) cursor.limit(translated.limit);
  return (cursor.all() as { _id: string }[]).map((doc) => doc._id);
};
const matching = (where: Where) => answer({ where });

describe('MongoDB filter translation', () => {
  it('needs one array element to meet every bound of a range', () => {
    expect(matching({ level: { $gt: 1, $lt: 5 } })).toEqual(['d2', 'd3']);
    expect(matching({ level: { $gte: 5 } })).toEqual(['d1']);
    expect(matching({ level: { $gte: 1, $lte: 5 }, at: { $gte: '2025', $lt: '2025-02' } })).toEqual(
      ['d1'],
    );
    expect(matching({ _id: { $gt: 'd1', $lt: 'd3' } })).toEqual(['d2']);
  });

  it('matches a range bound against values of its own type only, never missing fields', () => {
    expect(matching({ level: { $gte: 0 } })).toEqual(['d1', 'd2', 'd3']);
    expect(matching({ level: { $lt: 'zzz' } })).toEqual(['d3', 'd4']);
    expect(matching({ at: { $gte: 0, $lt: 30000000 } })).toEqual(['d5']);
    expect(matching({ at: { $gt: '2025-01-15' } })).toEqual(['d3', 'd6']);
  });

  it('matches null and $in with null against null and missing fields', () => {
    expect(matching({ level: null })).toEqual(['d5', 'd6']);
    expect(matching({ level: { $in: [null, 5] } })).toEqual(['d1', 'd5', 'd6']);
    expect(matching({ at: { $in: ['2025-02-01'] } })).toEqual(['d6']);
    expect(matching({ level: { $in: [] } })).toEqual([]);
  });

  it('matches equality on an array when it contains the value', () => {
    expect(matching({ level: 3 })).toEqual(['d2', 'd3']);
    expect(matching({ level: 'x' })).toEqual(['d3']);
  });

  it('sorts null and missing first, numbers before strings, ties by _id; a limit of 0 is none', () => {
    const scalars = { _id: { $in: ['d2', 'd4', 'd5', 'd6'] } };
    expect(answer({ where: scalars, sort: [['level', 1]] })).toEqual(['d5', 'd6', 'd2', 'd4']);
    expect(answer({ where: scalars, sort: [['level', -1]], skip: 1 })).toEqual(['d2', 'd5', 'd6']);
    expect(toFind({ limit: 0 })).toBeNull();
    expect(toFind({ sort: [['_id', -1]] })?.sort).toEqual({ _id: -1 });
  });
});
