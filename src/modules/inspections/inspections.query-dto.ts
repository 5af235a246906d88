import { IsOptional, Matches } from 'class-validator';
import { PagedQueryDto } from '../shared/paging';
import { ReadQueryDto } from '../shared/read-query.dto';
import { WithinUnitPagedQueryDto } from '../shared/units-within';
import { IsId, OptionalId, OptionalOneOf } from '../shared/validators';

const YEAR = /^(20\d\d|2100)$/;

export class ListHazardsQueryDto extends PagedQueryDto {
  @OptionalId() unitId?: string;
  @OptionalOneOf(['general', 'major']) level?: string;
  @OptionalOneOf(['identified', 'rectified', 'verified']) status?: string;
  @OptionalOneOf(['true', 'false']) overdue?: string;
}

export class HazardLedgerQueryDto extends ReadQueryDto {
  @IsId() unitId!: string;
  @IsOptional()
  @Matches(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month?: string;
  @IsOptional() @Matches(YEAR, { message: 'year must be a year from 2000 to 2100' }) year?: string;
  @OptionalOneOf(['true', 'false']) items?: string;
}

export class ListInspectionsQueryDto extends WithinUnitPagedQueryDto {
  @OptionalId() inspectingUnitId?: string;
  @OptionalId() inspectedUnitId?: string;
  @IsOptional() @Matches(YEAR, { message: 'year must be a year from 2000 to 2100' }) year?: string;
}

export class ListReportsQueryDto extends WithinUnitPagedQueryDto {
  @OptionalId() subjectUnitId?: string;
}
