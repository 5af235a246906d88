import { assess } from '../../../../../src/domain/assessment/assess';
import type { AssessmentFacts } from '../../../../../src/domain/assessment/facts';
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
  ref,
} from './fixtures';

const conclusion = (incidentId: string) => ref(`incident-${incidentId}`, 'e-concluded');
const appointment = (personId: string) => ref('unit-T1', `e-appoint-${personId}`);

describe('consequences of a veto', () => {
  it('bars the party secretary, principal and deputy in charge in post, and every liable person, for year + 1', () => {
    const larger = incident('I1', {
      grade: 'larger',
      deaths: 3,
      postHoldersAtOccurrence: [
        holder('P-sec', 'party_secretary', '张书记'),
        holder('P-pri', 'principal', '王镇长'),
        holder('P-dep', 'deputy_in_charge', '刘副镇长'),
        holder('P-saf', 'safety_director', '陈总监'), // not a barred post
      ],
      liable: [
        liable('I1', { personId: 'P-x', personName: '李四', role: '项目经理' }),
        liable('I1', { personId: 'P-pri', role: '主要负责人', finding: '履职不到位' }),
        liable('I1', { unitId: 'E1', role: '事故单位' }), // a unit: nobody to bar
      ],
    });
    const result = assess(DEFAULT_SCHEME, facts({ incidents: [larger] }), READING);

    expect(result.vetoed).toBe(true);
    expect(result.awardDisqualified).toBe(true);
    expect(
      result.promotionBars.map((b) => [b.personId, b.personName, b.post, b.barredYear]),
    ).toEqual([
      ['P-sec', '张书记', 'party_secretary', 2026],
      ['P-pri', '王镇长', 'principal', 2026],
      ['P-dep', '刘副镇长', 'deputy_in_charge', 2026],
      ['P-x', '李四', null, 2026],
    ]);
    const principal = result.promotionBars[1];
    expect(principal.unitId).toBe('T1');
    // one bar, both grounds: in post when I1 occurred, and found liable
    expect(principal.reason).toContain('主要负责人');
    expect(principal.reason).toContain('履职不到位');
    expect(principal.events).toEqual([incidentRef('I1'), appointment('P-pri'), conclusion('I1')]);
    expect(result.promotionBars[3].events).toEqual([incidentRef('I1'), conclusion('I1')]);
  });

  it('bars nobody and keeps awards when not vetoed', () => {
    const general = incident('I1', {
      postHoldersAtOccurrence: [holder('P-sec', 'party_secretary')],
    });
    const result = assess(DEFAULT_SCHEME, facts({ incidents: [general] }), READING);
    expect(result.vetoed).toBe(false);
    expect(result.promotionBars).toEqual([]);
    expect(result.awardDisqualified).toBe(false);
  });

  it('a misreporting finding of this year about an incident two years earlier vetoes and bars that incident’s post holders', () => {
    // I-2023 occurred 2023-04-01 when P-old was party secretary; found concealed on 2025-09-01.
    const old = incident('I-2023', {
      occurredAt: '2023-04-01T00:00:00.000Z',
      postHoldersAtOccurrence: [holder('P-old', 'party_secretary', '赵前书记')],
      liable: [liable('I-2023', { personId: 'P-liable', personName: '钱某' })],
    });
    const current = incident('I-now', {
      postHoldersAtOccurrence: [holder('P-new', 'party_secretary', '孙书记')],
    });
    const result = assess(
      DEFAULT_SCHEME,
      facts({
        incidents: [current],
        misreportingFindings: [finding('F1', old, 'concealed', undefined, ['T1'])],
      }),
      READING,
    );
    const findingRef = ref('incident-I-2023', 'e-finding-F1');
    expect(result.vetoReasons).toEqual([
      {
        rule: 'misreporting:concealed',
        label: expect.stringContaining('瞒报'),
        provisional: false,
        events: [findingRef],
      },
    ]);
    // 60 + 40 − 2 (general I-now) − 10 (finding) = 88, but vetoed: fail
    expect(result.score).toBe(88);
    expect(result.grade).toBe('fail');
    expect(result.promotionBars).toEqual([
      {
        personId: 'P-old',
        personName: '赵前书记',
        unitId: 'T1',
        post: 'party_secretary',
        personUnit: { unitId: 'T1', unitName: '城关镇', post: 'party_secretary' },
        barredYear: 2026,
        reason: expect.stringContaining('I-2023'),
        provisional: false,
        events: [findingRef, incidentRef('I-2023'), appointment('P-old')],
      },
      {
        personId: 'P-liable',
        personName: '钱某',
        unitId: 'T1',
        post: null,
        personUnit: null,
        barredYear: 2026,
        reason: expect.stringContaining('直接责任人'),
        provisional: false,
        events: [findingRef, incidentRef('I-2023'), conclusion('I-2023')],
      },
    ]);
  });

  it('a broken control indicator bars the post holders of the incident that pushed it past the cap only', () => {
    // A district (general incidents do not veto it); maxAccidents 1; the principal changed between
    // I1 (A in post) and I2 (B in post): I2 broke the cap, so B is barred and A is not.
    const i1 = incident('I1', {
      occurredAt: '2025-02-01T00:00:00.000Z',
      postHoldersAtOccurrence: [holder('P-A', 'principal', '甲')],
    });
    const i2 = incident('I2', {
      occurredAt: '2025-05-01T00:00:00.000Z',
      postHoldersAtOccurrence: [holder('P-B', 'principal', '乙')],
    });
    const result = assess(
      DEFAULT_SCHEME,
      factsOfKind('district', {
        agreement: agreement({ controlIndicators: { maxAccidents: 1 } }),
        incidents: [i2, i1],
      }),
      READING,
    );
    expect(result.vetoReasons.map((r) => r.rule)).toEqual(['control_indicator:maxAccidents']);
    expect(result.promotionBars.map((b) => b.personId)).toEqual(['P-B']);
    expect(result.promotionBars[0].events).toEqual([incidentRef('I2'), appointment('P-B')]);
  });

  it('gives one bar per person across several vetoing incidents, naming both', () => {
    const secretary = holder('P-sec', 'party_secretary', '张书记');
    const list = ['I1', 'I2', 'I3'].map((id, n) =>
      incident(id, {
        grade: 'larger',
        occurredAt: `2025-0${n + 1}-01T00:00:00.000Z`,
        postHoldersAtOccurrence: [secretary],
      }),
    );
    const result = assess(DEFAULT_SCHEME, factsOfKind('district', { incidents: list }), READING);
    expect(result.promotionBars).toHaveLength(1);
    expect(result.promotionBars[0].events).toEqual([
      incidentRef('I1'),
      appointment('P-sec'),
      incidentRef('I2'),
      incidentRef('I3'),
    ]);
  });

  describe('the barred person’s own unit', () => {
    const enterprisePost = (from: string, to: string | null = null) => ({
      unitId: 'E1',
      unitName: '城关建材公司',
      post: 'principal' as const,
      from,
      to,
    });
    const larger = incident('I1', {
      grade: 'larger',
      occurredAt: '2025-06-01T00:00:00.000Z',
      postHoldersAtOccurrence: [holder('P-sec', 'party_secretary', '张书记')],
      liable: [
        liable('I1', { personId: 'P-boss', unitId: 'E1' }),
        liable('I1', { personId: 'P-worker', unitId: 'E1', role: '现场负责人' }),
      ],
    });
    const run = (persons: AssessmentFacts['persons']) =>
      assess(
        DEFAULT_SCHEME,
        facts({ incidents: [larger], persons, unitNames: { E1: '城关建材公司' } }),
        READING,
      ).promotionBars.map((b) => [b.personId, b.personName, b.personUnit]);

    it('places a liable person by the post they held when the incident occurred, with their name', () => {
      expect(
        run([
          {
            personId: 'P-boss',
            personName: '周老板',
            posts: [enterprisePost('2020-01-01T00:00:00.000Z')],
          },
        ]),
      ).toEqual([
        ['P-sec', '张书记', { unitId: 'T1', unitName: '城关镇', post: 'party_secretary' }],
        ['P-boss', '周老板', { unitId: 'E1', unitName: '城关建材公司', post: 'principal' }],
        ['P-worker', 'P-worker', { unitId: 'E1', unitName: '城关建材公司', post: null }],
      ]);
    });

    it('does not place a person by a post that ended before the incident', () => {
      const ended = enterprisePost('2020-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z');
      const bars = run([{ personId: 'P-boss', personName: '周老板', posts: [ended] }]);
      expect(bars[1]).toEqual([
        'P-boss',
        '周老板',
        { unitId: 'E1', unitName: '城关建材公司', post: null },
      ]);
    });
  });
});
