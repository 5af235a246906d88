import { UNIT_KINDS } from '../../domain/units';
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
