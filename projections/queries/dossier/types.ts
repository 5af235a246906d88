import type { SignatorySide, SignatureKind, Standing } from '../../../src/domain/inquiries/codes';
import type { EventRef } from '../../projection';

export type { Standing } from '../../../src/domain/inquiries/codes';

/**
 * A person's dossier (纪检监察: 个人档案) and its lines. Every line names the events it rests on
 * (`events`) and the unit it belongs to, by which a scoped reader's view is cut (scope.ts).
 */

/** `from` ≤ business time < `to`; either bound open when absent. UTC ISO. */
export interface DossierWindow {
  from?: string;
  to?: string;
}

/** A post held (任职): unit, post, portfolio (分管领域), from, to. */
export interface DossierPost {
  /** The name the appointment recorded. */
  personName: string;
  unitId: string;
  unitName: string;
  unitKind: string;
  /** 单位类型, in Chinese. */
  unitKindLabel: string;
  post: string;
  /** 职务, in Chinese. */
  postLabel: string;
  portfolioIndustries: string[];
  portfolioIndustriesLabels: string[];
  from: string;
  to: string | null;
  /** The appointment, and its end when it ended. */
  events: EventRef[];
}

/** An agreement the person signed, for the responsible or the issuer side, at signing or by amendment. */
export interface DossierAgreement {
  agreementId: string;
  year: number;
  issuerUnitId: string | null;
  responsibleUnitId: string;
  side: SignatorySide;
  /** 责任单位 / 下达单位. */
  sideLabel: string;
  /** The name the agreement recorded. */
  personName: string;
  /** The unit whose post the person signed in. */
  unitId: string;
  unitName: string;
  post: string;
  postLabel: string;
  by: SignatureKind;
  /** 签订 / 变更签署. */
  byLabel: string;
  at: string;
  /** `active` or `terminated`; null when the agreement was not found. */
  status: string | null;
  statusLabel: string | null;
  events: EventRef[];
}

export interface DossierStanding {
  as: Standing;
  /** 党政主要负责人 / 分管安全负责人 / 安全总监 / 分管领域负责人 / 调查认定责任人. */
  asLabel: string;
  unitId: string;
  unitName: string;
  /** The post held then; null for a person found liable without a post in the unit. */
  post: string | null;
  postLabel: string | null;
  /** For `liable`: the role and finding the conclusion names. */
  role?: string;
  finding?: string;
  events: EventRef[];
}

export interface DossierCostItem {
  section: string;
  sectionLabel: string;
  rule: string;
  /** The rule's kind in Chinese (`label` describes this line). */
  ruleLabel: string;
  label: string;
  points: number;
  provisional: boolean;
  events: EventRef[];
}

export interface DossierCostVeto {
  rule: string;
  ruleLabel: string;
  label: string;
  provisional: boolean;
  events: EventRef[];
}

/**
 * What an incident cost a unit where the person stood, in one assessment year: the assessment's
 * items and vetoes that rest on the incident's events (its own deductions, its findings, the
 * control indicators it counts in).
 */
export interface DossierCost {
  unitId: string;
  unitName: string;
  year: number;
  /** False when the unit had no agreement that year: nothing was assessed. */
  assessed: boolean;
  points: number;
  items: DossierCostItem[];
  vetoes: DossierCostVeto[];
  events: EventRef[];
}

export interface DossierIncidentFinding {
  kind: string;
  /** 迟报 / 漏报 / 谎报 / 瞒报. */
  kindLabel: string;
  establishedAt: string;
  automatic: boolean;
  responsibleUnitIds: string[];
  responsiblePersonIds: string[];
  events: EventRef[];
}

export interface DossierIncident {
  incidentId: string;
  /** The place (an enterprise or unit). */
  unitId: string;
  unitName: string;
  industry: string;
  industryLabel: string;
  occurredAt: string;
  grade: string;
  gradeLabel: string;
  nature: string;
  natureLabel: string;
  deaths: number;
  seriousInjuries: number;
  directLossYuan: number;
  standings: DossierStanding[];
  findings: DossierIncidentFinding[];
  costs: DossierCost[];
  /** The report, casualty revisions, corrections, the investigation's opening and conclusion. */
  events: EventRef[];
}

/** A misreporting finding (迟报/漏报/谎报/瞒报) naming the person among the responsible. */
export interface DossierMisreporting {
  incidentId: string;
  /** The incident's place. */
  unitId: string;
  kind: string;
  kindLabel: string;
  establishedAt: string;
  responsibleUnitIds: string[];
  events: EventRef[];
}

/** An investigation conclusion finding the person liable. */
export interface DossierLiability {
  incidentId: string;
  /** The unit the conclusion names with the person, else the incident's place. */
  unitId: string;
  role: string;
  finding: string;
  concludedAt: string;
  nature: string;
  natureLabel: string;
  events: EventRef[];
}

/** An accountability action (问责) against the person. */
export interface DossierAction {
  actionId: string;
  form: string;
  /** 约谈 / 通报批评 / 诫勉 / …. */
  formLabel: string;
  targetUnitId: string;
  decidingUnitId: string;
  decidedAt: string;
  reason: string;
  incidentId: string | null;
  events: EventRef[];
}

/** A promotion bar (取消晋级、提拔资格) of the person, as the year's assessment gives it. */
export interface DossierBar {
  year: number;
  barredYear: number;
  /** The vetoed unit. */
  unitId: string;
  post: string | null;
  postLabel: string | null;
  personUnitId: string | null;
  reason: string;
  provisional: boolean;
  events: EventRef[];
}

/** A major hazard (重大隐患) overdue in a unit while the person held a principal post there. */
export interface DossierOverdueHazard {
  hazardId: string;
  /** The hazard's own unit (an enterprise, or the unit itself). */
  unitId: string;
  /** The unit where the person held the post. */
  heldUnitId: string;
  post: string;
  postLabel: string;
  description: string;
  identifiedAt: string;
  /** The deadline in force when it passed. */
  deadline: string;
  /** When it became overdue, and when that ended (rectification verified); null: still overdue. */
  overdueSince: string;
  overdueUntil: string | null;
  events: EventRef[];
}

export interface Dossier {
  personId: string;
  /** The names the person was recorded under (in the lines shown). */
  names: string[];
  from: string | null;
  to: string | null;
  /** When it was read: now, or the `asOf` time. */
  readingTime: string;
  posts: DossierPost[];
  agreements: DossierAgreement[];
  incidents: DossierIncident[];
  misreportingFindings: DossierMisreporting[];
  liableFindings: DossierLiability[];
  accountabilityActions: DossierAction[];
  promotionBars: DossierBar[];
  overdueMajorHazards: DossierOverdueHazard[];
}
