import { applyDecorators } from '@nestjs/common';
import { INDUSTRIES, POSTS, UNIT_KINDS } from '../../domain/units';
import {
  IsId,
  OneOf,
  OptionalAmount,
  OptionalCount,
  OptionalId,
  OptionalOneOf,
  OptionalTime,
  RequiredText,
  RequiredTime,
} from '../shared/validators';
import { ArrayMaxSize, IsArray, IsIn, IsOptional } from 'class-validator';

/** A list of industry codes (duplicates are a domain rule, 422). */
function OptionalIndustries(field: string): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsArray(),
    ArrayMaxSize(INDUSTRIES.length),
    IsIn(INDUSTRIES as unknown as string[], {
      each: true,
      message: `each of ${field} must be one of: ${INDUSTRIES.join(', ')}`,
    }),
  );
}

export class RegisterUnitDto {
  @OptionalId() id?: string;
  @RequiredText(200) name!: string;
  @OneOf(UNIT_KINDS) kind!: string;
  @OptionalId() parentId?: string;
  @OptionalOneOf(INDUSTRIES) industry?: string;
  @OptionalIndustries('regulatedIndustries') regulatedIndustries?: string[];
  @OptionalTime() establishedAt?: string;
}

export class AppointPersonDto {
  @IsId() personId!: string;
  @RequiredText(200) personName!: string;
  @OneOf(POSTS) post!: string;
  @RequiredTime() from!: string;
  /** 分管领域: only for `deputy_in_charge` and `deputy`. */
  @OptionalIndustries('portfolioIndustries') portfolioIndustries?: string[];
}

export class EndAppointmentDto {
  @OneOf(POSTS) post!: string;
  @RequiredTime() to!: string;
}

export class UnitStatisticsDto {
  @OptionalAmount() gdp100mYuan?: number;
  @OptionalCount() industrialEmployees?: number;
  @OptionalCount() motorVehicles?: number;
  @OptionalAmount() coalOutputMt?: number;
}
