import type { AwardCommendation, ScoreTask } from '../../../../src/domain/assessment/commands';
import type { UnitYearEvent } from '../../../../src/domain/assessment/events';
import {
  unitYearDecider,
  unitYearStreamId,
} from '../../../../src/domain/assessment/unit-year-decider';
import { spec } from '../decider-spec';

const NOW = '2026-01-20T00:00:00.000Z';
const EVALUATED_AT = '2026-01-10T00:00:00.000Z';
const agreement = {
  id: 'A-2025-T1',
  tasks: [
    { code: 'T-1', weight: 30 },
    { code: 'T-2', weight: 30, metric: 'inspections_conducted' as const },
  ],
};

const score = (overrides: Partial<ScoreTask> = {}): ScoreTask => ({
  type: 'ScoreTask',
  year: 2025,
  unitId: 'T1',
  taskCode: 'T-1',
  score: 25,
  evaluatedAt: EVALUATED_AT,
  evidence: '检查记录',
  agreement,
  yearFinalized: false,
  now: NOW,
  ...overrides,
});

const scored = (value: number, evaluatedAt = EVALUATED_AT): UnitYearEvent => ({
  type: 'TaskScored',
  data: {
    year: 2025,
    unitId: 'T1',
    agreementId: 'A-2025-T1',
    taskCode: 'T-1',
    score: value,
    evaluatedAt,
    evidence: '检查记录',
  },
});

const award = (overrides: Partial<AwardCommendation> = {}): AwardCommendation => ({
  type: 'AwardCommendation',
  year: 2025,
  unitId: 'T1',
  level: 'provincial',
  reason: '安全生产先进单位',
  awardedAt: '2025-11-01T00:00:00.000Z',
  yearFinalized: false,
  now: NOW,
  ...overrides,
});

describe('scoring a task', () => {
  it('names the stream assessment-<year>-<unitId>', () => {
    expect(unitYearStreamId(2025, 'T1')).toBe('assessment-2025-T1');
  });

  it('records the score with its evidence and agreement', () => {
    spec(unitYearDecider)
      .given([])
      .when(score())
      .then([scored(25)]);
  });

  it('accepts 0 and a score equal to the weight', () => {
    spec(unitYearDecider)
      .given([])
      .when(score({ score: 0 }))
      .then([scored(0)]);
    spec(unitYearDecider)
      .given([])
      .when(score({ score: 30 }))
      .then([scored(30)]);
  });

  it('refuses a score above the weight by 0.01', () => {
    spec(unitYearDecider)
      .given([])
      .when(score({ score: 30.01 }))
      .thenThrows('rule', 'score_exceeds_weight');
  });

  it('refuses a negative or non-finite score', () => {
    spec(unitYearDecider)
      .given([])
      .when(score({ score: -0.01 }))
      .thenThrows('rule', 'negative_score');
    spec(unitYearDecider)
      .given([])
      .when(score({ score: Number.NaN }))
      .thenThrows('rule', 'negative_score');
  });

  it('refuses a task that is not in the agreement', () => {
    spec(unitYearDecider)
      .given([])
      .when(score({ taskCode: 'T-9' }))
      .thenThrows('rule', 'unknown_task');
  });

  it('refuses a measured task', () => {
    spec(unitYearDecider)
      .given([])
      .when(score({ taskCode: 'T-2' }))
      .thenThrows('rule', 'task_is_measured');
  });

  it('refuses scoring a unit without an active agreement', () => {
    spec(unitYearDecider)
      .given([])
      .when(score({ agreement: null }))
      .thenThrows('rule', 'no_active_agreement');
  });

  it('refuses scoring once the year is finalised', () => {
    spec(unitYearDecider)
      .given([])
      .when(score({ yearFinalized: true }))
      .thenThrows('state', 'year_finalized');
  });

  it('refuses evaluatedAt in the future and a missing evidence', () => {
    spec(unitYearDecider)
      .given([])
      .when(score({ evaluatedAt: '2026-01-20T00:00:00.001Z' }))
      .thenThrows('rule', 'in_future');
    spec(unitYearDecider)
      .given([])
      .when(score({ evidence: '' }))
      .thenThrows('rule', 'required');
  });

  it('allows re-scoring, and the latest score counts', () => {
    const later = '2026-01-15T00:00:00.000Z';
    spec(unitYearDecider)
      .given([scored(25)])
      .when(score({ score: 28, evaluatedAt: later }))
      .then([scored(28, later)]);
    const { state } = spec(unitYearDecider).given([scored(25), scored(28, later)]);
    expect(state.scores['T-1']).toEqual({
      agreementId: 'A-2025-T1',
      score: 28,
      evaluatedAt: later,
      evidence: '检查记录',
    });
  });
});

describe('awarding a commendation', () => {
  it('records the commendation', () => {
    spec(unitYearDecider)
      .given([])
      .when(award())
      .then([
        {
          type: 'CommendationAwarded',
          data: {
            year: 2025,
            unitId: 'T1',
            level: 'provincial',
            reason: '安全生产先进单位',
            awardedAt: '2025-11-01T00:00:00.000Z',
          },
        },
      ]);
  });

  it('refuses an unknown level and a missing reason', () => {
    spec(unitYearDecider)
      .given([])
      .when(award({ level: 'county' }))
      .thenThrows('rule', 'invalid_level');
    spec(unitYearDecider)
      .given([])
      .when(award({ reason: ' ' }))
      .thenThrows('rule', 'required');
  });

  it('accepts awardedAt on the first and last instants of the year in CST', () => {
    spec(unitYearDecider)
      .given([])
      .when(award({ awardedAt: '2024-12-31T16:00:00.000Z' }))
      .thenMatches([{ type: 'CommendationAwarded' }]);
    spec(unitYearDecider)
      .given([])
      .when(award({ awardedAt: '2025-12-31T15:59:59.999Z' }))
      .thenMatches([{ type: 'CommendationAwarded' }]);
  });

  it('refuses awardedAt just outside the year in CST', () => {
    spec(unitYearDecider)
      .given([])
      .when(award({ awardedAt: '2024-12-31T15:59:59.999Z' }))
      .thenThrows('rule', 'awarded_outside_year');
    spec(unitYearDecider)
      .given([])
      .when(award({ awardedAt: '2025-12-31T16:00:00.000Z' }))
      .thenThrows('rule', 'awarded_outside_year');
  });

  it('refuses awardedAt in the future', () => {
    spec(unitYearDecider)
      .given([])
      .when(award({ awardedAt: '2025-11-01T00:00:00.000Z', now: '2025-10-31T23:59:59.999Z' }))
      .thenThrows('rule', 'in_future');
  });

  it('refuses awarding once the year is finalised', () => {
    spec(unitYearDecider)
      .given([])
      .when(award({ yearFinalized: true }))
      .thenThrows('state', 'year_finalized');
  });

  it('keeps every commendation', () => {
    const events = [award(), award({ level: 'national' })].flatMap((c) =>
      unitYearDecider.decide(c, unitYearDecider.initialState()),
    );
    const { state } = spec(unitYearDecider).given(events);
    expect(state.commendations.map((c) => c.level)).toEqual(['provincial', 'national']);
  });
});
