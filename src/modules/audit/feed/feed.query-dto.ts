import { IsOptional, Matches } from 'class-validator';
import { ReadQueryDto } from '../../shared/read-query.dto';
import { OptionalId } from '../../shared/validators';

export const POSITION = /^\d{1,15}$/;

export class FeedQueryDto extends ReadQueryDto {
  /** Only events of streams concerning this unit or a unit below it (a scoped user's default). */
  @OptionalId() withinUnitId?: string;
  /** Events after this global position; `Last-Event-ID`, when sent, comes first. From the start. */
  @IsOptional()
  @Matches(POSITION, { message: 'fromPosition must be a non-negative integer' })
  fromPosition?: string;
}
