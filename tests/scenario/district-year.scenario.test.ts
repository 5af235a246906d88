/** One district year over HTTP, scored by hand: see tests/e2e/support/district-year.ts. */
import ExcelJS from 'exceljs';
import { asBuffer, useTestApp } from '../e2e/support/api';
import { cst, seedDistrictYear } from '../e2e/support/district-year';
import { finalize2025 } from '../e2e/support/finalization';
import { WORKBOOK_SHEETS } from '../e2e/support/standings-tables';
import { HEADER_ROW } from '../../src/modules/assessment/export/sheet-layout';

interface Item {
  section: string;
  rule: string;
  points: number;
  events: { streamId: string; eventId: string }[];
}

describe('a district year, scored by hand', () => {
  const api = useTestApp();
  let beforeConcealment = '';
  const post = async (path: string, body: object, status = 201) =>
    (await api.write(path, body, status)).body;
  const get = async (path: string) => (await api.read(path)).body;

  beforeAll(async () => {
    ({ beforeConcealment } = await seedDistrictYear(api));
  }, 60_000);

  const unit = (id: string, query = '') => get(`/assessments/2025/units/${id}${query}`);
  const sectionPoints = (items: Item[], section: string) =>
    items.filter((i) => i.section === section).reduce((sum, i) => sum + i.points, 0);

  it('scores every unit as worked out by hand', async () => {
    const result = (
      unitId: string,
      score: number,
      [tasks, outcomes, bonus]: number[],
      standing: { vetoed: boolean; grade: string; yellowCard?: boolean },
    ) => ({ unitId, score, sections: { tasks, outcomes, bonus }, ...standing });
    const results = await Promise.all(['T1', 'T2', 'T3', 'B', 'D'].map((id) => unit(id)));
    expect(results).toMatchObject([
      result('T1', 45, [45, 0, 0], { vetoed: true, grade: 'fail', yellowCard: false }),
      result('T2', 71.5, [50, 20.5, 1], { vetoed: true, grade: 'fail' }),
      result('T3', 64, [25, 39, 0], { vetoed: false, grade: 'pass', yellowCard: true }),
      result('B', 48.8, [43, 5.8, 0], { vetoed: true, grade: 'fail' }),
      result('D', 57, [55, 0, 2], { vetoed: false, grade: 'fail', yellowCard: false }),
    ]);
  });

  it('explains every point with the events behind it', async () => {
    const t1 = await unit('T1');
    for (const item of t1.items as Item[]) expect(item.events.length).toBeGreaterThan(0);
    expect(t1.rectificationRate).toMatchObject({ identified: 2, rectified: 1, rate: 50 });
    const streams = (t1.items as Item[]).flatMap((i) => i.events.map((e) => e.streamId));
    expect(streams).toEqual(
      expect.arrayContaining([
        'incident-I-L',
        'incident-I-LATE',
        'hazard-H1',
        'accountability-ACT2',
        'inspection-INS1',
      ]),
    );
    expect(sectionPoints(t1.items, 'tasks')).toBeCloseTo(45, 9);
    const t2 = await unit('T2');
    expect(40 + sectionPoints(t2.items, 'outcomes')).toBeCloseTo(20.5, 9);
  });

  it('vetoes a town and the department of the industry for a larger incident, but not the district', async () => {
    const rules = async (id: string) =>
      ((await unit(id)).vetoReasons as { rule: string }[]).map((v) => v.rule.split(':')[0]);
    expect(await rules('T1')).toEqual(['incidents', 'control_indicator']);
    expect(await rules('B')).toEqual(['incidents']);
    expect(await rules('D')).toEqual([]);
    expect(await rules('T3')).toEqual([]);
  });

  it('deducts a misreporting finding chain-wide but vetoes only the unit it names (the place)', async () => {
    for (const id of ['T1', 'B', 'D']) {
      const result = await unit(id);
      const findings = (result.items as Item[]).filter((i) => i.rule === 'misreporting_finding');
      // T1 and B: the late finding on I-LATE; D: that one and the concealed finding on I-OLD.
      expect(findings.map((i) => i.points)).toEqual(id === 'D' ? [-10, -10] : [-10]);
    }
  });

  it('marks what rests on a pending incident provisional, and nothing else', async () => {
    const t1 = await unit('T1');
    const flagOf = (items: (Item & { provisional: boolean })[], rule: string) =>
      items.filter((i) => i.rule === rule).map((i) => i.provisional);
    // I-LATE is pending, I-L concluded; the finding never depends on the nature.
    expect(flagOf(t1.items, 'general_incident')).toEqual([true]);
    expect(flagOf(t1.items, 'larger_or_worse_incident')).toEqual([false]);
    expect(flagOf(t1.items, 'control_indicator_exceeded')).toEqual([false]);
    expect(flagOf(t1.items, 'misreporting_finding')).toEqual([false]);
    expect((t1.vetoReasons as { provisional: boolean }[]).map((v) => v.provisional)).toEqual([
      false,
      false,
    ]);
    const t2 = await unit('T2');
    expect(t2.vetoReasons).toEqual([
      expect.objectContaining({ rule: 'control_indicator:maxAccidents', provisional: true }),
    ]);
    const bars = (await get('/assessments/2025/promotion-bars')) as {
      personId: string;
      unitId: string;
      provisional: boolean;
    }[];
    expect(bars.filter((b) => b.provisional).map((b) => `${b.unitId}:${b.personId}`)).toEqual([
      'T2:P2',
      'T2:S2',
    ]);
  });

  it('names the control-indicator incident that first pushed the count past the cap', async () => {
    const t2 = await unit('T2');
    const accidents = (
      t2.controlIndicators as {
        indicator: string;
        pushedPastCapBy: { incidentId: string } | null;
      }[]
    ).find((c) => c.indicator === 'maxAccidents');
    expect(accidents?.pushedPastCapBy?.incidentId).toBe('I-T2b');
  });

  it('bars the leaders in post at each vetoing incident and the persons found liable, for 2026', async () => {
    const bars = (await get('/assessments/2025/promotion-bars')) as {
      personId: string;
      unitId: string;
      barredYear: number;
    }[];
    const byUnit = (unitId: string) =>
      bars
        .filter((b) => b.unitId === unitId)
        .map((b) => b.personId)
        .sort();
    expect(byUnit('T1')).toEqual(['DP1', 'P1b', 'PE1', 'S1']);
    expect(byUnit('T2')).toEqual(['P2', 'S2']);
    expect(byUnit('B')).toEqual(['PB', 'PE1']);
    expect(byUnit('D')).toEqual([]);
    expect(bars.every((b) => b.barredYear === 2026)).toBe(true);
    const disqualified = (await get('/assessments/2025/award-disqualifications')) as {
      unitId: string;
    }[];
    expect(disqualified.map((d) => d.unitId).sort()).toEqual(['B', 'T1', 'T2']);
  });

  it('ranks within each kind, vetoed units last', async () => {
    const table = await get('/assessments/2025?kind=town');
    expect(table.units.map((u: { unitId: string; rank: number }) => [u.unitId, u.rank])).toEqual([
      ['T3', 1],
      ['T2', 2],
      ['T1', 3],
    ]);
    expect(table.finalized).toBe(false);
  });

  it('exports the year as a workbook with the five sheets, a sheet per quarter and the same figures', async () => {
    const response = await api.read('/assessments/2025/export.xlsx').buffer(true).parse(asBuffer);
    expect(response.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(WORKBOOK_SHEETS);
    const league = workbook.getWorksheet('考核排名')!;
    expect(league.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    const rows = league.getSheetValues().slice(HEADER_ROW + 1) as unknown[][];
    const t2 = rows.find((row) => row[4] === 'T2')!;
    expect(t2[5]).toBe(71.5);
    expect(typeof t2[5]).toBe('number');
    expect(t2[10]).toBe('是');
    const bars = workbook
      .getWorksheet('取消提拔资格')!
      .getSheetValues()
      .slice(HEADER_ROW + 1) as unknown[][];
    expect(bars.map((row) => row[2]).sort()).toEqual([
      'DP1',
      'P1b',
      'P2',
      'PB',
      'PE1',
      'PE1',
      'S1',
      'S2',
    ]);
    // The provisional column (暂定) of the bars: T2's rest on its pending incidents.
    const barsSheet = workbook.getWorksheet('取消提拔资格')!;
    const barsHeader = barsSheet.getRow(HEADER_ROW).values as unknown[];
    const provisionalColumn = barsHeader.indexOf('暂定');
    expect(provisionalColumn).toBeGreaterThan(0);
    expect(bars.filter((row) => row[provisionalColumn] === '是').map((row) => row[2])).toEqual([
      'P2',
      'S2',
    ]);
    const vetoSheet = workbook.getWorksheet('一票否决')!;
    const vetoHeader = vetoSheet.getRow(HEADER_ROW).values as unknown[];
    const vetoRows = vetoSheet.getSheetValues().slice(HEADER_ROW + 1) as unknown[][];
    expect(
      vetoRows.filter((row) => row[vetoHeader.indexOf('暂定')] === '是').map((row) => row[2]),
    ).toEqual(['T2']);
    const itemSheet = workbook.getWorksheet('单位得分明细')!;
    const itemHeader = itemSheet.getRow(HEADER_ROW).values as unknown[];
    const itemRows = itemSheet.getSheetValues().slice(HEADER_ROW + 1) as unknown[][];
    expect(
      itemRows.some((row) => row[2] === 'T1' && row[itemHeader.indexOf('暂定')] === '是'),
    ).toBe(true);
    const ledger = workbook
      .getWorksheet('隐患台账')!
      .getSheetValues()
      .slice(HEADER_ROW + 1) as unknown[][];
    expect(ledger.find((row) => row[2] === 'D')!.slice(4, 7)).toEqual([3, 2, 66.7]);
  });

  it('measures the control-indicator rates from the statistics of the year', async () => {
    const rates = await get('/assessments/2025/units/T1/control-indicators');
    const byName = Object.fromEntries(
      (
        rates.indicators as {
          indicator: string;
          actual: number | null;
          cap: number | null;
          exceeded: boolean;
        }[]
      ).map((i) => [i.indicator, i]),
    );
    // Deaths of the year in T1: I-LATE 1 + I-L 3 = 4, both construction (工矿商贸).
    expect(byName.maxDeaths).toMatchObject({ actual: 4, cap: 2, exceeded: true });
    expect(byName.maxDeathsPer100mGdp).toMatchObject({ actual: 0.05, cap: null, exceeded: false });
    expect(byName.maxIndustrialDeathsPer100k.actual).toBeCloseTo(10, 9);
    expect(byName.maxRoadDeathsPer10kVehicles.actual).toBeNull();
  });

  it('counts an incident by its CST date at New Year', async () => {
    const incidents2025 = await get('/incidents?year=2025&unitId=T2');
    const ids = incidents2025.items.map((i: { id: string }) => i.id);
    expect(ids).toContain('I-NY2');
    expect(ids).not.toContain('I-NY1');
    const t2 = await unit('T2');
    const incidentStreams = (t2.items as Item[])
      .filter((i) => i.section === 'outcomes')
      .flatMap((i) => i.events.map((e) => e.streamId));
    expect(incidentStreams).not.toContain('incident-I-NY1');
  });

  it('names the leader of the day in the responsibility chain of an incident', async () => {
    const chain = await get('/incidents/I-L/responsibility-chain');
    const t1 = chain.links.find((l: { unitId: string }) => l.unitId === 'T1');
    const principals = t1.posts
      .filter((p: { post: string }) => p.post === 'principal')
      .map((p: { personId: string }) => p.personId);
    expect(principals).toEqual(['P1b']);
    expect(chain.links.map((l: { unitId: string }) => l.unitId)).toEqual(
      expect.arrayContaining(['E1', 'T1', 'D', 'C', 'B']),
    );
  });

  it('answers as recorded before the concealment was established, differing by exactly that finding', async () => {
    const now = await unit('T2');
    const then = await unit('T2', `?asOf=${encodeURIComponent(beforeConcealment)}`);
    expect(then.score).toBe(81.5);
    expect(now.score - then.score).toBeCloseTo(-10, 9);
    const finding = (now.items as Item[]).filter(
      (i) => !(then.items as Item[]).some((j) => j.rule === i.rule && j.points === i.points),
    );
    expect(finding).toHaveLength(1);
    expect(finding[0].events[0].streamId).toBe('incident-I-OLD');
    expect((then.vetoReasons as { rule: string }[]).map((v) => v.rule.split(':')[0])).toEqual([
      'control_indicator',
    ]);
  });

  it('freezes the year at finalisation and lists later changes for review', async () => {
    // What was still provisional at finalisation: every unit whose result rests on a pending
    // incident (I-NY2, I-T2b, I-LATE), with only those lines. T3 has no incident.
    const provisional = await finalize2025(api);
    expect(provisional.map((p) => p.unitId).sort()).toEqual(['B', 'D', 'T1', 'T2']);
    const t2 = provisional.find((p) => p.unitId === 'T2')!;
    expect(t2.vetoReasons.map((v) => v.rule)).toEqual(['control_indicator:maxAccidents']);
    expect(t2.promotionBars.map((b) => b.personId)).toEqual(['P2', 'S2']);
    expect(t2.items.every((i) => i.provisional)).toBe(true);
    expect(t2.items.map((i) => i.rule)).toEqual([
      'general_incident',
      'general_incident',
      'control_indicator_exceeded',
    ]);
    const t1 = provisional.find((p) => p.unitId === 'T1')!;
    expect(t1.vetoReasons).toEqual([]);
    expect(t1.promotionBars).toEqual([]);
    expect(t1.items.map((i) => i.rule)).toEqual(['general_incident', 'outcomes_floor']);
    const revision = await post(
      '/incidents/I-NY2/casualty-revisions',
      {
        deaths: 1,
        seriousInjuries: 1,
        directLossYuan: 10_000,
        revisedAt: cst('2026-01-20T09:00:00'),
      },
      200,
    );
    const table = await get('/assessments/2025?kind=town');
    expect(table.finalized).toBe(true);
    expect(table.units.find((u: { unitId: string }) => u.unitId === 'T2').score).toBe(71.5);
    const changes = table.postFinalizationChanges as {
      unitId: string;
      events: { streamId: string }[];
    }[];
    // T2 would lose 2 points for the added death; D's outcomes are already floored at 0, so D's result is unchanged.
    expect(changes.map((c) => c.unitId)).toEqual(['T2']);
    expect(changes.find((c) => c.unitId === 'T2')!.events.map((e) => e.streamId)).toContain(
      'incident-I-NY2',
    );
    expect((changes[0] as unknown as { description: string }).description).toContain(
      '得分 71.5 → 69.5',
    );
    expect(revision.position).toBeGreaterThan(0);
    await post(
      '/assessments/2025/units/T3/task-scores',
      { taskCode: 'K1', score: 30, evaluatedAt: cst('2026-01-20T09:00:00'), evidence: '补充' },
      409,
    );
  });
});
