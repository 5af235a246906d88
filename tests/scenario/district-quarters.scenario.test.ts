/**
 * The district year of tests/e2e/support/district-year.ts, quarter by quarter (季度考评), scored by
 * hand. Read after the year, so each quarter's reference date is its end in CST
 * (Q1 2025-03-31 23:59:59.999, Q2 06-30, Q3 09-30, Q4 12-31). Every record of the scenario was
 * recorded now; what counts at a quarter's end is its BUSINESS date.
 *
 * Which fact falls in which quarter (CST):
 *   Q1  agreements signed 01-15 (every unit assessed from Q1); I-NY2 01-01 (T2, D: 2 + 0.5 = 2.5);
 *       I-LATE 03-10 (T1, B, D: 2 + 2 × 1 = 4) and its automatic `late` finding, established when
 *       reported (03-10 11:00; T1, B, D: 10); INS1 02-01 (T1's K2: 1 of 2 → 20 × 0.5 = 10);
 *       PEN1 03-05 (B's K2: 1 of 2 → 30 × 0.5 = 15); H1 identified 02-01, deadline 03-01, rectified
 *       02-20, verification FAILED 02-25 → overdue from Q1 (T1, B, D: 0.2); H2 identified 02-01,
 *       rectified and verified in February. Rates: T1 and B 1 of 2 = 50.0 → capped 10; D likewise
 *       (H1, H2) → 10; T2 and T3 none identified → 100.
 *   Q2  I-T2b 06-01 (T2, D: 2), pushing T2 past maxAccidents 1 (5, veto, provisional: both its
 *       incidents are pending); the `concealed` finding on I-OLD established 04-01 (T2, D: 10);
 *       H3 (E2, major) identified 05-01, rectified, verified 05-25 (T2 100; D 2 of 3 = 66.7 →
 *       28.3 short → capped 10); ACT1 D interviews T3 06-10 (T3: 1); PEN2 decided 04-05 and
 *       revoked 05-01: it never stands at a quarter end.
 *   Q3  I-L 08-10, larger, 3 deaths (T1, B, D: 10); T1's deaths 1 + 3 = 4 > maxDeaths 2 (5);
 *       vetoes T1 and B (larger), not D; ACT2 D circulates T1 naming P1b 09-01 (T1: 2).
 *   Q4  every task score (evaluated 12-20: T1 K1 35 as re-scored, T2 50, T3 25, B 28, D 55);
 *       commendations T2 provincial 10-01 (+1), D national 11-01 (+2). Q4 is the year.
 *
 * Standings (score = tasks + outcomes + bonus; outcomes = 40 − deductions, floored at 0):
 *        Q1                     Q2                          Q3                          Q4 (= year)
 *   T1   10 + (40 − 24.2) = 25.8  25.8 (change 0)           10 + 0 (40 − 41.2) = 10     45 (+35)
 *        [4 + 10 + 0.2 + 10]                                 vetoed (−15.8)              vetoed
 *   T2   0 + (40 − 2.5) = 37.5    0 + (40 − 19.5) = 20.5     20.5 (0), vetoed            71.5 (+51), vetoed
 *                                 [2.5 + 2 + 5 + 10] vetoed (−17)
 *   T3   0 + 40 = 40              39 (−1)                    39 (0)                      64 (+25), yellow card
 *   B    15 + (40 − 24.2) = 30.8  30.8 (0)                  15 + (40 − 34.2) = 20.8     48.8 (+28), vetoed
 *                                                            vetoed (−10)
 *   D    0 + (40 − 26.7) = 13.3   0 + (40 − 38.7) = 1.3     0 + 0 (40 − 48.7) = 0       57 (+57)
 *        [6.5 + 10 + 0.2 + 10]    [8.5 + 20 + 0.2 + 10]     [18.5 + 20 + 0.2 + 10]
 *                                 (−12)                     (−1.3)
 * Towns ranked: Q1 T3 40, T2 37.5, T1 25.8; Q2 T3 39, T1 25.8, T2 20.5 (vetoed);
 * Q3 T3 39, then the vetoed T2 20.5, T1 10; Q4 T3, T2, T1 as the year.
 * As recorded before the concealment was (`asOf`), T2 stands at 30.5 and D at 11.3 in Q2.
 * Last, an incident recorded now against T3 that occurred at 2025-06-30 23:59:59.999 CST (general,
 * no casualties: 2) counts from Q2: T3 37 (−3), 37, 62; D 0 in Q2 (−13.3); Q1 unchanged.
 */
import * as XLSX from 'xlsx';
import { asBuffer, expectProblem, useTestApp } from '../e2e/support/api';
import { seedDistrictYear } from '../e2e/support/district-year';
import { QUARTER_COLUMNS } from '../e2e/support/standings-tables';

interface Row {
  unitId: string;
  score: number;
  previousScore: number | null;
  change: number | null;
  grade: string;
  vetoed: boolean;
  yellowCard: boolean;
  rank: number;
  referenceDate: string;
  newEvents: { streamId: string; eventId: string }[];
}

const QUARTER_ENDS = [
  '2025-03-31T15:59:59.999Z',
  '2025-06-30T15:59:59.999Z',
  '2025-09-30T15:59:59.999Z',
  '2025-12-31T15:59:59.999Z',
];

/** [score, change, vetoed] of each unit, quarter by quarter, as worked out above. */
const BY_HAND: Record<string, [number, number | null, boolean][]> = {
  T1: [
    [25.8, null, false],
    [25.8, 0, false],
    [10, -15.8, true],
    [45, 35, true],
  ],
  T2: [
    [37.5, null, false],
    [20.5, -17, true],
    [20.5, 0, true],
    [71.5, 51, true],
  ],
  T3: [
    [40, null, false],
    [39, -1, false],
    [39, 0, false],
    [64, 25, false],
  ],
  B: [
    [30.8, null, false],
    [30.8, 0, false],
    [20.8, -10, true],
    [48.8, 28, true],
  ],
  D: [
    [13.3, null, false],
    [1.3, -12, false],
    [0, -1.3, false],
    [57, 57, false],
  ],
};

describe('a district year, quarter by quarter (季度考评), scored by hand', () => {
  const api = useTestApp();
  let beforeConcealment = '';

  beforeAll(async () => {
    ({ beforeConcealment } = await seedDistrictYear(api));
  }, 60_000);

  const quarter = async (q: number, query = '', token = api.token) =>
    (await api.as(token).read(`/assessments/2025/quarters/${q}${query}`)).body;
  const rows = async (q: number, query = '') =>
    Object.fromEntries(((await quarter(q, query)).units as Row[]).map((u) => [u.unitId, u]));

  it('stands each unit at each quarter end as worked out by hand', async () => {
    for (const q of [1, 2, 3, 4]) {
      const answer = await quarter(q);
      expect(answer).toMatchObject({
        year: 2025,
        quarter: q,
        to: QUARTER_ENDS[q - 1],
        referenceDate: QUARTER_ENDS[q - 1],
        finalized: false,
        asOf: null,
      });
      const byUnit = Object.fromEntries((answer.units as Row[]).map((u) => [u.unitId, u]));
      expect(Object.keys(byUnit).sort()).toEqual(['B', 'D', 'T1', 'T2', 'T3']);
      for (const [unitId, quarters] of Object.entries(BY_HAND)) {
        const [score, change, vetoed] = quarters[q - 1];
        const row = byUnit[unitId];
        expect([q, unitId, row.score, row.change, row.vetoed]).toEqual([
          q,
          unitId,
          score,
          change,
          vetoed,
        ]);
        expect(row.previousScore).toBe(q === 1 ? null : quarters[q - 2][0]);
        expect(row.referenceDate).toBe(QUARTER_ENDS[q - 1]);
      }
    }
  });

  it('ranks the towns within each quarter, vetoed ones last', async () => {
    const towns = async (q: number) =>
      ((await quarter(q, '?kind=town')).units as Row[]).map((u) => [u.unitId, u.rank]);
    expect(await towns(1)).toEqual([
      ['T3', 1],
      ['T2', 2],
      ['T1', 3],
    ]);
    expect(await towns(2)).toEqual([
      ['T3', 1],
      ['T1', 2],
      ['T2', 3],
    ]);
    expect(await towns(3)).toEqual([
      ['T3', 1],
      ['T2', 2],
      ['T1', 3],
    ]);
  });

  it('grades at each quarter: the fourth quarter is the year’s league table', async () => {
    const q1 = await rows(1);
    expect(q1.T3).toMatchObject({ grade: 'fail', yellowCard: false });
    const q4 = await rows(4);
    const year = (await api.read('/assessments/2025')).body;
    for (const unit of year.units as Row[]) {
      expect(q4[unit.unitId]).toMatchObject({
        score: unit.score,
        grade: unit.grade,
        vetoed: unit.vetoed,
        yellowCard: unit.yellowCard,
        rank: unit.rank,
      });
    }
    expect(q4.T3).toMatchObject({ grade: 'pass', gradeLabel: '合格', yellowCard: true });
  });

  it('names the events behind each change', async () => {
    const q2 = await rows(2);
    const streams = (row: Row) => row.newEvents.map((e) => e.streamId);
    expect(streams(q2.T2)).toEqual(expect.arrayContaining(['incident-I-T2b', 'incident-I-OLD']));
    expect(streams(q2.T3)).toEqual(['accountability-ACT1']);
    const q3 = await rows(3);
    expect(streams(q3.T1)).toEqual(expect.arrayContaining(['incident-I-L', 'accountability-ACT2']));
    // T2 did not move in Q3, and nothing new is behind it.
    expect(q3.T2.newEvents).toEqual([]);
    const q4 = await rows(4);
    expect(streams(q4.D)).toEqual(expect.arrayContaining(['assessment-2025-D']));
    expect((await rows(1)).T1.newEvents).toEqual([]);
  });

  it('reads a quarter as recorded at a past time (asOf): before the concealment was found', async () => {
    const q2 = await rows(2, `?asOf=${encodeURIComponent(beforeConcealment)}`);
    expect(q2.T2).toMatchObject({ score: 30.5, change: -7 });
    expect(q2.D).toMatchObject({ score: 11.3, change: -2 });
    expect((await quarter(2, `?asOf=${encodeURIComponent(beforeConcealment)}`)).asOf).toBe(
      beforeConcealment,
    );
  });

  it('filters by kind and parent like the league table', async () => {
    const under = async (query: string) =>
      ((await quarter(3, query)).units as Row[]).map((u) => u.unitId).sort();
    expect(await under('?parentId=D')).toEqual(['B', 'T1', 'T2', 'T3']);
    expect(await under('?kind=department')).toEqual(['B']);
    expect(await under('?parentId=C')).toEqual(['D']);
  });

  it('shows a scoped reader only the units in its scope', async () => {
    const town = await api.userToken('q-reader-T1', 'reporter', 'T1');
    const district = await api.userToken('q-office-D', 'office', 'D');
    for (const q of [1, 2, 3, 4]) {
      const seen = ((await quarter(q, '', town)).units as Row[]).map((u) => u.unitId);
      expect([q, seen]).toEqual([q, ['T1']]);
      const all = ((await quarter(q, '', district)).units as Row[]).map((u) => u.unitId).sort();
      expect([q, all]).toEqual([q, ['B', 'D', 'T1', 'T2', 'T3']]);
    }
    const refused = await api.as(town).settled('/assessments/2025/quarters/2?parentId=D');
    expectProblem(refused, 403);
  });

  it('refuses a quarter that is not 1 to 4', async () => {
    for (const q of ['0', '5', 'x', '2.0']) {
      const response = await api.settled(`/assessments/2025/quarters/${q}`);
      expectProblem(response, 400);
      expect(response.body.errors).toEqual([{ field: 'q', message: 'q must be 1, 2, 3 or 4' }]);
    }
  });

  it('writes a sheet per quarter into the workbook, with the change against the previous one', async () => {
    const download = async (token = api.token) =>
      XLSX.read(
        (await api.as(token).read('/assessments/2025/export.xlsx').buffer(true).parse(asBuffer))
          .body as Buffer,
        { type: 'buffer' },
      );
    const book = await download();
    const table = (name: string) =>
      XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name], { header: 1, defval: null });
    const names = ['第一季度考评', '第二季度考评', '第三季度考评', '第四季度考评'];
    expect(book.SheetNames.slice(-4)).toEqual(names);
    names.forEach((name, i) => {
      const [title, , header, ...lines] = table(name);
      expect(title[0]).toBe(`2025年度安全生产目标责任考核结果\u3000${name}`);
      expect(header).toEqual([...QUARTER_COLUMNS, '考评截止时间']);
      const byUnit = Object.fromEntries(lines.map((line) => [line[3], line]));
      for (const [unitId, quarters] of Object.entries(BY_HAND)) {
        const [score, change, vetoed] = quarters[i];
        const line = byUnit[unitId];
        expect([name, unitId, line[4], line[6], line[8]]).toEqual([
          name,
          unitId,
          score,
          change,
          vetoed ? '是' : '否',
        ]);
        expect(line[5]).toBe(i === 0 ? null : quarters[i - 1][0]);
      }
      expect(lines[0][10]).toBe(
        ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'][i] + ' 23:59',
      );
    });
    const q2 = Object.fromEntries(
      table('第二季度考评')
        .slice(3)
        .map((line) => [line[3], line]),
    );
    expect(q2.T2.slice(0, 8)).toEqual(['乡镇/街道', 3, '镇T2', 'T2', 20.5, 37.5, -17, '不合格']);
    const scoped = await download(await api.userToken('q-book-T1', 'reporter', 'T1'));
    for (const name of names) {
      const units = XLSX.utils
        .sheet_to_json<unknown[]>(scoped.Sheets[name], { header: 1 })
        .slice(3)
        .map((line) => line[3]);
      expect([name, units]).toEqual([name, ['T1']]);
    }
  });

  it('follows a new record into the quarter its business date falls in (the last millisecond of Q2)', async () => {
    await api.write('/incidents', {
      id: 'I-T3-EDGE',
      unitId: 'T3',
      industry: 'industry_trade',
      occurredAt: '2025-06-30T23:59:59.999+08:00',
      reportedAt: '2025-07-01T00:30:00+08:00',
      deaths: 0,
      seriousInjuries: 0,
      directLossYuan: 5_000,
      description: '仓库货架倒塌',
    });
    // A general incident, no casualties: −2 for T3 and D from Q2 on; Q1 is unchanged.
    expect((await rows(1)).T3).toMatchObject({ score: 40 });
    const q2 = await rows(2);
    expect(q2.T3).toMatchObject({ score: 37, change: -3 });
    expect(q2.T3.newEvents.map((e) => e.streamId)).toContain('incident-I-T3-EDGE');
    // D's outcomes: 40 − (38.7 + 2) → floored at 0.
    expect(q2.D).toMatchObject({ score: 0, change: -13.3 });
    expect((await rows(3)).T3).toMatchObject({ score: 37, change: 0 });
    expect((await rows(4)).T3).toMatchObject({ score: 62, change: 25 });
  });
});
