import { GRADE_LABELS } from '../../src/domain/assessment/scheme';
import { INCIDENT_GRADES } from '../../src/domain/incidents/grading';
import { INDUSTRY_LABELS, POST_LABELS, UNIT_KIND_LABELS } from '../../src/domain/units/codes';

// The service's own catalogues, bundled: codes read the same here as in its documents.

const lookup = (labels: Readonly<Record<string, string>>, code: string | null | undefined) =>
  code === null || code === undefined ? '—' : (labels[code] ?? code);

export const kindLabel = (kind: string): string => lookup(UNIT_KIND_LABELS, kind);
export const gradeLabel = (grade: string): string => lookup(GRADE_LABELS, grade);
export const postLabel = (post: string | null | undefined): string => lookup(POST_LABELS, post);
export const industryLabel = (industry: string | null | undefined): string =>
  lookup(INDUSTRY_LABELS, industry);
export const industriesLabel = (industries: readonly string[]): string =>
  industries.map(industryLabel).join('、');

const INCIDENT_GRADE_LABELS = Object.fromEntries(INCIDENT_GRADES.map((g) => [g.code, g.label]));
export const incidentGradeLabel = (grade: string): string => lookup(INCIDENT_GRADE_LABELS, grade);

/** Why a unit stands in a responsibility chain (责任链). */
const CHAIN_ROLE_LABELS: Record<string, string> = {
  enterprise: '主体责任',
  territorial: '属地管理责任',
  regulating_department: '行业监管责任',
  portfolio: '分管领导责任',
};
export const chainRoleLabel = (role: string): string => lookup(CHAIN_ROLE_LABELS, role);

const SECTION_LABELS: Record<string, string> = {
  tasks: '工作任务',
  outcomes: '工作成效',
  bonus: '加分',
};
export const sectionLabel = (section: string): string => lookup(SECTION_LABELS, section);

const HAZARD_STATUS_LABELS: Record<string, string> = {
  identified: '待整改',
  rectified: '已整改待验收',
  verified: '已验收',
};
export const hazardStatusLabel = (status: string): string => lookup(HAZARD_STATUS_LABELS, status);
const HAZARD_LEVEL_LABELS: Record<string, string> = { general: '一般隐患', major: '重大隐患' };
export const hazardLevelLabel = (level: string): string => lookup(HAZARD_LEVEL_LABELS, level);

const NATURE_LABELS: Record<string, string> = {
  liability: '责任事故',
  non_liability: '非责任事故',
  natural_disaster: '自然灾害',
  pending: '性质待认定',
};
export const natureLabel = (nature: string): string => lookup(NATURE_LABELS, nature);

/** The order of unit kinds in the league table's tabs. */
export const KIND_ORDER: readonly string[] = [
  'town',
  'department',
  'enterprise',
  'park',
  'village',
  'district',
  'city',
];
