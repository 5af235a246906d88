import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '../../domain/shared/errors';
import { badRequest } from './problem';

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^(property \S+ )/, ''),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * Path and query values reach their own pipes as sent: Nest would otherwise turn `+2025`,
 * `2025.0` or `0x7e9` into 2025 before the YearPipe could refuse it.
 */
class ExactValidationPipe extends ValidationPipe {
  protected override transformPrimitive(value: unknown, _metadata: ArgumentMetadata): unknown {
    return value;
  }
}

/** Whitelist, refuse unknown fields, exact types, and a problem listing each bad field. */
export function createValidationPipe(): ValidationPipe {
  return new ExactValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      badRequest('The request is invalid.', flattenValidationErrors(errors)),
  });
}
