import { CONTROL_INDICATORS } from '../../../../src/domain/agreements/indicators';
import { AGREEMENT_STATUSES } from '../../../../src/domain/agreements/state';
import { TASK_METRICS } from '../../../../src/domain/agreements/tasks';
import { COMMENDATION_LEVELS, GRADES } from '../../../../src/domain/assessment/scheme';
import { ACCOUNTABILITY_FORMS } from '../../../../src/domain/enforcement/accountability/forms';
import { CANDIDATE_RULES } from '../../../../src/domain/enforcement/blacklist-candidates';
import { PENALTY_KINDS, PENALTY_PHASES } from '../../../../src/domain/enforcement/penalties/kinds';
import { INCIDENT_GRADES } from '../../../../src/domain/incidents/grading';
import { MISREPORTING_KINDS } from '../../../../src/domain/incidents/misreporting';
import { CONCLUDED_NATURES } from '../../../../src/domain/incidents/nature';
import { CORRECTABLE_FIELDS, CORRECTION_STATUSES } from '../../../../src/domain/incidents/state';
import { INVESTIGATION_STATUSES } from '../../../../src/domain/incidents/view';
import { HAZARD_LEVELS } from '../../../../src/domain/inspections/hazard/levels';
import { HAZARD_STATUSES } from '../../../../src/domain/inspections/hazard/state';
import { INSPECTION_KINDS } from '../../../../src/domain/inspections/inspection/kinds';
import { REPORT_STATUSES } from '../../../../src/domain/inspections/report/state';
import {
  LABELS,
  labelOf,
  type LabelCategory,
  type ListedLabelCategory,
} from '../../../../src/domain/shared/labels';
import { CHAIN_ROLES } from '../../../../src/domain/units/chain-roles';
import { INDUSTRIES, POSTS, UNIT_KINDS } from '../../../../src/domain/units/codes';
import {
  SIGNATORY_SIDES,
  SIGNATURE_KINDS,
  STANDINGS,
} from '../../../../src/domain/inquiries/codes';
import { ROLES } from '../../../../src/domain/users/roles';
import {
  ESCALATION_FORMS,
  ESCALATION_ITEM_KINDS,
  ESCALATION_REASONS,
} from '../../../../src/domain/assessment/escalation';
import {
  DUTY_AREAS,
  ORDER_SUBJECT_KINDS,
  PATROL_KINDS,
} from '../../../../src/domain/supervision/codes';
import { ORDER_STATUSES } from '../../../../src/domain/supervision/order/state';
import { PROBLEM_STATUSES } from '../../../../src/domain/supervision/problem/state';

const codes = (list: readonly { code: string }[]) => list.map((item) => item.code);

/** Every code list of the domain, by the category that labels it. */
const CODE_LISTS: Record<
  Exclude<ListedLabelCategory, 'itemRule' | 'resultField' | 'dossierField'>,
  readonly string[]
> = {
  unitKind: UNIT_KINDS,
  industry: INDUSTRIES,
  post: POSTS,
  role: ROLES,
  incidentGrade: codes(INCIDENT_GRADES),
  incidentNature: [...CONCLUDED_NATURES, 'pending'],
  investigationStatus: INVESTIGATION_STATUSES,
  correctionStatus: CORRECTION_STATUSES,
  correctableField: CORRECTABLE_FIELDS,
  chainRole: CHAIN_ROLES,
  misreportingKind: codes(MISREPORTING_KINDS),
  hazardLevel: codes(HAZARD_LEVELS),
  hazardStatus: HAZARD_STATUSES,
  inspectionKind: codes(INSPECTION_KINDS),
  reportStatus: REPORT_STATUSES,
  accountabilityForm: codes(ACCOUNTABILITY_FORMS),
  penaltyKind: codes(PENALTY_KINDS),
  penaltyPhase: codes(PENALTY_PHASES),
  blacklistRule: CANDIDATE_RULES,
  agreementStatus: AGREEMENT_STATUSES,
  controlIndicator: CONTROL_INDICATORS,
  taskMetric: TASK_METRICS,
  grade: GRADES,
  commendationLevel: COMMENDATION_LEVELS,
  assessmentSection: ['tasks', 'outcomes', 'bonus'],
  standing: STANDINGS,
  signatorySide: SIGNATORY_SIDES,
  signatureKind: SIGNATURE_KINDS,
  patrolKind: codes(PATROL_KINDS),
  dutyArea: codes(DUTY_AREAS),
  problemStatus: PROBLEM_STATUSES,
  orderStatus: ORDER_STATUSES,
  orderSubjectKind: ORDER_SUBJECT_KINDS,
  escalationForm: codes(ESCALATION_FORMS),
  escalationReason: codes(ESCALATION_REASONS),
  escalationItemKind: ESCALATION_ITEM_KINDS,
};

/** The rules the assessment writes on its explanation items (src/domain/assessment). */
const ITEM_RULES = [
  'task',
  'task_unscored',
  'general_incident',
  'larger_or_worse_incident',
  'control_indicator_exceeded',
  'misreporting_finding',
  'overdue_major_hazards',
  'overdue_general_hazards',
  'overdue_averted_by_marked_extension',
  'overdue_problems',
  'rectification_rate',
  'circular',
  'interview',
  'outcomes_floor',
  'commendation',
  'bonus_cap',
];

const VETO_RULES = [
  'incidents:larger:1',
  'incidents:major:2',
  'incidents:especially_major:1',
  ...CONTROL_INDICATORS.map((indicator) => `control_indicator:${indicator}`),
  ...codes(MISREPORTING_KINDS).map((kind) => `misreporting:${kind}`),
];

const ALL_CODES = [...Object.values(CODE_LISTS).flat(), ...ITEM_RULES, ...VETO_RULES];

type Labelled = readonly [LabelCategory, string, string];

const everyLabel = (): Labelled[] => [
  ...Object.entries(LABELS).flatMap(([category, labels]) =>
    Object.entries(labels).map(
      ([code, label]) =>
        [category as LabelCategory, code, label] as [LabelCategory, string, string],
    ),
  ),
  ...VETO_RULES.map((rule): Labelled => ['vetoRule', rule, labelOf('vetoRule', rule)]),
];

describe('the label catalogue', () => {
  it('labels every code of every code list, and nothing else', () => {
    for (const [category, list] of Object.entries(CODE_LISTS)) {
      const labels = LABELS[category as ListedLabelCategory];
      expect([category, Object.keys(labels).sort()]).toEqual([category, [...list].sort()]);
      for (const code of list) {
        expect([category, code, labelOf(category as LabelCategory, code)]).not.toEqual([
          category,
          code,
          code,
        ]);
      }
    }
    expect(Object.keys(LABELS.itemRule).sort()).toEqual([...ITEM_RULES].sort());
  });

  it('labels the compound veto rules from the labels of their parts', () => {
    expect(labelOf('vetoRule', 'control_indicator:maxDeaths')).toBe('控制指标超标：死亡人数');
    expect(labelOf('vetoRule', 'incidents:larger:1')).toBe('发生较大事故及以上');
    expect(labelOf('vetoRule', 'incidents:larger:3')).toBe('发生较大事故及以上 3 起及以上');
    expect(labelOf('vetoRule', 'misreporting:concealed')).toBe('瞒报');
  });

  it('shows an unknown code as itself and never throws', () => {
    expect(labelOf('grade', 'excellent')).toBe('优秀');
    expect(labelOf('grade', 'splendid')).toBe('splendid');
    expect(labelOf('grade', 'constructor')).toBe('constructor');
    expect(labelOf('vetoRule', 'control_indicator:maxSpeed')).toBe('control_indicator:maxSpeed');
    expect(labelOf('vetoRule', 'incidents:larger:0')).toBe('incidents:larger:0');
    expect(labelOf('vetoRule', 'incidents:larger')).toBe('incidents:larger');
    expect(labelOf('vetoRule', '')).toBe('');
    expect(labelOf('nonsense' as LabelCategory, 'x')).toBe('x');
  });

  it('writes no code into a label', () => {
    for (const [category, code, label] of everyLabel()) {
      expect(label).not.toBe('');
      const leaked = ALL_CODES.filter((c) => label.includes(c));
      expect([category, code, leaked]).toEqual([category, code, []]);
      expect([category, code, /[a-z_]/.test(label)]).toEqual([category, code, false]);
    }
  });

  it('gives the assessment grades and sections their Chinese names', () => {
    expect(GRADES.map((g) => labelOf('grade', g))).toEqual(['优秀', '良好', '合格', '不合格']);
    expect(['tasks', 'outcomes', 'bonus'].map((s) => labelOf('assessmentSection', s))).toEqual([
      '工作任务',
      '工作成效',
      '加分',
    ]);
  });
});
