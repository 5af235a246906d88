import { codeOf } from '../../shared/codes';

export const ACCOUNTABILITY_FORMS = [
  { code: 'interview', label: '约谈' },
  { code: 'circular', label: '通报批评' },
  { code: 'admonition', label: '诫勉' },
  { code: 'suspension_review', label: '停职检查' },
  { code: 'post_adjustment', label: '调整职务' },
  { code: 'ordered_resignation', label: '责令辞职' },
  { code: 'demotion', label: '降职' },
  { code: 'dismissal', label: '免职' },
  { code: 'sanction', label: '党纪政务处分' },
  { code: 'judicial_referral', label: '移送司法' },
] as const;

export type AccountabilityForm = (typeof ACCOUNTABILITY_FORMS)[number]['code'];

export const isAccountabilityForm = codeOf(ACCOUNTABILITY_FORMS);
