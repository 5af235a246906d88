import { applyDecorators } from '@nestjs/common';
import { IsOptional, ValidateBy } from 'class-validator';
import { MAX_YEAR, MIN_YEAR } from '../../domain/shared/guards';

/** The validator's name, which the OpenAPI document maps to `type: integer` with its bounds. */
export const IS_INTEGER_TEXT = 'isIntegerText';

/**
 * A query parameter that is a whole number from `min` to `max`: query strings are text, so it
 * stays a string for the handler, and the document says `integer`.
 */
export function IntegerQuery(
  { min, max, optional = true }: { min: number; max: number; optional?: boolean },
  message: string,
): PropertyDecorator {
  const integer = ValidateBy({
    name: IS_INTEGER_TEXT,
    constraints: [min, max],
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' &&
        /^\d{1,16}$/.test(value) &&
        Number(value) >= min &&
        Number(value) <= max,
      defaultMessage: () => message,
    },
  });
  return optional ? applyDecorators(IsOptional(), integer) : integer;
}

/** `?year=`: a year from 2000 to 2100. */
export const YearQuery = (optional = true) =>
  IntegerQuery(
    { min: MIN_YEAR, max: MAX_YEAR, optional },
    `year must be a year from ${MIN_YEAR} to ${MAX_YEAR}`,
  );
