import { rank, type Rankable } from '../../../../../src/domain/assessment/ranking';

const unit = (
  unitId: string,
  score: number,
  vetoed = false,
  unitKind: Rankable['unitKind'] = 'town',
): Rankable => ({
  unitId,
  unitKind,
  score,
  vetoed,
});

const ranks = (results: ReturnType<typeof rank>) => results.map((r) => [r.unitId, r.rank]);

describe('ranking within a unit kind', () => {
  it('ranks units not vetoed by score, then vetoed units by score, last', () => {
    const result = rank([
      unit('T-veto-high', 95, true),
      unit('T-80', 80),
      unit('T-veto-low', 70, true),
      unit('T-90', 90),
      unit('T-60', 60),
    ]);
    expect(ranks(result)).toEqual([
      ['T-90', 1],
      ['T-80', 2],
      ['T-60', 3],
      ['T-veto-high', 4],
      ['T-veto-low', 5],
    ]);
  });

  it('uses competition ranking for equal scores (1, 2, 2, 4), ordered by unit id', () => {
    const result = rank([unit('T-c', 85), unit('T-a', 90), unit('T-d', 80), unit('T-b', 85)]);
    expect(ranks(result)).toEqual([
      ['T-a', 1],
      ['T-b', 2],
      ['T-c', 2],
      ['T-d', 4],
    ]);
  });

  it('ties scores equal up to floating-point noise, but never a vetoed unit with one not vetoed', () => {
    const result = rank([
      unit('T-a', 0.1 + 64.1 + 25.8), // 89.99999999999999
      unit('T-b', 90),
      unit('T-c', 90, true),
    ]);
    expect(ranks(result)).toEqual([
      ['T-a', 1],
      ['T-b', 1],
      ['T-c', 3],
    ]);
  });

  it('ranks each kind separately, keeping the fields given', () => {
    const result = rank([
      unit('T1', 70),
      unit('D1', 60, false, 'district'),
      unit('T2', 80),
      unit('D2', 90, false, 'district'),
    ]);
    expect(result.map((r) => [r.unitKind, r.unitId, r.rank, r.score])).toEqual([
      ['town', 'T2', 1, 80],
      ['town', 'T1', 2, 70],
      ['district', 'D2', 1, 90],
      ['district', 'D1', 2, 60],
    ]);
  });

  it('ranks nothing for no units', () => {
    expect(rank([])).toEqual([]);
  });
});
