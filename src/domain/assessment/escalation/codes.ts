/** DOMAIN "Supervision by the office": the two steps of escalation (升级问责). */
export const ESCALATION_FORMS = [
  { code: 'interview', label: '约谈' },
  { code: 'circular', label: '通报' },
] as const;

export type EscalationForm = (typeof ESCALATION_FORMS)[number]['code'];

/** Why a unit is a candidate. */
export const ESCALATION_REASONS = [
  { code: 'major_hazard_overdue', label: '重大隐患逾期超过 30 日' },
  { code: 'problem_overdue', label: '巡查督查问题逾期超过 30 日' },
  { code: 'many_overdue', label: '逾期未办结事项 3 项及以上' },
  { code: 'overdue_after_interview', label: '约谈后 30 日仍逾期未整改' },
] as const;

export type EscalationReason = (typeof ESCALATION_REASONS)[number]['code'];

/** Overdue for more than this many days makes a candidate for an interview. */
export const LONG_OVERDUE_DAYS = 30;
/** This many items overdue at once make a candidate for an interview. */
export const MANY_OVERDUE_ITEMS = 3;
/** An item overdue at an interview and still this many days after makes a candidate for a circular. */
export const DAYS_AFTER_INTERVIEW = 30;
