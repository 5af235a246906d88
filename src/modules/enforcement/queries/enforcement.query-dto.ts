import { IsOptional, Matches } from 'class-validator';
import { PagedQueryDto } from '../../shared/paging';
import { ReadQueryDto } from '../../shared/read-query.dto';
import { OptionalId, OptionalTime } from '../../shared/validators';

const YEAR = /^(20\d\d|2100)$/;

export class ListPenaltiesQueryDto extends PagedQueryDto {
  @OptionalId() enterpriseId?: string;
  @OptionalId() enforcingUnitId?: string;
  /** Assessment year (CST) of `decidedAt`. */
  @IsOptional() @Matches(YEAR, { message: 'year must be a year from 2000 to 2100' }) year?: string;
}

export class ListActionsQueryDto extends PagedQueryDto {
  @OptionalId() targetUnitId?: string;
  @OptionalId() targetPersonId?: string;
  @OptionalId() incidentId?: string;
  /** Assessment year (CST) of `decidedAt`. */
  @IsOptional() @Matches(YEAR, { message: 'year must be a year from 2000 to 2100' }) year?: string;
}

export class ListBlacklistQueryDto extends PagedQueryDto {
  /** Listed at this time; defaults to the reading time. */
  @OptionalTime() at?: string;
}

export class CandidatesQueryDto extends ReadQueryDto {}
