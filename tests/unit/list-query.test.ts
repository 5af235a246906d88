import {
  comparing,
  listQuery,
  orderOf,
  timeWindow,
  within,
} from '../../src/modules/shared/list-query';
import { ProblemException } from '../../src/infrastructure/http/problem';

const list = listQuery(
  {
    indexes: [],
    sorts: [
      ['decidedAt', -1],
      ['decidedAt', 1],
    ],
  },
  'decidedAt',
);

describe('list windows and orders', () => {
  it('takes its orders from the collection, the first the default', () => {
    expect(list.sorts).toEqual(['-decidedAt', 'decidedAt']);
    expect(orderOf(list, undefined)).toEqual([
      ['decidedAt', -1],
      ['_id', 1],
    ]);
    expect(orderOf(list, 'decidedAt')[0]).toEqual(['decidedAt', 1]);
    expect(() => listQuery({ indexes: [] }, 'decidedAt')).toThrow(/declared sort/);
  });

  it('bounds the business time [from, to) in UTC, and refuses a window that ends first', () => {
    expect(timeWindow(list, {})).toEqual({});
    expect(
      timeWindow(list, { from: '2025-03-01T08:00:00+08:00', to: '2025-03-02T00:00:00Z' }),
    ).toEqual({
      decidedAt: { $gte: '2025-03-01T00:00:00.000Z', $lt: '2025-03-02T00:00:00.000Z' },
    });
    expect(
      timeWindow(list, { from: '2025-03-01T00:00:00Z', to: '2025-03-01T08:00:00+08:00' }),
    ).toEqual({ decidedAt: { $gte: '2025-03-01T00:00:00.000Z', $lt: '2025-03-01T00:00:00.000Z' } });
    expect(() =>
      timeWindow(list, { from: '2025-03-02T00:00:00Z', to: '2025-03-01T00:00:00Z' }),
    ).toThrow(ProblemException);
  });

  it('keeps the narrower bounds where a condition already bounds the time', () => {
    const since = { placePath: 'T3', occurredAt: { $gte: '2025-06-01T00:00:00.000Z' } };
    expect(within(since, { occurredAt: { $gte: '2025-01-01T00:00:00.000Z', $lt: 'Z' } })).toEqual({
      placePath: 'T3',
      occurredAt: { $gte: '2025-06-01T00:00:00.000Z', $lt: 'Z' },
    });
    expect(within(since, { occurredAt: { $gte: '2025-07-01T00:00:00.000Z' } })).toEqual({
      placePath: 'T3',
      occurredAt: { $gte: '2025-07-01T00:00:00.000Z' },
    });
  });

  it('sorts in memory as the stores do: missing values first ascending, then by _id', () => {
    const docs = [
      { _id: 'b', decidedAt: '2025-02' },
      { _id: 'a', decidedAt: '2025-02' },
      { _id: 'c' },
      { _id: 'd', decidedAt: '2025-01' },
    ];
    const ids = (order: 'decidedAt' | '-decidedAt') =>
      [...docs].sort(comparing(orderOf(list, order))).map((doc) => doc._id);
    expect(ids('decidedAt')).toEqual(['c', 'd', 'a', 'b']);
    expect(ids('-decidedAt')).toEqual(['a', 'b', 'd', 'c']);
  });
});
