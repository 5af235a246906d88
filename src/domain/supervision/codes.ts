import { codeOf, memberOf } from '../shared/codes';

/** 巡查 or 督查: a patrol of the committee, or a supervision visit. */
export const PATROL_KINDS = [
  { code: 'patrol', label: '安全生产巡查' },
  { code: 'supervision', label: '安全生产督查' },
] as const;

export type PatrolKind = (typeof PATROL_KINDS)[number]['code'];

export const isPatrolKind = codeOf(PATROL_KINDS);

/** The duty a problem is about: how a government or department performs it. */
export const DUTY_AREAS = [
  { code: 'leadership', label: '领导责任' },
  { code: 'hazard_management', label: '隐患治理' },
  { code: 'enforcement', label: '执法' },
  { code: 'emergency', label: '应急' },
  { code: 'training', label: '宣传培训' },
  { code: 'other', label: '其他' },
] as const;

export type DutyArea = (typeof DUTY_AREAS)[number]['code'];

export const isDutyArea = codeOf(DUTY_AREAS);

/** What a supervision order (督办函) is about: a record that exists. */
export const ORDER_SUBJECT_KINDS = ['hazard', 'problem', 'incident'] as const;

export type OrderSubjectKind = (typeof ORDER_SUBJECT_KINDS)[number];

export const isOrderSubjectKind = memberOf(ORDER_SUBJECT_KINDS);
