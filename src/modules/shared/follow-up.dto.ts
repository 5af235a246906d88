import { Flag, OptionalText, OptionalTime, RequiredText, RequiredTime } from './validators';

/** A new deadline for a hazard's or a problem's rectification. */
export class DeadlineExtensionDto {
  @RequiredTime() deadline!: string;
  @RequiredText() reason!: string;
  /**
   * When the extension was granted; defaults to the time of the request. After the deadline being
   * extended: 422 `deadline_passed`; more than a day before the request: recorded `backdated`.
   */
  @OptionalTime() extendedAt?: string;
}

/** The check of a hazard's or a problem's rectification: passed or sent back. */
export class RectificationVerificationDto {
  @Flag() passed!: boolean;
  @RequiredTime() verifiedAt!: string;
  @RequiredText() verifier!: string;
  @OptionalText() note?: string;
}
