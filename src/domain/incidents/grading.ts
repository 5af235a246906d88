import { codeOf } from '../shared/codes';

export const INCIDENT_GRADES = [
  { code: 'general', label: '一般事故' },
  { code: 'larger', label: '较大事故' },
  { code: 'major', label: '重大事故' },
  { code: 'especially_major', label: '特别重大事故' },
] as const;

export type IncidentGrade = (typeof INCIDENT_GRADES)[number]['code'];

export interface Casualties {
  readonly deaths: number;
  readonly seriousInjuries: number;
  readonly directLossYuan: number;
}

/** 《生产安全事故报告和调查处理条例》 art. 3: any one criterion suffices, "以上" includes the bound. */
const THRESHOLDS: ReadonlyArray<Casualties & { readonly grade: IncidentGrade }> = [
  { grade: 'especially_major', deaths: 30, seriousInjuries: 100, directLossYuan: 100_000_000 },
  { grade: 'major', deaths: 10, seriousInjuries: 50, directLossYuan: 50_000_000 },
  { grade: 'larger', deaths: 3, seriousInjuries: 10, directLossYuan: 10_000_000 },
];

export function gradeIncident(casualties: Casualties): IncidentGrade {
  const met = THRESHOLDS.find(
    (t) =>
      casualties.deaths >= t.deaths ||
      casualties.seriousInjuries >= t.seriousInjuries ||
      casualties.directLossYuan >= t.directLossYuan,
  );
  return met?.grade ?? 'general';
}

const rank = (grade: IncidentGrade): number => INCIDENT_GRADES.findIndex((g) => g.code === grade);

export const gradeAtLeast = (grade: IncidentGrade, min: IncidentGrade): boolean =>
  rank(grade) >= rank(min);

export const isIncidentGrade = codeOf(INCIDENT_GRADES);
