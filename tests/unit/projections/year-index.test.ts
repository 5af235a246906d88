import type { HazardDocForFacts, YearData } from '../../../projections/queries/year-index';
import { YearIndex } from '../../../projections/queries/year-index';
import type { UnitDoc } from '../../../projections/units';

const ref = {
  streamId: 's',
  eventId: 'e',
  position: 1,
  type: 'T',
  recordedAt: '2025-01-01T00:00:00Z',
};

function unit(id: string, path: string[], extra: Partial<UnitDoc> = {}): UnitDoc {
  return {
    _id: id,
    name: id,
    kind: 'enterprise',
    parentId: path[1] ?? null,
    path,
    industry: null,
    regulatedIndustries: [],
    establishedAt: null,
    posts: [],
    personIds: [],
    statistics: {},
    lastPosition: 1,
    ref: ref as never,
    ...extra,
  };
}

function hazard(id: string, unitPath: string[], industry: string | null): HazardDocForFacts {
  return {
    _id: id,
    unitId: unitPath[0],
    unitPath,
    unitIndustry: industry,
    level: 'general',
    state: {} as never,
    refs: { identified: ref as never, rectifications: [], verifications: [], extensions: [] },
  };
}

function yearData(units: UnitDoc[], hazards: HazardDocForFacts[]): YearData {
  return {
    year: 2025,
    units,
    agreements: [],
    taskScores: [],
    commendations: [],
    finalization: null,
    incidents: [],
    hazards,
    penalties: [],
    inspections: [],
    actions: [],
  };
}

describe('YearIndex: whose hazards (DOMAIN "Whose hazards")', () => {
  const department = unit('T-B', ['T-B', 'T'], {
    kind: 'department',
    regulatedIndustries: ['mining', 'chemicals', 'mining'],
  });
  const units = [
    unit('T', ['T'], { kind: 'town' }),
    department,
    unit('T-B-E', ['T-B-E', 'T-B', 'T'], { industry: 'chemicals' }),
    unit('E1', ['E1', 'T'], { industry: 'mining' }),
    unit('E2', ['E2', 'T'], { industry: 'chemicals' }),
    unit('E3', ['E3', 'T'], { industry: 'trade' }),
  ];
  const hazards = [
    hazard('H1', ['E1', 'T'], 'mining'),
    hazard('H2', ['E2', 'T'], 'chemicals'),
    hazard('H3', ['E3', 'T'], 'trade'),
    hazard('H4', ['T-B-E', 'T-B', 'T'], 'chemicals'),
    hazard('H5', ['E1', 'T'], 'mining'),
  ];
  const ids = (docs: readonly { _id: string }[]) => docs.map((d) => d._id);

  it('gives a department its own hazards first, then those of each industry it regulates in its parent territory, each once', () => {
    const index = new YearIndex(yearData(units, hazards));
    expect(ids(index.hazardsOf(department))).toEqual(['H4', 'H1', 'H5', 'H2']);
  });

  it('gives a department without hazards of its own those of its industries, in industry order', () => {
    const index = new YearIndex(
      yearData(
        units,
        hazards.filter((h) => h._id !== 'H4'),
      ),
    );
    expect(ids(index.hazardsOf(department))).toEqual(['H1', 'H5', 'H2']);
  });

  it('gives a territorial unit every hazard on its path', () => {
    const index = new YearIndex(yearData(units, hazards));
    expect(ids(index.hazardsOf(units[0]))).toEqual(['H1', 'H2', 'H3', 'H4', 'H5']);
  });

  it('follows a replaced hazard', () => {
    const index = new YearIndex(yearData(units, hazards));
    index.replace('hazards', 'H2', null);
    index.replace('hazards', 'H6', hazard('H6', ['E2', 'T'], 'chemicals'));
    expect(ids(index.hazardsOf(department))).toEqual(['H4', 'H1', 'H5', 'H6']);
  });
});
