import { Injectable } from '@nestjs/common';
import {
  type ActiveAgreementRef,
  assessmentYearDecider,
  type AssessmentYearState,
  assessmentYearStreamId,
  isFinalized,
  type UnitYearState,
} from '../../domain/assessment';
import { labelOf } from '../../domain/shared/labels';
import type { ExecuteResult } from '../shared/aggregate-executor';
import { AggregateExecutor } from '../shared/aggregate-executor';
import { AgreementSlots } from '../agreements/agreement-slots';

/** What assessment commands read from other streams: the year's lock and the active agreement. */
@Injectable()
export class AssessmentInputs {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly slots: AgreementSlots,
  ) {}

  async yearFinalized(year: number): Promise<boolean> {
    const { state } = await this.aggregates.load<AssessmentYearState>(
      assessmentYearDecider,
      assessmentYearStreamId(year),
    );
    return isFinalized(state);
  }

  /** The unit's active agreement for the year (the holder of its slot), or null. */
  async activeAgreement(year: number, unitId: string): Promise<ActiveAgreementRef | null> {
    const agreement = await this.slots.activeAgreement(year, unitId);
    if (!agreement) return null;
    return {
      id: agreement.id,
      tasks: agreement.tasks.map(({ code, weight, metric }) => ({
        code,
        weight,
        ...(metric !== undefined && { metric }),
      })),
    };
  }
}

/**
 * A unit-year write's answer: the recorded scores and commendations (each with its level in
 * Chinese), and the position.
 */
export const unitYearResult = (
  year: number,
  unitId: string,
  result: ExecuteResult<UnitYearState>,
) => ({
  year,
  unitId,
  scores: result.state.scores,
  commendations: result.state.commendations.map((c) => ({
    ...c,
    levelLabel: labelOf('commendationLevel', c.level),
  })),
  position: result.position,
});
