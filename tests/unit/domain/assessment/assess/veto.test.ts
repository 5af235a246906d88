import { assess } from '../../../../../src/domain/assessment/assess';
import { DEFAULT_SCHEME, type AssessmentScheme } from '../../../../../src/domain/assessment/scheme';
import type { IncidentFact } from '../../../../../src/domain/assessment/facts';
import type { IncidentGrade } from '../../../../../src/domain/incidents/grading';
import type { UnitKind } from '../../../../../src/domain/units/codes';
import { READING, agreement, factsOfKind, finding, incident, incidentRef } from './fixtures';

const incidents = (...grades: IncidentGrade[]): IncidentFact[] =>
  grades.map((grade, i) =>
    incident(`I${i + 1}`, { grade, occurredAt: `2025-0${i + 1}-15T00:00:00.000Z` }),
  );

const assessKind = (
  kind: UnitKind,
  list: IncidentFact[],
  scheme: AssessmentScheme = DEFAULT_SCHEME,
) => assess(scheme, factsOfKind(kind, { incidents: list }), READING);

describe('one-vote veto by unit kind (default scheme)', () => {
  it.each(['town', 'village', 'park', 'department', 'enterprise'] as const)(
    '%s: one larger incident vetoes',
    (kind) => {
      const result = assessKind(kind, incidents('larger'));
      expect(result.vetoed).toBe(true);
      expect(result.vetoReasons).toEqual([
        expect.objectContaining({ rule: 'incidents:larger:1', events: [incidentRef('I1')] }),
      ]);
      // the score is still shown: 60 + (40 − 10) = 90, yet the grade is fail
      expect(result.score).toBe(90);
      expect(result.grade).toBe('fail');
      expect(result.awardDisqualified).toBe(true);
      expect(result.yellowCard).toBe(false);
    },
  );

  it.each(['town', 'enterprise'] as const)('%s: general incidents do not veto', (kind) => {
    const result = assessKind(kind, incidents('general', 'general'));
    expect(result.vetoed).toBe(false);
    expect(result.awardDisqualified).toBe(false);
  });

  describe('district', () => {
    it('two larger incidents do not veto', () => {
      const result = assessKind('district', incidents('larger', 'larger'));
      expect(result.vetoed).toBe(false);
      // 60 + 40 − 10 − 10 = 80: good
      expect(result.grade).toBe('good');
    });

    it('three larger incidents veto, all three named', () => {
      const result = assessKind('district', incidents('larger', 'larger', 'larger'));
      expect(result.vetoed).toBe(true);
      expect(result.vetoReasons).toEqual([
        expect.objectContaining({
          rule: 'incidents:larger:3',
          events: [incidentRef('I1'), incidentRef('I2'), incidentRef('I3')],
        }),
      ]);
    });

    it('one major incident vetoes', () => {
      const result = assessKind('district', incidents('major'));
      expect(result.vetoReasons.map((r) => r.rule)).toEqual(['incidents:major:1']);
    });

    it('two larger and one major: both rules (the major one counts as larger or worse)', () => {
      const result = assessKind('district', incidents('larger', 'major', 'larger'));
      expect(result.vetoReasons.map((r) => r.rule)).toEqual([
        'incidents:major:1',
        'incidents:larger:3',
      ]);
    });
  });

  describe('city', () => {
    it('one major incident does not veto', () => {
      expect(assessKind('city', incidents('major')).vetoed).toBe(false);
    });

    it('three larger incidents do not veto', () => {
      expect(assessKind('city', incidents('larger', 'larger', 'larger')).vetoed).toBe(false);
    });

    it('two major incidents veto', () => {
      const result = assessKind('city', incidents('major', 'major'));
      expect(result.vetoReasons).toEqual([
        expect.objectContaining({
          rule: 'incidents:major:2',
          events: [incidentRef('I1'), incidentRef('I2')],
        }),
      ]);
    });

    it('one especially major incident vetoes (and counts toward two major or worse)', () => {
      const result = assessKind('city', incidents('especially_major', 'major'));
      expect(result.vetoReasons.map((r) => r.rule)).toEqual([
        'incidents:especially_major:1',
        'incidents:major:2',
      ]);
    });
  });

  describe('any kind', () => {
    it('a control indicator exceeded vetoes a city', () => {
      const result = assess(
        DEFAULT_SCHEME,
        factsOfKind('city', {
          agreement: agreement({ controlIndicators: { maxDeaths: 2 } }),
          incidents: [incident('I1', { deaths: 3, grade: 'larger' })],
        }),
        READING,
      );
      expect(result.vetoReasons).toEqual([
        expect.objectContaining({
          rule: 'control_indicator:maxDeaths',
          events: [incidentRef('I1')],
        }),
      ]);
    });

    it('a misreporting finding of the year naming the city among the responsible vetoes it', () => {
      const about = incident('I1', { occurredAt: '2024-05-01T00:00:00.000Z' });
      const result = assess(
        DEFAULT_SCHEME,
        factsOfKind('city', {
          misreportingFindings: [finding('F1', about, 'late', undefined, ['U1'])],
        }),
        READING,
      );
      expect(result.vetoReasons).toEqual([
        expect.objectContaining({
          rule: 'misreporting:late',
          events: [{ streamId: 'incident-I1', eventId: 'e-finding-F1' }],
        }),
      ]);
    });
  });

  describe('as data of the scheme', () => {
    it('follows a published scheme’s rules instead of the default', () => {
      const strict: AssessmentScheme = {
        ...DEFAULT_SCHEME,
        veto: {
          incidents: [{ kinds: ['district'], minGrade: 'larger', count: 2 }],
          controlIndicatorExceeded: true,
          misreportingFinding: false,
        },
      };
      expect(assessKind('district', incidents('larger', 'larger'), strict).vetoed).toBe(true);
      // towns have no incident rule in this scheme
      expect(assessKind('town', incidents('larger'), strict).vetoed).toBe(false);
      const about = incident('I1');
      const withFinding = assess(
        strict,
        factsOfKind('city', {
          misreportingFindings: [finding('F1', about, undefined, undefined, ['U1'])],
        }),
        READING,
      );
      expect(withFinding.vetoed).toBe(false);
      // but it still deducts 10
      expect(withFinding.sections.outcomes).toBe(30);
    });
  });
});
