import { IsOptional, Matches } from 'class-validator';
import { ReadQueryDto } from '../shared/read-query.dto';
import { WithinUnitPagedQueryDto } from '../shared/units-within';
import { IsId, OptionalId, OptionalOneOf } from '../shared/validators';

const YEAR = /^(20\d\d|2100)$/;

export class ListAgreementsQueryDto extends WithinUnitPagedQueryDto {
  @IsOptional() @Matches(YEAR, { message: 'year must be a year from 2000 to 2100' }) year?: string;
  @OptionalId() responsibleUnitId?: string;
  @OptionalId() issuerUnitId?: string;
  @OptionalOneOf(['active', 'terminated']) status?: string;
}

export class CoverageQueryDto extends ReadQueryDto {
  @Matches(YEAR, { message: 'year must be a year from 2000 to 2100' }) year!: string;
  @IsId() unitId!: string;
}
