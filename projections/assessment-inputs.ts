import type { AssessmentScheme } from '../src/domain/assessment/scheme';
import type { EventRef, Projection } from './projection';
import { refOf } from './projection';

export interface SchemeDoc {
  _id: string;
  year: number;
  version: number;
  publishedAt: string;
  scheme: AssessmentScheme;
  ref: EventRef;
}

export interface TaskScoreDoc {
  _id: string;
  year: number;
  unitId: string;
  agreementId: string;
  taskCode: string;
  score: number;
  evaluatedAt: string;
  evidence: string;
  ref: EventRef;
  position: number;
}

export interface CommendationDoc {
  _id: string;
  year: number;
  unitId: string;
  level: string;
  reason: string;
  awardedAt: string;
  ref: EventRef;
}

export interface YearDoc {
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
  version: 1,
  collections: {
    schemes: { indexes: [['year']] },
    task_scores: { indexes: [['year', 'unitId']] },
    commendations: { indexes: [['year', 'unitId']] },
    years: { indexes: [['year']] },
  },
  handles: new Set([
    'SchemePublished',
    'TaskScored',
    'CommendationAwarded',
    'AssessmentYearFinalized',
  ]),
  async apply(event, store) {
    const data = event.data as Record<string, unknown>;
    const year = data.year as number;
    switch (event.type) {
      case 'SchemePublished':
        store.put<SchemeDoc>('schemes', {
          _id: String(year),
          year,
          version: data.version as number,
          publishedAt: data.publishedAt as string,
          scheme: data.scheme as AssessmentScheme,
          ref: refOf(event),
        });
        return;
      case 'TaskScored':
        store.put<TaskScoreDoc>('task_scores', {
          _id: `${year}:${data.unitId as string}:${data.taskCode as string}`,
          year,
          unitId: data.unitId as string,
          agreementId: data.agreementId as string,
          taskCode: data.taskCode as string,
          score: data.score as number,
          evaluatedAt: data.evaluatedAt as string,
          evidence: data.evidence as string,
          ref: refOf(event),
          position: event.position,
        });
        return;
      case 'CommendationAwarded':
        store.put<CommendationDoc>('commendations', {
          _id: event.eventId,
          year,
          unitId: data.unitId as string,
          level: data.level as string,
          reason: data.reason as string,
          awardedAt: data.awardedAt as string,
          ref: refOf(event),
        });
        return;
      case 'AssessmentYearFinalized':
        store.put<YearDoc>('years', {
          _id: String(year),
          year,
          finalizedAt: data.finalizedAt as string,
          position: event.position,
          ref: refOf(event),
        });
    }
  },
};
