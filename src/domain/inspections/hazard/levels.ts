import { codeOf } from '../../shared/codes';

export const HAZARD_LEVELS = [
  { code: 'general', label: '一般隐患' },
  { code: 'major', label: '重大隐患' },
] as const;

export type HazardLevel = (typeof HAZARD_LEVELS)[number]['code'];

export const isHazardLevel = codeOf(HAZARD_LEVELS);
