import { codeOf } from '../../shared/codes';

export const PENALTY_KINDS = [
  { code: 'fine', label: '罚款' },
  { code: 'suspension', label: '责令停产停业整顿' },
  { code: 'closure', label: '关闭取缔' },
  { code: 'license_revocation', label: '吊销许可证' },
  { code: 'warning', label: '警告' },
] as const;

export type PenaltyKind = (typeof PENALTY_KINDS)[number]['code'];

export const PENALTY_PHASES = [
  { code: 'pre_incident', label: '事前' },
  { code: 'post_incident', label: '事故后' },
] as const;

export type PenaltyPhase = (typeof PENALTY_PHASES)[number]['code'];

export const isPenaltyKind = codeOf(PENALTY_KINDS);

export const isPenaltyPhase = codeOf(PENALTY_PHASES);
