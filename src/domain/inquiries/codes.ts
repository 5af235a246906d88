/**
 * Codes of a person's dossier (纪检监察: 个人履职档案) and their Chinese labels; the label
 * catalogue (shared/labels.ts) reads them from here.
 */

/**
 * How a person stood in an incident's responsibility chain: as head (党政主要负责人: party
 * secretary or principal), deputy in charge, safety director, holder of a portfolio covering the
 * incident's industry, or found liable by the investigation.
 */
export const STANDINGS = [
  'head',
  'deputy_in_charge',
  'safety_director',
  'portfolio',
  'liable',
] as const;
export type Standing = (typeof STANDINGS)[number];

export const STANDING_LABELS: Readonly<Record<Standing, string>> = {
  head: '党政主要负责人',
  deputy_in_charge: '分管安全负责人',
  safety_director: '安全总监',
  portfolio: '分管领域负责人',
  liable: '调查认定责任人',
};

/** The side of an agreement a signatory signed for. */
export const SIGNATORY_SIDES = ['responsible', 'issuer'] as const;
export type SignatorySide = (typeof SIGNATORY_SIDES)[number];

export const SIGNATORY_SIDE_LABELS: Readonly<Record<SignatorySide, string>> = {
  responsible: '责任单位',
  issuer: '下达单位',
};

/** Whether the person signed when the agreement was signed or was named by an amendment. */
export const SIGNATURE_KINDS = ['signing', 'amendment'] as const;
export type SignatureKind = (typeof SIGNATURE_KINDS)[number];

export const SIGNATURE_KIND_LABELS: Readonly<Record<SignatureKind, string>> = {
  signing: '签订',
  amendment: '变更签署',
};

/** The headers of the dossier's tables for people (workbook, CLI), by field. */
export const DOSSIER_FIELD_LABELS = {
  personId: '人员编码',
  personName: '姓名',
  unitName: '单位',
  unitId: '单位编码',
  unitKind: '单位类型',
  post: '职务',
  portfolio: '分管领域',
  from: '起始时间',
  to: '终止时间',
  agreementId: '责任书编号',
  year: '年度',
  side: '签署方',
  signature: '签署方式',
  signedAt: '签署时间',
  status: '状态',
  incidentId: '事故编号',
  place: '事故发生单位',
  industry: '行业领域',
  occurredAt: '发生时间',
  grade: '事故等级',
  nature: '事故性质',
  deaths: '死亡人数',
  seriousInjuries: '重伤人数',
  directLossYuan: '直接经济损失（元）',
  standing: '责任身份',
  findings: '迟报漏报谎报瞒报认定',
  findingKind: '认定类型',
  establishedAt: '认定时间',
  responsibleUnits: '责任单位',
  liableRole: '责任人身份',
  liableFinding: '认定意见',
  concludedAt: '结案时间',
  form: '问责形式',
  targetUnit: '对象单位',
  decidingUnit: '决定单位',
  decidedAt: '决定时间',
  reason: '事由',
  assessmentYear: '考核年度',
  barredYear: '取消年度',
  vetoedUnit: '被否决单位',
  personUnit: '所在单位',
  provisional: '暂定',
  section: '板块',
  itemRule: '类别',
  item: '项目',
  points: '分值',
  hazardId: '隐患编号',
  hazardUnit: '隐患所在单位',
  heldUnit: '任职单位',
  description: '隐患描述',
  identifiedAt: '排查时间',
  deadline: '整改期限',
  overdueSince: '逾期起始',
  overdueUntil: '逾期终止',
  events: '依据事件',
} as const;
