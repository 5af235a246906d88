import { labelOf } from '../../shared/labels';
import type { AccountabilityAction } from './decider';

/** `GET /accountability-actions/:id` and each item of `GET /accountability-actions` (问责). */
export type AccountabilityActionView = AccountabilityAction & {
  /** 问责形式, in Chinese (通报 / 约谈 / …). */
  formLabel: string;
};

export const toAccountabilityActionView = (
  action: AccountabilityAction,
): AccountabilityActionView => ({
  ...action,
  formLabel: labelOf('accountabilityForm', action.form),
});
