import { ESCALATION_FORMS } from '../../domain/assessment/escalation';
import { UNIT_KINDS } from '../../domain/units';
import { YearQuery } from '../shared/integer-query';
import { ReadQueryDto } from '../shared/read-query.dto';
import { OptionalId, OptionalOneOf, OptionalTime } from '../shared/validators';

export class AsOfQueryDto extends ReadQueryDto {
  /** The answer as recorded at that time: events recorded later are ignored. */
  @OptionalTime() asOf?: string;
}

export class LeagueTableQueryDto extends AsOfQueryDto {
  @OptionalOneOf(UNIT_KINDS) kind?: string;
  @OptionalId() parentId?: string;
}

export class EscalationsQueryDto extends AsOfQueryDto {
  /** Default: the current year (CST). */
  @YearQuery() year?: string;
  /** The unit's candidates and those of the units below it (default: the reader's scope unit). */
  @OptionalId() unitId?: string;
  @OptionalOneOf(ESCALATION_FORMS.map((f) => f.code)) form?: string;
  /** Only those an ancestor has (`true`) or has not yet (`false`) handled. */
  @OptionalOneOf(['true', 'false']) handled?: string;
}
