import { COMMENDATION_LEVELS } from '../../domain/assessment';
import { Amount, OneOf, RequiredText, RequiredTime } from '../shared/validators';

export class TaskScoreDto {
  @RequiredText(200) taskCode!: string;
  @Amount() score!: number;
  @RequiredTime() evaluatedAt!: string;
  @RequiredText() evidence!: string;
}

export class CommendationDto {
  @OneOf(COMMENDATION_LEVELS) level!: string;
  @RequiredText() reason!: string;
  @RequiredTime() awardedAt!: string;
}

export class FinalizationDto {
  @RequiredTime() finalizedAt!: string;
}
