import { YearQuery } from '../shared/integer-query';
import { ReadQueryDto } from '../shared/read-query.dto';
import { WithinUnitPagedQueryDto } from '../shared/units-within';
import { IsId, OptionalId, OptionalOneOf } from '../shared/validators';

export class ListAgreementsQueryDto extends WithinUnitPagedQueryDto {
  @YearQuery() year?: string;
  @OptionalId() responsibleUnitId?: string;
  @OptionalId() issuerUnitId?: string;
  @OptionalOneOf(['active', 'terminated']) status?: string;
}

export class CoverageQueryDto extends ReadQueryDto {
  @YearQuery(false) year!: string;
  @IsId() unitId!: string;
}
