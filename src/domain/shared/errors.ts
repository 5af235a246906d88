/**
 * Refusals of the domain. `rule` maps to 422 (a business rule refuses the command),
 * `state` maps to 409 (the aggregate is not in a state that allows it, e.g. already exists),
 * `not_found` maps to 404, `forbidden` to 403 (a rule about who may act, e.g. four eyes).
 */
export type DomainErrorKind = 'rule' | 'state' | 'not_found' | 'forbidden';

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const ruleViolation = (code: string, message: string, field?: string): DomainError =>
  new DomainError('rule', code, message, field ? [{ field, message }] : []);

export const stateConflict = (code: string, message: string): DomainError =>
  new DomainError('state', code, message);

export const notFound = (code: string, message: string): DomainError =>
  new DomainError('not_found', code, message);

export const forbiddenAction = (code: string, message: string): DomainError =>
  new DomainError('forbidden', code, message);
