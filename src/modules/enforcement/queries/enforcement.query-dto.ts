import { YearQuery } from '../../shared/integer-query';
import { ACTIONS, enforcementProjection, PENALTIES } from '../../../../projections/enforcement';
import { listQuery, ListSort } from '../../shared/list-query';
import { ReadQueryDto } from '../../shared/read-query.dto';
import { WithinUnitPagedQueryDto } from '../../shared/units-within';
import { OptionalId, OptionalTime } from '../../shared/validators';

const { collections } = enforcementProjection;
/** Penalties by `decidedAt`. */
export const PENALTY_LIST = listQuery(collections[PENALTIES], 'decidedAt');
/** Accountability actions by `decidedAt`. */
export const ACTION_LIST = listQuery(collections[ACTIONS], 'decidedAt');

export class ListPenaltiesQueryDto extends WithinUnitPagedQueryDto {
  @OptionalId() enterpriseId?: string;
  @OptionalId() enforcingUnitId?: string;
  /** Assessment year (CST) of `decidedAt`. */
  @YearQuery() year?: string;
  /** Decided at or after this time. */
  @OptionalTime() from?: string;
  /** Decided before this time. */
  @OptionalTime() to?: string;
  @ListSort(PENALTY_LIST) sort?: string;
}

export class ListActionsQueryDto extends WithinUnitPagedQueryDto {
  @OptionalId() targetUnitId?: string;
  @OptionalId() targetPersonId?: string;
  @OptionalId() incidentId?: string;
  /** Assessment year (CST) of `decidedAt`. */
  @YearQuery() year?: string;
  /** Decided at or after this time. */
  @OptionalTime() from?: string;
  /** Decided before this time. */
  @OptionalTime() to?: string;
  @ListSort(ACTION_LIST) sort?: string;
}

export class ListBlacklistQueryDto extends WithinUnitPagedQueryDto {
  /** Listed at this time; defaults to the reading time. */
  @OptionalTime() at?: string;
}

export class CandidatesQueryDto extends ReadQueryDto {}
