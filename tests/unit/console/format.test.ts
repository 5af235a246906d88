import {
  cstDay,
  endOfCstDay,
  formatDate,
  formatDateTime,
  percent,
  points,
  startOfCstDay,
} from '../../../console/src/format';
import { findScope } from '../../../console/src/session';

describe('console: dates in China Standard Time, figures as the service gives them', () => {
  it('turns a CST calendar day into its first and last instants (UTC)', () => {
    expect(startOfCstDay('2025-03-01')).toBe('2025-02-28T16:00:00.000Z');
    expect(endOfCstDay('2025-12-31')).toBe('2025-12-31T15:59:59.999Z');
    expect(endOfCstDay('2024-02-29')).toBe('2024-02-29T15:59:59.999Z');
  });

  it('reads instants on the CST calendar, whatever the machine zone', () => {
    expect(cstDay('2025-12-31T16:00:00.000Z')).toBe('2026-01-01');
    expect(cstDay('2025-12-31T15:59:59.999Z')).toBe('2025-12-31');
    expect(formatDate('2025-12-31T16:30:00.000Z')).toBe('2026/01/01');
    expect(formatDateTime('2025-03-12T02:54:00.000Z')).toBe('2025/03/12 10:54');
    expect(formatDateTime(null)).toBe('—');
  });

  it('prints points and rates without inventing precision', () => {
    expect(points(84.5)).toBe('84.5');
    expect(points(93.07)).toBe('93.07');
    expect(points(-3)).toBe('-3');
    expect(points(12, true)).toBe('+12');
    expect(points(0.1 + 0.2)).toBe('0.3');
    expect(percent(95.6)).toBe('95.6%');
    expect(percent(null)).toBe('—');
  });
});

describe('console: the top unit of a token scope', () => {
  type Query = Record<string, string>;
  const units = (byKind: Record<string, Array<{ id: string; name: string }>>) => {
    const asked: string[] = [];
    const fetch = async (query: Query) => {
      asked.push(query.kind);
      const items = (byKind[query.kind] ?? []).map((u) => ({ ...u, kind: query.kind }));
      return { items, total: items.length, limit: 2, offset: 0 } as never;
    };
    return { fetch, asked };
  };

  it('is the one unit of the highest kind in scope', async () => {
    const town = units({
      town: [{ id: 'T4', name: '丰收镇' }],
      enterprise: [{ id: 'E1', name: '厂' }],
    });
    expect(await findScope(town.fetch)).toEqual({ id: 'T4', name: '丰收镇', kind: 'town' });
    expect(town.asked).toEqual(['city', 'district', 'town']);
  });

  it('is none (global scope) when several units share the highest kind', async () => {
    const global = units({
      district: [
        { id: 'D1', name: '甲区' },
        { id: 'D2', name: '乙区' },
      ],
    });
    expect(await findScope(global.fetch)).toBeNull();
  });
});
