import type { SignatoryInput, SigningParties } from './signatories';
import type { TaskInput } from './tasks';

export type ControlIndicatorsInput = Readonly<Record<string, number | undefined>>;

/**
 * `issuerUnit` and `responsibleUnit` are the units' states, loaded by the handler;
 * `taskSectionPoints` is the task section of the scheme in force for `year`.
 */
export interface SignAgreement extends SigningParties {
  readonly type: 'SignAgreement';
  readonly id: string;
  readonly year: number;
  readonly issuerUnitId: string;
  readonly responsibleUnitId: string;
  readonly signedAt: string;
  readonly signatories: readonly SignatoryInput[];
  readonly controlIndicators?: ControlIndicatorsInput;
  readonly tasks: readonly TaskInput[];
  readonly taskSectionPoints: number;
  readonly now: string;
}

export interface AmendAgreement extends SigningParties {
  readonly type: 'AmendAgreement';
  readonly reason: string;
  /** The handler passes `now` unless the request names the time. */
  readonly amendedAt: string;
  readonly controlIndicators?: ControlIndicatorsInput;
  readonly tasks?: readonly TaskInput[];
  readonly signatories?: readonly SignatoryInput[];
  readonly taskSectionPoints: number;
  readonly now: string;
}

export interface TerminateAgreement {
  readonly type: 'TerminateAgreement';
  readonly reason: string;
  readonly terminatedAt: string;
  readonly now: string;
}

export type AgreementCommand = SignAgreement | AmendAgreement | TerminateAgreement;
