import { YearQuery } from '../shared/integer-query';
import { IsOptional, Matches } from 'class-validator';
import { HAZARDS, hazardsProjection, INSPECTIONS, REPORTS } from '../../../projections/hazards';
import { listQuery, ListSort } from '../shared/list-query';
import { PagedQueryDto } from '../shared/paging';
import { ReadQueryDto } from '../shared/read-query.dto';
import { WithinUnitPagedQueryDto } from '../shared/units-within';
import { IsId, OptionalId, OptionalOneOf, OptionalTime } from '../shared/validators';

const { collections } = hazardsProjection;
/** Hazards by `identifiedAt`. */
export const HAZARD_LIST = listQuery(collections[HAZARDS], 'identifiedAt');
/** Inspections by `conductedAt`. */
export const INSPECTION_LIST = listQuery(collections[INSPECTIONS], 'conductedAt');
/** Whistleblower reports by `receivedAt`. */
export const REPORT_LIST = listQuery(collections[REPORTS], 'receivedAt');

export class ListHazardsQueryDto extends PagedQueryDto {
  @OptionalId() unitId?: string;
  @OptionalOneOf(['general', 'major']) level?: string;
  @OptionalOneOf(['identified', 'rectified', 'verified']) status?: string;
  @OptionalOneOf(['true', 'false']) overdue?: string;
  /** Identified at or after this time. */
  @OptionalTime() from?: string;
  /** Identified before this time. */
  @OptionalTime() to?: string;
  @ListSort(HAZARD_LIST) sort?: string;
}

export class HazardLedgerQueryDto extends ReadQueryDto {
  @IsId() unitId!: string;
  @IsOptional()
  @Matches(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month?: string;
  @YearQuery() year?: string;
  @OptionalOneOf(['true', 'false']) items?: string;
  /** With `year`: also the ledger of each of its months (`months`), from one read. */
  @OptionalOneOf(['true', 'false']) byMonth?: string;
}

export class ListInspectionsQueryDto extends WithinUnitPagedQueryDto {
  @OptionalId() inspectingUnitId?: string;
  @OptionalId() inspectedUnitId?: string;
  @YearQuery() year?: string;
  /** Conducted at or after this time. */
  @OptionalTime() from?: string;
  /** Conducted before this time. */
  @OptionalTime() to?: string;
  @ListSort(INSPECTION_LIST) sort?: string;
}

export class ListReportsQueryDto extends WithinUnitPagedQueryDto {
  @OptionalId() subjectUnitId?: string;
  /** Received at or after this time. */
  @OptionalTime() from?: string;
  /** Received before this time. */
  @OptionalTime() to?: string;
  @ListSort(REPORT_LIST) sort?: string;
}
