import type { FinalizeAssessmentYear } from '../../../../src/domain/assessment/commands';
import type { AssessmentYearEvent } from '../../../../src/domain/assessment/events';
import {
  assessmentYearDecider,
  assessmentYearStreamId,
  isFinalized,
} from '../../../../src/domain/assessment/year-decider';
import { spec } from '../decider-spec';

const NOW = '2026-01-20T00:00:00.000Z';

const finalize = (overrides: Partial<FinalizeAssessmentYear> = {}): FinalizeAssessmentYear => ({
  type: 'FinalizeAssessmentYear',
  year: 2025,
  finalizedAt: '2026-01-15T00:00:00.000Z',
  now: NOW,
  ...overrides,
});

const finalized: AssessmentYearEvent = {
  type: 'AssessmentYearFinalized',
  data: { year: 2025, finalizedAt: '2026-01-15T00:00:00.000Z' },
};

describe('finalising an assessment year', () => {
  it('names the stream assessmentyear-<year>', () => {
    expect(assessmentYearStreamId(2025)).toBe('assessmentyear-2025');
  });

  it('finalises the year', () => {
    spec(assessmentYearDecider).given([]).when(finalize()).then([finalized]);
  });

  it('refuses finalising twice', () => {
    spec(assessmentYearDecider)
      .given([finalized])
      .when(finalize())
      .thenThrows('state', 'already_finalized');
  });

  it('refuses finalizedAt in the future', () => {
    spec(assessmentYearDecider)
      .given([])
      .when(finalize({ finalizedAt: '2026-01-20T00:00:00.001Z' }))
      .thenThrows('rule', 'in_future');
  });

  it('accepts the first instant of the year in CST and refuses the instant before', () => {
    spec(assessmentYearDecider)
      .given([])
      .when(finalize({ finalizedAt: '2024-12-31T16:00:00.000Z' }))
      .thenMatches([{ type: 'AssessmentYearFinalized' }]);
    spec(assessmentYearDecider)
      .given([])
      .when(finalize({ finalizedAt: '2024-12-31T15:59:59.999Z' }))
      .thenThrows('rule', 'finalized_before_year');
  });

  it('refuses a year outside 2000..2100', () => {
    spec(assessmentYearDecider)
      .given([])
      .when(finalize({ year: 2101 }))
      .thenThrows('rule', 'invalid_year');
  });

  it('tells whether the year is finalised', () => {
    expect(isFinalized(spec(assessmentYearDecider).given([]).state)).toBe(false);
    expect(isFinalized(spec(assessmentYearDecider).given([finalized]).state)).toBe(true);
  });
});
