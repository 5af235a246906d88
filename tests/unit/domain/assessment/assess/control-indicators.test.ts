import { assess } from '../../../../../src/domain/assessment/assess';
import {
  checkControlIndicators,
  INDUSTRIAL_AND_TRADE_INDUSTRIES,
} from '../../../../../src/domain/assessment/control-indicators';
import type { StatisticsFact } from '../../../../../src/domain/assessment/facts';
import { DEFAULT_SCHEME } from '../../../../../src/domain/assessment/scheme';
import { READING, agreement, facts, incident, incidentRef, ref } from './fixtures';

const STATS_REF = ref('unit-T1', 'e-statistics-2025');
const stats = (values: Omit<StatisticsFact, 'events'>): StatisticsFact => ({
  ...values,
  events: [STATS_REF],
});

describe('control indicators', () => {
  describe('counts over the incidents of the year, in occurredAt order', () => {
    // Given out of order; in time: I-feb, I-mar, I-apr.
    const list = [
      incident('I-apr', { occurredAt: '2025-04-01T00:00:00.000Z', deaths: 1 }),
      incident('I-feb', { occurredAt: '2025-02-01T00:00:00.000Z', deaths: 1 }),
      incident('I-mar', { occurredAt: '2025-03-01T00:00:00.000Z', deaths: 2 }),
    ];

    it('maxAccidents 2: the third incident in time pushes the count past the cap', () => {
      const result = assess(
        DEFAULT_SCHEME,
        facts({
          agreement: agreement({ controlIndicators: { maxAccidents: 2 } }),
          incidents: list,
        }),
        READING,
      );
      expect(result.controlIndicators).toEqual([
        {
          indicator: 'maxAccidents',
          label: '事故起数',
          cap: 2,
          actual: 3,
          exceeded: true,
          events: [incidentRef('I-feb'), incidentRef('I-mar'), incidentRef('I-apr')],
          provisional: false,
          pushedPastCapBy: { incidentId: 'I-apr', events: [incidentRef('I-apr')] },
        },
      ]);
      const item = result.items.find((i) => i.rule === 'control_indicator_exceeded');
      expect(item).toMatchObject({ points: -5, events: [incidentRef('I-apr')] });
      expect(item?.label).toContain('I-apr');
      expect(result.vetoReasons).toEqual([
        expect.objectContaining({
          rule: 'control_indicator:maxAccidents',
          events: [incidentRef('I-apr')],
        }),
      ]);
    });

    it('maxDeaths 3: 1 + 2 = 3 is at the cap, the third incident (+1 = 4) pushes it past', () => {
      const [indicator] = checkControlIndicators({ maxDeaths: 3 }, sortedByTime(list), null);
      expect(indicator).toMatchObject({ actual: 4, exceeded: true });
      expect(indicator.pushedPastCapBy?.incidentId).toBe('I-apr');
    });

    it('at the cap is not exceeded', () => {
      const [accidents, deaths] = checkControlIndicators(
        { maxAccidents: 3, maxDeaths: 4 },
        sortedByTime(list),
        null,
      );
      expect(accidents).toMatchObject({ actual: 3, exceeded: false, pushedPastCapBy: null });
      expect(deaths).toMatchObject({ actual: 4, exceeded: false, pushedPastCapBy: null });
    });

    it('maxLargerAccidents 0: the first larger-or-worse incident pushes it past', () => {
      const [indicator] = checkControlIndicators(
        { maxLargerAccidents: 0 },
        [
          incident('I1', { occurredAt: '2025-01-05T00:00:00.000Z' }),
          incident('I2', { grade: 'larger', occurredAt: '2025-02-05T00:00:00.000Z' }),
          incident('I3', { grade: 'major', occurredAt: '2025-03-05T00:00:00.000Z' }),
        ],
        null,
      );
      expect(indicator).toMatchObject({
        actual: 2,
        exceeded: true,
        events: [incidentRef('I2'), incidentRef('I3')],
        pushedPastCapBy: { incidentId: 'I2' },
      });
    });
  });

  describe('rates from the statistics', () => {
    it('deathsPer100mGdp = deaths / GDP: 2 + 3 = 5 / 500 = 0.01 at the cap, +1 → 6 / 500 = 0.012', () => {
      const list = [
        incident('I1', { deaths: 2, occurredAt: '2025-01-05T00:00:00.000Z' }),
        incident('I2', { deaths: 3, grade: 'larger', occurredAt: '2025-02-05T00:00:00.000Z' }),
        incident('I3', { deaths: 1, occurredAt: '2025-03-05T00:00:00.000Z' }),
      ];
      const [indicator] = checkControlIndicators(
        { maxDeathsPer100mGdp: 0.01 },
        list,
        stats({ gdp100mYuan: 500 }),
      );
      expect(indicator.actual).toBeCloseTo(0.012, 12);
      expect(indicator.exceeded).toBe(true);
      expect(indicator.pushedPastCapBy?.incidentId).toBe('I3');
      expect(indicator.events).toContainEqual(STATS_REF);
    });

    it('industrialDeathsPer100k counts industrial and trade industries only', () => {
      expect(INDUSTRIAL_AND_TRADE_INDUSTRIES.join(' ')).toBe(
        'coal_mine non_coal_mine hazardous_chemicals fireworks construction industry_trade',
      );
      // construction 1 → 1 / 200,000 × 100,000 = 0.5; road 5 not counted; coal 2 → 3 → 1.5 > 1.2
      const list = [
        incident('I-build', {
          deaths: 1,
          industry: 'construction',
          occurredAt: '2025-01-05T00:00:00.000Z',
        }),
        incident('I-road', {
          deaths: 5,
          industry: 'road_traffic',
          occurredAt: '2025-02-05T00:00:00.000Z',
        }),
        incident('I-coal', {
          deaths: 2,
          industry: 'coal_mine',
          occurredAt: '2025-03-05T00:00:00.000Z',
        }),
      ];
      const [indicator] = checkControlIndicators(
        { maxIndustrialDeathsPer100k: 1.2 },
        list,
        stats({ industrialEmployees: 200_000 }),
      );
      expect(indicator.actual).toBeCloseTo(1.5, 12);
      expect(indicator.pushedPastCapBy?.incidentId).toBe('I-coal');
      expect(indicator.events).not.toContainEqual(incidentRef('I-road'));
    });

    it('roadDeathsPer10kVehicles = road deaths / vehicles × 10,000; coalDeathsPerMt = coal deaths / output', () => {
      const list = [
        incident('I-road', { deaths: 6, grade: 'larger', industry: 'road_traffic' }),
        incident('I-coal', {
          deaths: 2,
          industry: 'coal_mine',
          occurredAt: '2025-07-01T00:00:00.000Z',
        }),
      ];
      const [road, coal] = checkControlIndicators(
        { maxRoadDeathsPer10kVehicles: 0.5, maxCoalDeathsPerMt: 0.5 },
        list,
        stats({ motorVehicles: 100_000, coalOutputMt: 4 }),
      );
      // 6 / 100,000 × 10,000 = 0.6 > 0.5
      expect(road.actual).toBeCloseTo(0.6, 12);
      expect(road.exceeded).toBe(true);
      // 2 / 4 = 0.5: at the cap
      expect(coal).toMatchObject({ actual: 0.5, exceeded: false });
    });

    it('cannot be measured without the statistic (missing or zero): actual null, not exceeded', () => {
      const list = [incident('I1', { deaths: 2 })];
      const [gdp, road] = checkControlIndicators(
        { maxDeathsPer100mGdp: 0.001, maxRoadDeathsPer10kVehicles: 0.001 },
        list,
        stats({ motorVehicles: 0 }),
      );
      expect(gdp).toMatchObject({ actual: null, exceeded: false, pushedPastCapBy: null });
      expect(road).toMatchObject({ actual: null, exceeded: false });
    });
  });

  it('lists only the indicators the agreement caps', () => {
    expect(checkControlIndicators({}, [incident('I1')], null)).toEqual([]);
  });
});

function sortedByTime<T extends { occurredAt: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
}
