import { UNIT_KINDS } from '../../domain/units';
import { PagedQueryDto } from '../shared/paging';
import { OptionalId, OptionalOneOf } from '../shared/validators';

export class ListUnitsQueryDto extends PagedQueryDto {
  @OptionalId() parentId?: string;
  @OptionalOneOf(UNIT_KINDS) kind?: string;
  /** Units at any depth below (and including) this one. */
  @OptionalId() ancestorId?: string;
}
