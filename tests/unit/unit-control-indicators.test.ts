import { assess } from '../../src/domain/assessment/assess';
import { DEFAULT_SCHEME } from '../../src/domain/assessment/scheme';
import { unitControlIndicators } from '../../src/modules/assessment/queries/unit-control-indicators';
import { READING, agreement, facts, incident } from './domain/assessment/assess/fixtures';

/** 3 road deaths over 125,000 vehicles: 0.24 per 10,000 (0.24000000000000002 in binary). */
const atTheCap = facts({
  agreement: agreement({ controlIndicators: { maxRoadDeathsPer10kVehicles: 0.24 } }),
  incidents: [incident('I1', { industry: 'road_traffic', deaths: 3 })],
  statistics: { motorVehicles: 125_000, events: [] },
});

const viewOf = (unitFacts: typeof atTheCap) =>
  ({ index: { hasUnit: () => true }, facts: { of: () => unitFacts } }) as never;

describe('a unit’s control indicators (GET …/control-indicators)', () => {
  it('agrees with the assessment: a rate at the cap up to floating-point noise is not exceeded', () => {
    const result = assess(DEFAULT_SCHEME, atTheCap, READING);
    expect(result.controlIndicators[0]).toMatchObject({ exceeded: false });
    expect(result.vetoed).toBe(false);
    const road = unitControlIndicators(viewOf(atTheCap), 2025, 'T1')!.indicators.find(
      (i) => i.indicator === 'maxRoadDeathsPer10kVehicles',
    );
    expect(road).toMatchObject({ cap: 0.24, exceeded: false });
  });

  it('is exceeded above the cap', () => {
    const above = { ...atTheCap, statistics: { motorVehicles: 120_000, events: [] } };
    const road = unitControlIndicators(viewOf(above), 2025, 'T1')!.indicators.find(
      (i) => i.indicator === 'maxRoadDeathsPer10kVehicles',
    );
    expect(road).toMatchObject({ exceeded: true });
    expect(assess(DEFAULT_SCHEME, above, READING).vetoed).toBe(true);
  });
});
