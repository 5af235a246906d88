import type { ReviseCasualties } from '../../../../src/domain/incidents/commands';
import { incidentDecider } from '../../../../src/domain/incidents/decider';
import { fold } from '../../../../src/domain/shared/decider';
import { DomainError } from '../../../../src/domain/shared/errors';
import { DAY, NOW, OCCURRED, after, reported, incident, reportedIncident } from './fixtures';

const revise = (overrides: Partial<ReviseCasualties> = {}): ReviseCasualties => ({
  type: 'ReviseCasualties',
  deaths: 0,
  seriousInjuries: 0,
  directLossYuan: 0,
  revisedAt: after(OCCURRED, DAY),
  now: NOW,
  ...overrides,
});

const refusalOf = (decide: () => unknown): DomainError | null => {
  try {
    decide();
    return null;
  } catch (error) {
    return error as DomainError;
  }
};

describe('ReviseCasualties (补报)', () => {
  it('re-grades the incident: general → larger when a third person dies', () => {
    incident
      .given([reported({ deaths: 2, grade: 'general' })])
      .when(revise({ deaths: 3 }))
      .then([
        {
          type: 'CasualtiesRevised',
          data: {
            deaths: 3,
            seriousInjuries: 0,
            directLossYuan: 0,
            revisedAt: after(OCCURRED, DAY),
            previousGrade: 'general',
            grade: 'larger',
            revisedAfterWindow: false,
          },
        },
      ]);
  });

  it('re-grades from the latest revision', () => {
    const first = incident
      .given([reported({ deaths: 2, grade: 'general' })])
      .when(revise({ deaths: 3 }))
      .events();
    incident
      .given([reported({ deaths: 2, grade: 'general' }), ...first])
      .when(revise({ deaths: 10, revisedAt: after(OCCURRED, 2 * DAY) }))
      .thenMatches([
        {
          type: 'CasualtiesRevised',
          data: expect.objectContaining({ previousGrade: 'larger', grade: 'major' }),
        },
      ]);
  });

  it('accepts an injured person who died: one death more, one serious injury less', () => {
    incident
      .given([reported({ deaths: 2, seriousInjuries: 4, grade: 'general' })])
      .when(revise({ deaths: 3, seriousInjuries: 3 }))
      .thenMatches([
        {
          type: 'CasualtiesRevised',
          data: expect.objectContaining({ deaths: 3, seriousInjuries: 3, grade: 'larger' }),
        },
      ]);
  });

  // Lowering what was reported would lift a grade, and a veto, on one person's word: it is a
  // correction, which another user approves (four-eyes-rule.test.ts).
  it.each([
    [{ deaths: 2, seriousInjuries: 5 }, 'deaths'],
    [{ deaths: 3, seriousInjuries: 3 }, 'seriousInjuries'],
    [{ deaths: 3, seriousInjuries: 4, directLossYuan: 49_999_999 }, 'directLossYuan'],
  ])('refuses a revision that lowers what was reported: %p lowers %s', (figures, field) => {
    const state = fold(incidentDecider, [
      reported({ deaths: 3, seriousInjuries: 4, directLossYuan: 50_000_000, grade: 'major' }),
    ]);
    const decide = () =>
      incidentDecider.decide(revise({ directLossYuan: 50_000_000, ...figures }), state);
    expect(decide).toThrow(DomainError);
    expect(refusalOf(decide)).toMatchObject({
      kind: 'rule',
      code: 'revision_lowers',
      errors: [{ field }],
    });
  });

  /** OCCURRED is 2025-03-01 10:00 CST: day 30 ends at 24:00 CST on 03-31, day 7 on 03-08. */
  it.each([
    ['construction', '2025-03-31T23:59:59.999+08:00', false],
    ['construction', '2025-04-01T00:00:00+08:00', true],
    ['road_traffic', '2025-03-08T23:59:59.999+08:00', false],
    ['road_traffic', '2025-03-09T00:00:00+08:00', true],
    ['fire', '2025-03-08T23:59:59.999+08:00', false],
    ['fire', '2025-03-09T00:00:00+08:00', true],
    ['coal_mine', '2025-03-09T00:00:00+08:00', false],
  ])('%s revised at %s: revisedAfterWindow %s', (industry, revisedAt, flagged) => {
    incident
      .given([reported({ industry })])
      .when(revise({ deaths: 1, revisedAt: new Date(revisedAt).toISOString() }))
      .thenMatches([
        {
          type: 'CasualtiesRevised',
          data: expect.objectContaining({ revisedAfterWindow: flagged, grade: 'general' }),
        },
      ]);
  });

  it('accepts and re-grades a revision after the window', () => {
    incident
      .given([reported({ industry: 'fire' })])
      .when(revise({ deaths: 30, revisedAt: after(OCCURRED, 40 * DAY) }))
      .thenMatches([
        {
          type: 'CasualtiesRevised',
          data: expect.objectContaining({ grade: 'especially_major', revisedAfterWindow: true }),
        },
      ]);
  });

  it('uses the industry as corrected', () => {
    incident
      .given([
        reported({ industry: 'construction' }),
        {
          type: 'IncidentDetailsCorrected',
          data: {
            field: 'industry',
            from: 'construction',
            to: 'road_traffic',
            reason: 'a traffic accident on site',
            correctedAt: after(OCCURRED, DAY),
            late: false,
          },
        },
      ])
      .when(revise({ revisedAt: after(OCCURRED, 8 * DAY) }))
      .thenMatches([
        { type: 'CasualtiesRevised', data: expect.objectContaining({ revisedAfterWindow: true }) },
      ]);
  });

  it('accepts a revision at the moment of occurrence and refuses one before', () => {
    reportedIncident
      .when(revise({ revisedAt: OCCURRED }))
      .thenMatches([{ type: 'CasualtiesRevised' }]);
    reportedIncident
      .when(revise({ revisedAt: after(OCCURRED, -1) }))
      .thenThrows('rule', 'revised_before_occurrence');
  });

  it('refuses a revision in the future', () => {
    reportedIncident.when(revise({ revisedAt: after(NOW, 1) })).thenThrows('rule', 'in_future');
  });

  it.each([
    [{ deaths: -1 }, 'invalid_count'],
    [{ seriousInjuries: 2.5 }, 'invalid_count'],
    [{ directLossYuan: -1 }, 'invalid_amount'],
  ])('refuses invalid figures %p', (overrides, code) => {
    reportedIncident.when(revise(overrides)).thenThrows('rule', code);
  });

  it('refuses a revision of an unknown incident', () => {
    incident.given([]).when(revise()).thenThrows('not_found', 'incident_not_found');
  });
});
