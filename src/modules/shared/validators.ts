import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';
import { MAX_YEAR, MIN_YEAR } from '../../domain/shared/guards';

/** API.md limits. */
export const MAX_STRING = 10_000;
export const MAX_ARRAY = 1_000;

/** No time the service records is earlier than the founding of the People's Republic. */
export const EARLIEST_TIME_YEAR = 1949;

/** Calendar fields and an offset of at most ±14:00 (the widest any zone uses). */
const ISO_WITH_OFFSET =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00))$/;

/** A real calendar date and time, from EARLIEST_TIME_YEAR to MAX_YEAR, with its offset. */
export function isIsoDateTimeWithOffset(value: unknown): value is string {
  const fields = typeof value === 'string' ? ISO_WITH_OFFSET.exec(value) : null;
  if (!fields || Number.isNaN(Date.parse(value as string))) return false;
  const [year, month, day] = fields.slice(1, 4).map(Number);
  if (year < EARLIEST_TIME_YEAR || year > MAX_YEAR) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An ISO 8601 time with an explicit offset (`Z` or `±hh:mm`). */
export function IsDateTimeWithOffset(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDateTimeWithOffset',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must be an ISO 8601 time from ${EARLIEST_TIME_YEAR} to ${MAX_YEAR} with an offset (Z or ±hh:mm, at most ±14:00)`,
        ...options,
      },
      validator: { validate: (value: unknown) => isIsoDateTimeWithOffset(value) },
    });
}

const ID = /^[\p{L}\p{N}][\p{L}\p{N}._:-]{0,99}$/u;

/** Ids become parts of stream names: letters, digits and . _ : - only, at most 100. */
export const IsId = () =>
  applyDecorators(
    IsString(),
    Matches(ID, {
      message:
        '$property must be 1-100 letters, digits or . _ : - (starting with a letter or digit)',
    }),
  );

export const OptionalId = () => applyDecorators(IsOptional(), IsId());

/** A list of ids, each of the `IsId` shape. */
export const IdList = () =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(MAX_ARRAY),
    IsString({ each: true }),
    Matches(ID, {
      each: true,
      message:
        'each of $property must be 1-100 letters, digits or . _ : - (starting with a letter or digit)',
    }),
  );

/** An optional list of ids, each of the `IsId` shape. */
export const OptionalIdList = () => applyDecorators(IsOptional(), IdList());

export const RequiredText = (max = MAX_STRING) =>
  applyDecorators(IsString(), IsNotEmpty(), MaxLength(max));
export const OptionalText = (max = MAX_STRING) =>
  applyDecorators(IsOptional(), IsString(), MaxLength(max));

export const RequiredTime = () => applyDecorators(IsDateTimeWithOffset());
export const OptionalTime = () => applyDecorators(IsOptional(), IsDateTimeWithOffset());

export const Count = () => applyDecorators(IsInt(), Min(0), Max(1_000_000_000));
export const OptionalCount = () => applyDecorators(IsOptional(), Count());

export const Amount = () =>
  applyDecorators(IsNumber({ allowNaN: false, allowInfinity: false }), Min(0), Max(1e15));
export const OptionalAmount = () => applyDecorators(IsOptional(), Amount());

export const Year = () => applyDecorators(IsInt(), Min(MIN_YEAR), Max(MAX_YEAR));

export const OneOf = (values: readonly string[]) =>
  applyDecorators(
    IsString(),
    IsIn(values as string[], { message: `$property must be one of: ${values.join(', ')}` }),
  );
export const OptionalOneOf = (values: readonly string[]) =>
  applyDecorators(IsOptional(), OneOf(values));

export const Flag = () => applyDecorators(IsBoolean());

export const ListOf = (type: () => new () => object, minSize = 0) =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(MAX_ARRAY),
    ...(minSize > 0 ? [ArrayMinSizeWithMessage(minSize)] : []),
    ValidateNested({ each: true }),
    Type(type),
  );

export const TextList = (minSize = 0) =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(MAX_ARRAY),
    ...(minSize > 0 ? [ArrayMinSizeWithMessage(minSize)] : []),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(MAX_STRING, { each: true }),
  );

function ArrayMinSizeWithMessage(min: number): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'arrayMinSize',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [min],
      options: { message: `${String(propertyName)} must contain at least ${min} item(s)` },
      validator: { validate: (value: unknown) => Array.isArray(value) && value.length >= min },
    });
}

export const Nested = (type: () => new () => object) =>
  applyDecorators(ValidateNested(), Type(type));

/** A time from the API, normalised to UTC. */
export const utc = (iso: string): string => new Date(iso).toISOString();
export const utcOrUndefined = (iso: string | undefined): string | undefined =>
  iso === undefined ? undefined : utc(iso);
