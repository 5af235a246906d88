import { codeOf } from '../shared/codes';

export const MISREPORTING_KINDS = [
  { code: 'late', label: '迟报' },
  { code: 'omitted', label: '漏报' },
  { code: 'false', label: '谎报' },
  { code: 'concealed', label: '瞒报' },
] as const;

export type MisreportingKind = (typeof MISREPORTING_KINDS)[number]['code'];

export const isMisreportingKind = codeOf(MISREPORTING_KINDS);
