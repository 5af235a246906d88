import { ORDERS, PATROLS, PROBLEMS, supervisionProjection } from '../../../projections/supervision';
import {
  DUTY_AREAS,
  ORDER_STATUSES,
  PATROL_KINDS,
  PROBLEM_STATUSES,
} from '../../domain/supervision';
import { YearQuery } from '../shared/integer-query';
import { listQuery, ListSort } from '../shared/list-query';
import { PagedQueryDto } from '../shared/paging';
import { ReadQueryDto } from '../shared/read-query.dto';
import { WithinUnitPagedQueryDto } from '../shared/units-within';
import { IsId, OptionalId, OptionalOneOf, OptionalTime } from '../shared/validators';

const { collections } = supervisionProjection;
/** Patrols by `from`. */
export const PATROL_LIST = listQuery(collections[PATROLS], 'from');
/** Problems by `raisedAt`. */
export const PROBLEM_LIST = listQuery(collections[PROBLEMS], 'raisedAt');
/** Supervision orders by `issuedAt`. */
export const ORDER_LIST = listQuery(collections[ORDERS], 'issuedAt');

const codes = (list: ReadonlyArray<{ code: string }>): string[] => list.map((item) => item.code);

export class ListPatrolsQueryDto extends WithinUnitPagedQueryDto {
  @OptionalId() leadUnitId?: string;
  /** Patrols that name this unit among their targets. */
  @OptionalId() targetUnitId?: string;
  @OptionalOneOf(codes(PATROL_KINDS)) kind?: string;
  /** CST year of `from`. */
  @YearQuery() year?: string;
  /** Starting at or after this time. */
  @OptionalTime() from?: string;
  /** Starting before this time. */
  @OptionalTime() to?: string;
  @ListSort(PATROL_LIST) sort?: string;
}

export class ListProblemsQueryDto extends PagedQueryDto {
  /** Problems raised against this unit or a unit below it. */
  @OptionalId() unitId?: string;
  @OptionalId() patrolId?: string;
  @OptionalOneOf(codes(DUTY_AREAS)) duty?: string;
  @OptionalOneOf(PROBLEM_STATUSES) status?: string;
  /** Overdue at the reading time. */
  @OptionalOneOf(['true', 'false']) overdue?: string;
  /** Raised at or after this time. */
  @OptionalTime() from?: string;
  /** Raised before this time. */
  @OptionalTime() to?: string;
  @ListSort(PROBLEM_LIST) sort?: string;
}

export class ProblemLedgerQueryDto extends ReadQueryDto {
  /** The unit's problems and those of the units below it. */
  @IsId() unitId!: string;
  @YearQuery(false) year!: string;
  /** With the problems behind each figure and their events. */
  @OptionalOneOf(['true', 'false']) items?: string;
}

export class ListOrdersQueryDto extends PagedQueryDto {
  /** Orders to this unit or to a unit below it. */
  @OptionalId() unitId?: string;
  @OptionalId() issuerUnitId?: string;
  @OptionalOneOf(ORDER_STATUSES) status?: string;
  /** Not closed by their deadline, at the reading time. */
  @OptionalOneOf(['true', 'false']) overdue?: string;
  /** Issued at or after this time. */
  @OptionalTime() from?: string;
  /** Issued before this time. */
  @OptionalTime() to?: string;
  @ListSort(ORDER_LIST) sort?: string;
}
