import type {
  AssessmentYearEvent,
  SchemeEvent,
  ScoredTask,
  UnitYearEvent,
} from '../src/domain/assessment/events';
import type { AssessmentScheme } from '../src/domain/assessment/scheme';
import type { EventRef, Projection } from './projection';
import { byType, refOf, writtenBy, WRITTEN_INDEX, type Written } from './projection';

export interface SchemeDoc extends Written {
  _id: string;
  year: number;
  version: number;
  publishedAt: string;
  scheme: AssessmentScheme;
  ref: EventRef;
}

export interface TaskScoreDoc extends Written, ScoredTask {
  _id: string;
  ref: EventRef;
  position: number;
}

export interface CommendationDoc extends Written {
  _id: string;
  year: number;
  unitId: string;
  level: string;
  reason: string;
  awardedAt: string;
  ref: EventRef;
}

export interface YearDoc extends Written {
  _id: string;
  year: number;
  finalizedAt: string;
  /** Global position of the finalisation: events after it are post-finalisation changes. */
  position: number;
  ref: EventRef;
}

/** Schemes, task scores (latest per task), commendations and finalisation, per year. */
export const assessmentInputsProjection: Projection = {
  name: 'assessment_inputs',
  version: 2,
  collections: {
    schemes: { indexes: [['year'], WRITTEN_INDEX] },
    task_scores: { indexes: [['year', 'unitId'], WRITTEN_INDEX] },
    commendations: { indexes: [['year', 'unitId'], WRITTEN_INDEX] },
    years: { indexes: [['year'], WRITTEN_INDEX] },
  },
  ...byType<SchemeEvent | UnitYearEvent | AssessmentYearEvent>({
    SchemePublished: (event, store) => {
      const { year, version, publishedAt, scheme } = event.data;
      store.put<SchemeDoc>('schemes', {
        _id: String(year),
        year,
        version,
        publishedAt,
        scheme,
        ref: refOf(event),
        ...writtenBy(event),
      });
    },
    TaskScored: (event, store) => {
      const { data } = event;
      store.put<TaskScoreDoc>('task_scores', {
        _id: `${data.year}:${data.unitId}:${data.taskCode}`,
        year: data.year,
        unitId: data.unitId,
        agreementId: data.agreementId,
        taskCode: data.taskCode,
        score: data.score,
        evaluatedAt: data.evaluatedAt,
        evidence: data.evidence,
        ref: refOf(event),
        position: event.position,
        ...writtenBy(event),
      });
    },
    CommendationAwarded: (event, store) => {
      const { data } = event;
      store.put<CommendationDoc>('commendations', {
        _id: event.eventId,
        year: data.year,
        unitId: data.unitId,
        level: data.level,
        reason: data.reason,
        awardedAt: data.awardedAt,
        ref: refOf(event),
        ...writtenBy(event),
      });
    },
    AssessmentYearFinalized: (event, store) => {
      store.put<YearDoc>('years', {
        _id: String(event.data.year),
        year: event.data.year,
        finalizedAt: event.data.finalizedAt,
        position: event.position,
        ref: refOf(event),
        ...writtenBy(event),
      });
    },
  }),
};
