import type { CommandContext } from '../shared/command-context';
import type { CommendationDto, FinalizationDto, TaskScoreDto } from './assessment.dto';

export class PublishSchemeCommand {
  constructor(
    readonly year: number,
    readonly scheme: Record<string, unknown>,
    readonly context: CommandContext,
  ) {}
}

export class ScoreTaskCommand {
  constructor(
    readonly year: number,
    readonly unitId: string,
    readonly body: TaskScoreDto,
    readonly context: CommandContext,
  ) {}
}

export class AwardCommendationCommand {
  constructor(
    readonly year: number,
    readonly unitId: string,
    readonly body: CommendationDto,
    readonly context: CommandContext,
  ) {}
}

export class FinalizeAssessmentYearCommand {
  constructor(
    readonly year: number,
    readonly body: FinalizationDto,
    readonly context: CommandContext,
  ) {}
}
