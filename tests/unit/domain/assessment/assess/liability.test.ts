import { assess } from '../../../../../src/domain/assessment/assess';
import { provisionalResults } from '../../../../../src/domain/assessment/provisional';
import { DEFAULT_SCHEME } from '../../../../../src/domain/assessment/scheme';
import {
  READING,
  agreement,
  facts,
  factsOfKind,
  finding,
  holder,
  incident,
  incidentRef,
  liable,
  pointsOf,
  ref,
} from './fixtures';

const run = (...args: Parameters<typeof facts>) => assess(DEFAULT_SCHEME, facts(...args), READING);
const provisionalOf = (
  items: ReadonlyArray<{ rule: string; provisional: boolean }>,
  rule: string,
) => items.filter((i) => i.rule === rule).map((i) => i.provisional);

describe('the nature of an incident (事故性质)', () => {
  describe('given a larger incident concluded a natural disaster', () => {
    const larger = incident('I1', {
      grade: 'larger',
      deaths: 4,
      nature: 'natural_disaster',
      postHoldersAtOccurrence: [holder('P-sec', 'party_secretary')],
    });

    it('when the town is assessed, then it costs nothing: no deduction, no veto, no bar', () => {
      const result = run({ incidents: [larger] });
      expect(result.score).toBe(100);
      expect(result.vetoed).toBe(false);
      expect(result.grade).toBe('excellent');
      expect(pointsOf(result.items, 'larger_or_worse_incident')).toEqual([]);
      expect(result.promotionBars).toEqual([]);
    });

    it('when a control indicator caps deaths, then its deaths are not counted', () => {
      const result = run({
        agreement: agreement({ controlIndicators: { maxDeaths: 1, maxAccidents: 0 } }),
        incidents: [larger],
      });
      expect(result.controlIndicators.map((c) => [c.indicator, c.actual, c.exceeded])).toEqual([
        ['maxAccidents', 0, false],
        ['maxDeaths', 0, false],
      ]);
    });

    it('when a misreporting finding is about it, then the finding still deducts and vetoes', () => {
      const result = run({
        incidents: [larger],
        misreportingFindings: [finding('F1', larger, 'late', undefined, ['T1'])],
      });
      expect(result.score).toBe(90);
      expect(result.vetoReasons).toEqual([
        expect.objectContaining({ rule: 'misreporting:late', provisional: false }),
      ]);
    });
  });

  describe('given a non-liability incident with 3 deaths and a cap of 2 deaths', () => {
    const caps = agreement({ controlIndicators: { maxDeaths: 2 } });
    const nonLiability = incident('I1', { deaths: 3, nature: 'non_liability' });

    it('when assessed, then it does not count toward maxDeaths and deducts nothing', () => {
      const result = run({ agreement: caps, incidents: [nonLiability] });
      expect(result.controlIndicators[0]).toEqual(
        expect.objectContaining({ actual: 0, exceeded: false, pushedPastCapBy: null }),
      );
      expect(result.score).toBe(100);
      expect(result.vetoed).toBe(false);
    });

    it('when the same incident is a liability one, then it breaks the cap (the boundary)', () => {
      const result = run({
        agreement: caps,
        incidents: [{ ...nonLiability, nature: 'liability' }],
      });
      expect(result.controlIndicators[0].exceeded).toBe(true);
      expect(result.vetoed).toBe(true);
    });
  });

  describe('given a larger incident whose investigation is still pending', () => {
    const pending = incident('I1', {
      grade: 'larger',
      nature: 'pending',
      postHoldersAtOccurrence: [holder('P-sec', 'party_secretary', '张书记')],
    });

    it('when the town is assessed, then it deducts and vetoes provisionally, and bars provisionally', () => {
      const result = run({ incidents: [pending] });
      expect(result.score).toBe(90);
      expect(result.vetoed).toBe(true);
      expect(result.grade).toBe('fail');
      expect(provisionalOf(result.items, 'larger_or_worse_incident')).toEqual([true]);
      expect(result.vetoReasons).toEqual([
        expect.objectContaining({ rule: 'incidents:larger:1', provisional: true }),
      ]);
      expect(result.promotionBars).toEqual([
        expect.objectContaining({ personId: 'P-sec', provisional: true }),
      ]);
    });

    it('when it is concluded a liability incident, then nothing is provisional', () => {
      const result = run({ incidents: [{ ...pending, nature: 'liability' }] });
      expect(provisionalOf(result.items, 'larger_or_worse_incident')).toEqual([false]);
      expect(result.vetoReasons.map((v) => v.provisional)).toEqual([false]);
      expect(result.promotionBars.map((b) => b.provisional)).toEqual([false]);
    });

    it('when a concluded larger incident vetoes too, then the veto is certain, and only the bars resting on the pending one alone are provisional', () => {
      const concluded = incident('I2', {
        grade: 'larger',
        occurredAt: '2025-08-01T00:00:00.000Z',
        postHoldersAtOccurrence: [
          holder('P-sec', 'party_secretary', '张书记'),
          holder('P-pri', 'principal', '王镇长'),
        ],
      });
      const earlier = {
        ...pending,
        postHoldersAtOccurrence: [
          holder('P-sec', 'party_secretary', '张书记'),
          holder('P-old', 'principal', '赵前镇长'),
        ],
      };
      const result = run({ incidents: [earlier, concluded] });
      expect(provisionalOf(result.items, 'larger_or_worse_incident')).toEqual([true, false]);
      expect(result.vetoReasons.map((v) => v.provisional)).toEqual([false]);
      expect(result.promotionBars.map((b) => [b.personId, b.provisional])).toEqual([
        ['P-sec', false],
        ['P-old', true],
        ['P-pri', false],
      ]);
    });

    it('when a district needs three larger incidents and the third is pending, then the veto is provisional', () => {
      const list = ['I1', 'I2', 'I3'].map((id, n) =>
        incident(id, {
          grade: 'larger',
          occurredAt: `2025-0${n + 1}-01T00:00:00.000Z`,
          nature: n === 2 ? 'pending' : 'liability',
        }),
      );
      const result = assess(DEFAULT_SCHEME, factsOfKind('district', { incidents: list }), READING);
      expect(result.vetoReasons).toEqual([
        expect.objectContaining({ rule: 'incidents:larger:3', provisional: true }),
      ]);
    });
  });

  describe('given a control indicator maxAccidents 1', () => {
    const caps = agreement({ controlIndicators: { maxAccidents: 1 } });
    const at = (id: string, month: number, nature: 'pending' | 'liability') =>
      incident(id, { occurredAt: `2025-0${month}-01T00:00:00.000Z`, nature });

    /** The district assessed under the caps with the incidents given. */
    const assessWith = (incidents: ReturnType<typeof at>[]) =>
      assess(DEFAULT_SCHEME, factsOfKind('district', { agreement: caps, incidents }), READING);

    it('when the second incident, pending, pushes it past the cap, then the breach, its deduction and its veto are provisional', () => {
      const result = assessWith([at('I1', 1, 'liability'), at('I2', 2, 'pending')]);
      expect(provisionalOf(result.items, 'control_indicator_exceeded')).toEqual([true]);
      expect(provisionalOf(result.items, 'general_incident')).toEqual([false, true]);
      expect(result.vetoReasons.map((v) => [v.rule, v.provisional])).toEqual([
        ['control_indicator:maxAccidents', true],
      ]);
    });

    it('when a pending incident came first but two concluded ones would break the cap without it, then the breach is still provisional (another incident would have pushed it past)', () => {
      const result = assessWith([
        at('I1', 1, 'pending'),
        at('I2', 2, 'liability'),
        at('I3', 3, 'liability'),
      ]);
      expect(result.controlIndicators[0].pushedPastCapBy?.incidentId).toBe('I2');
      expect(provisionalOf(result.items, 'control_indicator_exceeded')).toEqual([true]);
    });

    it('when the pending incident comes after the concluded ones broke the cap, then the breach is certain', () => {
      const result = assessWith([
        at('I1', 1, 'liability'),
        at('I2', 2, 'liability'),
        at('I3', 3, 'pending'),
      ]);
      expect(provisionalOf(result.items, 'control_indicator_exceeded')).toEqual([false]);
      expect(result.vetoReasons.map((v) => v.provisional)).toEqual([false]);
    });
  });
});

describe('misreporting: deducted chain-wide, vetoing only the responsible units', () => {
  const injury = incident('I1', {
    occurredAt: '2025-03-01T02:00:00.000Z',
    postHoldersAtOccurrence: [holder('P-sec', 'party_secretary', '张书记')],
  });
  const late = finding('F1', injury, 'late', '2025-03-01T03:01:00.000Z', ['E1']);

  it('given an enterprise reported an injury late, when its town is assessed, then the town loses 10 points and is not vetoed', () => {
    const result = run({ incidents: [injury], misreportingFindings: [late] });
    // 60 + 40 − 2 (general incident, no casualties) − 10 (the finding) = 88
    expect(result.score).toBe(88);
    expect(pointsOf(result.items, 'misreporting_finding')).toEqual([-10]);
    expect(provisionalOf(result.items, 'misreporting_finding')).toEqual([false]);
    expect(result.vetoed).toBe(false);
    expect(result.grade).toBe('good');
    expect(result.promotionBars).toEqual([]);
  });

  it('given the same finding, when the enterprise is assessed, then it is vetoed', () => {
    const enterprise = facts({
      unit: { id: 'E1', name: '某建筑公司', kind: 'enterprise', parentId: 'T1', ancestors: ['T1'] },
      incidents: [injury],
      misreportingFindings: [late],
    });
    const result = assess(DEFAULT_SCHEME, enterprise, READING);
    expect(result.vetoReasons).toEqual([
      expect.objectContaining({ rule: 'misreporting:late', provisional: false }),
    ]);
  });

  it('given a finding on a pending incident naming the town, then its veto and bars are not provisional', () => {
    const pending = { ...injury, nature: 'pending' as const };
    const result = run({
      incidents: [pending],
      misreportingFindings: [finding('F1', pending, 'concealed', undefined, ['T1'])],
    });
    expect(provisionalOf(result.items, 'misreporting_finding')).toEqual([false]);
    expect(provisionalOf(result.items, 'general_incident')).toEqual([true]);
    expect(result.vetoReasons.map((v) => v.provisional)).toEqual([false]);
    expect(result.promotionBars.map((b) => [b.personId, b.provisional])).toEqual([
      ['P-sec', false],
    ]);
  });

  it('given a finding naming a person, then that person is barred too, with the finding as ground', () => {
    const named = finding('F1', injury, 'concealed', undefined, ['T1'], ['P-named']);
    const result = run({ incidents: [injury], misreportingFindings: [named] });
    const findingRef = ref('incident-I1', 'e-finding-F1');
    expect(result.promotionBars).toEqual([
      expect.objectContaining({ personId: 'P-sec', post: 'party_secretary' }),
      {
        personId: 'P-named',
        personName: 'P-named',
        unitId: 'T1',
        post: null,
        personUnit: null,
        barredYear: 2026,
        reason: expect.stringContaining('认定责任人'),
        provisional: false,
        events: [findingRef, incidentRef('I1')],
      },
    ]);
  });

  it('given a finding naming a person who held a post then, then the bar shows their name', () => {
    const named = finding('F1', injury, 'concealed', undefined, ['T1'], ['P-sec']);
    const result = run({ incidents: [injury], misreportingFindings: [named] });
    expect(result.promotionBars.map((b) => [b.personId, b.personName, b.post])).toEqual([
      ['P-sec', '张书记', 'party_secretary'],
    ]);
    expect(result.promotionBars[0].reason).toContain('认定责任人');
  });
});

describe('portfolio deputies (一岗双责)', () => {
  const larger = (holders: ReturnType<typeof holder>[]) =>
    incident('I1', { grade: 'larger', industry: 'construction', postHoldersAtOccurrence: holders });

  it('given a deputy whose portfolio covers the industry, when a larger incident vetoes, then the deputy is barred', () => {
    const result = run({
      incidents: [larger([holder('P-dep', 'deputy', '周副镇长', ['construction', 'fire'])])],
    });
    expect(result.promotionBars).toEqual([
      expect.objectContaining({
        personId: 'P-dep',
        personName: '周副镇长',
        post: 'deputy',
        reason: expect.stringContaining('分管'),
        provisional: false,
      }),
    ]);
  });

  it('given a deputy whose portfolio does not cover the industry, then the deputy is not barred', () => {
    const result = run({
      incidents: [larger([holder('P-dep', 'deputy', '周副镇长', ['road_traffic'])])],
    });
    expect(result.vetoed).toBe(true);
    expect(result.promotionBars).toEqual([]);
  });

  it('given a deputy without a portfolio, then the deputy is not barred; a deputy in charge always is', () => {
    const result = run({
      incidents: [
        larger([
          holder('P-dep', 'deputy', '周副镇长'),
          holder('P-dic', 'deputy_in_charge', '刘副镇长', ['road_traffic']),
        ]),
      ],
    });
    expect(result.promotionBars.map((b) => b.personId)).toEqual(['P-dic']);
  });

  it('given a liable person, the bar still names the conclusion', () => {
    const result = run({
      incidents: [
        {
          ...larger([]),
          liable: [liable('I1', { personId: 'P-x', personName: '李四' })],
        },
      ],
    });
    expect(result.promotionBars.map((b) => [b.personId, b.provisional])).toEqual([['P-x', false]]);
  });
});

describe('what finalisation locks while still provisional', () => {
  it('given a town with a pending larger incident and one without incidents, then only the town’s provisional lines are listed', () => {
    const pending = incident('I1', {
      grade: 'larger',
      nature: 'pending',
      postHoldersAtOccurrence: [holder('P-sec', 'party_secretary')],
    });
    const town = run({ incidents: [pending] });
    const quiet = assess(DEFAULT_SCHEME, factsOfKind('village'), READING);
    const listed = provisionalResults([town, quiet]);
    expect(listed.map((p) => p.unitId)).toEqual(['T1']);
    expect(listed[0].items.map((i) => i.rule)).toEqual(['larger_or_worse_incident']);
    expect(listed[0].vetoReasons.map((v) => v.rule)).toEqual(['incidents:larger:1']);
    expect(listed[0].promotionBars.map((b) => b.personId)).toEqual(['P-sec']);
  });
});

describe('incidents that cost nothing do not make up a count', () => {
  const larger = (
    id: string,
    nature: 'liability' | 'natural_disaster' | 'non_liability',
    month: number,
  ) =>
    incident(id, {
      grade: 'larger',
      deaths: 3,
      nature,
      occurredAt: `2025-0${month}-01T00:00:00.000Z`,
      postHoldersAtOccurrence: [holder(`P-${id}`, 'principal')],
    });

  it('a district with two liability and one natural-disaster larger incident is not vetoed', () => {
    const incidents = [
      larger('I1', 'liability', 1),
      larger('I2', 'natural_disaster', 2),
      larger('I3', 'liability', 3),
    ];
    const result = assess(DEFAULT_SCHEME, factsOfKind('district', { incidents }), READING);
    expect(result.vetoed).toBe(false);
    expect(result.promotionBars).toEqual([]);
    expect(pointsOf(result.items, 'larger_or_worse_incident')).toEqual([-10, -10]);
  });

  it('a city with one liability and one non-liability major incident is not vetoed', () => {
    const major = (id: string, nature: 'liability' | 'non_liability') =>
      incident(id, { grade: 'major', deaths: 10, nature });
    const result = assess(
      DEFAULT_SCHEME,
      factsOfKind('city', { incidents: [major('I1', 'liability'), major('I2', 'non_liability')] }),
      READING,
    );
    expect(result.vetoed).toBe(false);
  });

  it('maxLargerAccidents 0 is not broken by a natural disaster, and a later liability one pushes it past', () => {
    const incidents = [larger('I1', 'natural_disaster', 1), larger('I2', 'liability', 2)];
    const result = assess(
      DEFAULT_SCHEME,
      factsOfKind('district', {
        agreement: agreement({ controlIndicators: { maxLargerAccidents: 0 } }),
        incidents,
      }),
      READING,
    );
    expect(result.controlIndicators[0]).toMatchObject({ actual: 1, exceeded: true });
    expect(result.controlIndicators[0].pushedPastCapBy?.incidentId).toBe('I2');
    expect(result.promotionBars.map((b) => b.personId)).toEqual(['P-I2']);
  });
});
