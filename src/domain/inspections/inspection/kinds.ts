import { codeOf } from '../../shared/codes';

export const INSPECTION_KINDS = [
  { code: 'routine', label: '日常检查' },
  { code: 'special', label: '专项整治' },
  { code: 'unannounced', label: '明查暗访/四不两直' },
  { code: 'joint', label: '联合执法' },
  { code: 'patrol', label: '巡查' },
  { code: 'self', label: '自查' },
] as const;

export type InspectionKind = (typeof INSPECTION_KINDS)[number]['code'];

export const isInspectionKind = codeOf(INSPECTION_KINDS);
