import { IsIn, IsOptional } from 'class-validator';
import { PagedQueryDto } from '../shared/paging';
import { ReadQueryDto } from '../shared/read-query.dto';
import { OptionalId, OptionalText, OptionalTime } from '../shared/validators';

export class ListPersonsQueryDto extends PagedQueryDto {
  /** Part of a name the person was recorded under (or of the person's id). */
  @OptionalText(100) name?: string;
  /** Persons who held a post in this unit or a unit below it. */
  @OptionalId() unitId?: string;
}

export class DossierQueryDto extends ReadQueryDto {
  /** Lines whose business time is at or after this time (posts: held at some time since). */
  @OptionalTime() from?: string;
  /** Lines whose business time is before this time. */
  @OptionalTime() to?: string;
  /** The dossier as recorded at this time (events recorded later are ignored). */
  @OptionalTime() asOf?: string;
  /** `xlsx`: the dossier as a workbook, as `/dossier.xlsx` gives it. */
  @IsOptional() @IsIn(['json', 'xlsx'], { message: 'format must be json or xlsx' }) format?: string;
}

export class DossierWorkbookQueryDto extends ReadQueryDto {
  @OptionalTime() from?: string;
  @OptionalTime() to?: string;
  @OptionalTime() asOf?: string;
}
