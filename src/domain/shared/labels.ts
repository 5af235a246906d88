import { CONTROL_INDICATOR_LABELS } from '../agreements/indicators';
import type { AgreementStatus } from '../agreements/state';
import { TASK_METRIC_LABELS } from '../agreements/tasks';
import type { AssessmentSection } from '../assessment/result';
import { COMMENDATION_LEVEL_LABELS, GRADE_LABELS } from '../assessment/scheme';
import { ESCALATION_FORMS, ESCALATION_REASONS } from '../assessment/escalation/codes';
import type { EscalationItemKind } from '../assessment/escalation/overdue-items';
import { ACCOUNTABILITY_FORMS } from '../enforcement/accountability/forms';
import type { CandidateRule } from '../enforcement/blacklist-candidates';
import type { ChainRole } from '../units/chain-roles';
import { PENALTY_KINDS, PENALTY_PHASES } from '../enforcement/penalties/kinds';
import { INCIDENT_GRADES } from '../incidents/grading';
import {
  DOSSIER_FIELD_LABELS,
  SIGNATORY_SIDE_LABELS,
  SIGNATURE_KIND_LABELS,
  STANDING_LABELS,
} from '../inquiries/codes';
import { MISREPORTING_KINDS } from '../incidents/misreporting';
import type { IncidentNature } from '../incidents/nature';
import type { CorrectableField, CorrectionStatus } from '../incidents/state';
import type { InvestigationStatus } from '../incidents/view';
import { HAZARD_LEVELS } from '../inspections/hazard/levels';
import type { HazardStatus } from '../inspections/hazard/state';
import { INSPECTION_KINDS } from '../inspections/inspection/kinds';
import type { ReportStatus } from '../inspections/report/state';
import { DUTY_AREAS, PATROL_KINDS, type OrderSubjectKind } from '../supervision/codes';
import type { OrderStatus } from '../supervision/order/state';
import type { ProblemStatus } from '../supervision/problem/state';
import { INDUSTRY_LABELS, POST_LABELS, UNIT_KIND_LABELS } from '../units/codes';
import { ROLE_LABELS } from '../users/roles';

type Labels<T extends string> = Readonly<Record<T, string>>;

const byCode = <T extends string>(list: readonly { readonly code: T; readonly label: string }[]) =>
  Object.fromEntries(list.map(({ code, label }) => [code, label])) as Labels<T>;

const ASSESSMENT_SECTION_LABELS: Labels<AssessmentSection> = {
  tasks: '工作任务',
  outcomes: '工作成效',
  bonus: '加分',
};

const INCIDENT_NATURE_LABELS: Labels<IncidentNature> = {
  liability: '责任事故',
  non_liability: '非责任事故',
  natural_disaster: '自然灾害',
  pending: '性质待认定',
};

const AGREEMENT_STATUS_LABELS: Labels<AgreementStatus> = { active: '有效', terminated: '已终止' };

/** 事故调查 (`IncidentView.investigation.status`). */
const INVESTIGATION_STATUS_LABELS: Labels<InvestigationStatus> = {
  open: '调查中',
  concluded: '已结案',
};

/** 事故信息更正 (四眼原则): a correction's status. */
const CORRECTION_STATUS_LABELS: Labels<CorrectionStatus> = {
  pending: '待审核',
  applied: '已更正',
  rejected: '已驳回',
};

/** The incident fields a correction may change. */
const CORRECTABLE_FIELD_LABELS: Labels<CorrectableField> = {
  description: '事故简要经过',
  unitId: '事发单位',
  industry: '所属行业',
  occurredAt: '发生时间',
  reportedAt: '报告时间',
  headInformedAt: '负责人获知时间',
  deaths: '死亡人数',
  seriousInjuries: '重伤人数',
  directLossYuan: '直接经济损失（元）',
};

/** Why a unit stands in a responsibility chain (责任链). */
const CHAIN_ROLE_LABELS: Labels<ChainRole> = {
  enterprise: '主体责任',
  territorial: '属地管理责任',
  regulating_department: '行业监管责任',
  portfolio: '分管领导责任',
};

const REPORT_STATUS_LABELS: Labels<ReportStatus> = {
  received: '已受理',
  verified: '已核查',
  closed: '已办结',
};

const HAZARD_STATUS_LABELS: Labels<HazardStatus> = {
  identified: '待整改',
  rectified: '已整改待验收',
  verified: '已验收',
};

/** 巡查、督查发现问题 (problems raised by a patrol). */
const PROBLEM_STATUS_LABELS: Labels<ProblemStatus> = {
  open: '待整改',
  rectified: '已整改待验收',
  verified: '已验收销号',
};

/** 督办函. */
const ORDER_STATUS_LABELS: Labels<OrderStatus> = {
  issued: '已督办待回复',
  replied: '已回复待办结',
  closed: '已办结',
};

const ORDER_SUBJECT_KIND_LABELS: Labels<OrderSubjectKind> = {
  hazard: '隐患',
  problem: '巡查督查问题',
  incident: '生产安全事故',
};

/** What an escalation candidate is overdue with: the order's subjects, and orders themselves. */
const ESCALATION_ITEM_KIND_LABELS: Labels<EscalationItemKind> = {
  hazard: ORDER_SUBJECT_KIND_LABELS.hazard,
  problem: ORDER_SUBJECT_KIND_LABELS.problem,
  order: '督办函',
};

/** 严重失信主体名单 candidates: why an enterprise is proposed for the list. */
const BLACKLIST_RULE_LABELS: Labels<CandidateRule> = {
  major_incident: '发生重大及以上生产安全事故',
  two_larger_within_12_months: '十二个月内发生两起及以上较大事故',
  false_or_concealed_report: '谎报、瞒报生产安全事故',
};

const INCIDENT_GRADE_LABELS = byCode(INCIDENT_GRADES);
const MISREPORTING_KIND_LABELS = byCode(MISREPORTING_KINDS);
const ACCOUNTABILITY_FORM_LABELS = byCode(ACCOUNTABILITY_FORMS);

/** The `rule` of an assessment explanation item (GET /assessments/:year/units/:unitId `items`). */
const ITEM_RULE_LABELS: Labels<string> = {
  task: '工作任务评分',
  task_unscored: '工作任务未评分',
  general_incident: INCIDENT_GRADE_LABELS.general,
  larger_or_worse_incident: '较大及以上事故',
  control_indicator_exceeded: '控制指标超标',
  misreporting_finding: '迟报、漏报、谎报、瞒报认定',
  overdue_major_hazards: '逾期未整改重大隐患',
  overdue_general_hazards: '逾期未整改一般隐患',
  overdue_averted_by_marked_extension: '延期待复核',
  overdue_problems: '逾期未整改巡查督查问题',
  rectification_rate: TASK_METRIC_LABELS.hazard_rectification_rate,
  circular: ACCOUNTABILITY_FORM_LABELS.circular,
  interview: ACCOUNTABILITY_FORM_LABELS.interview,
  outcomes_floor: '扣分以本部分分值为限',
  commendation: '表彰加分',
  bonus_cap: '加分封顶',
};

/** The headers of the assessment's tables for people (workbook, CLI, documents), by result field. */
const RESULT_FIELD_LABELS = {
  unitKind: '单位类型',
  rank: '排名',
  unitName: '单位',
  unitId: '单位编码',
  score: '得分',
  grade: '等次',
  vetoed: '一票否决',
  yellowCard: '黄牌警告',
  section: '板块',
  itemRule: '类别',
  item: '项目',
  points: '分值',
  vetoRule: '否决情形',
  vetoReason: '否决事由',
  personName: '姓名',
  personId: '人员编码',
  personUnit: '所在单位',
  post: '职务',
  vetoedUnit: '被否决单位',
  barredYear: '取消年度',
  reason: '事由',
  provisional: '暂定',
  events: '依据事件',
  year: '年度',
  identified: '排查隐患',
  rectified: '已整改',
  rectificationRate: '整改率(%)',
  overdueMajor: '逾期重大隐患',
  overdueGeneral: '逾期一般隐患',
  previousScore: '上季度得分',
  change: '较上季度变化',
  referenceDate: '考评截止时间',
} as const;

/** Every code list's Chinese labels, by category; the one place people-facing output reads. */
export const LABELS = {
  unitKind: UNIT_KIND_LABELS,
  industry: INDUSTRY_LABELS,
  post: POST_LABELS,
  role: ROLE_LABELS,
  incidentGrade: INCIDENT_GRADE_LABELS,
  incidentNature: INCIDENT_NATURE_LABELS,
  investigationStatus: INVESTIGATION_STATUS_LABELS,
  correctionStatus: CORRECTION_STATUS_LABELS,
  correctableField: CORRECTABLE_FIELD_LABELS,
  chainRole: CHAIN_ROLE_LABELS,
  misreportingKind: MISREPORTING_KIND_LABELS,
  hazardLevel: byCode(HAZARD_LEVELS),
  hazardStatus: HAZARD_STATUS_LABELS,
  inspectionKind: byCode(INSPECTION_KINDS),
  reportStatus: REPORT_STATUS_LABELS,
  accountabilityForm: ACCOUNTABILITY_FORM_LABELS,
  penaltyKind: byCode(PENALTY_KINDS),
  penaltyPhase: byCode(PENALTY_PHASES),
  blacklistRule: BLACKLIST_RULE_LABELS,
  patrolKind: byCode(PATROL_KINDS),
  dutyArea: byCode(DUTY_AREAS),
  problemStatus: PROBLEM_STATUS_LABELS,
  orderStatus: ORDER_STATUS_LABELS,
  orderSubjectKind: ORDER_SUBJECT_KIND_LABELS,
  escalationForm: byCode(ESCALATION_FORMS),
  escalationReason: byCode(ESCALATION_REASONS),
  escalationItemKind: ESCALATION_ITEM_KIND_LABELS,
  agreementStatus: AGREEMENT_STATUS_LABELS,
  controlIndicator: CONTROL_INDICATOR_LABELS,
  taskMetric: TASK_METRIC_LABELS,
  grade: GRADE_LABELS,
  commendationLevel: COMMENDATION_LEVEL_LABELS,
  assessmentSection: ASSESSMENT_SECTION_LABELS,
  itemRule: ITEM_RULE_LABELS,
  resultField: RESULT_FIELD_LABELS,
  standing: STANDING_LABELS,
  signatorySide: SIGNATORY_SIDE_LABELS,
  signatureKind: SIGNATURE_KIND_LABELS,
  dossierField: DOSSIER_FIELD_LABELS,
} as const;

export type ListedLabelCategory = keyof typeof LABELS;

const lookup = (category: ListedLabelCategory, code: string): string | undefined => {
  const labels: Readonly<Record<string, string>> = LABELS[category];
  return Object.hasOwn(labels, code) ? labels[code] : undefined;
};

/**
 * 一票否决 rules (`VetoReason.rule`): `incidents:<minGrade>:<count>`,
 * `control_indicator:<indicator>`, `misreporting:<kind>`.
 */
function vetoRuleLabel(rule: string): string | undefined {
  const [family, ...parts] = rule.split(':');
  if (family === 'incidents' && parts.length === 2) {
    const grade = lookup('incidentGrade', parts[0]);
    const count = Number(parts[1]);
    if (grade === undefined || !Number.isInteger(count) || count < 1) return undefined;
    return count === 1 ? `发生${grade}及以上` : `发生${grade}及以上 ${count} 起及以上`;
  }
  if (family === 'control_indicator' && parts.length === 1) {
    const indicator = lookup('controlIndicator', parts[0]);
    return indicator && `${ITEM_RULE_LABELS.control_indicator_exceeded}：${indicator}`;
  }
  if (family === 'misreporting' && parts.length === 1) return lookup('misreportingKind', parts[0]);
  return undefined;
}

/** Categories whose codes are built from other codes, labelled by a function. */
const COMPOUND = { vetoRule: vetoRuleLabel } as const;

export type LabelCategory = ListedLabelCategory | keyof typeof COMPOUND;

const isCompound = (category: LabelCategory): category is keyof typeof COMPOUND =>
  Object.hasOwn(COMPOUND, category);

/** The Chinese labels of codes, in their order (`<field>Labels` beside an array of codes). */
export const labelsOf = (category: LabelCategory, codes: readonly string[]): string[] =>
  codes.map((code) => labelOf(category, code));

/** The label of a code that may be absent: `null` for `null` or `undefined`. */
export const labelOrNull = (category: LabelCategory, code: string | null | undefined) =>
  code === null || code === undefined ? null : labelOf(category, code);

/** The Chinese label of a code; an unknown code (or category) is shown as itself. */
export function labelOf(category: LabelCategory, code: string): string {
  const label = isCompound(category)
    ? COMPOUND[category](code)
    : Object.hasOwn(LABELS, category)
      ? lookup(category, code)
      : undefined;
  return label ?? code;
}
