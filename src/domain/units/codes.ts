import { memberOf } from '../shared/codes';

export const UNIT_KINDS = [
  'city',
  'district',
  'town',
  'village',
  'department',
  'enterprise',
  'park',
] as const;

export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  city: '市',
  district: '区县',
  town: '乡镇/街道',
  village: '村/社区',
  department: '行业主管部门',
  enterprise: '企业',
  park: '工业园区',
};

/**
 * 工矿商贸: the industries counted by the control indicator `industrialDeathsPer100k`. Following
 * the national statistics of 工矿商贸就业人员十万人生产安全事故死亡率: mines (coal and non-coal),
 * chemicals and hazardous chemicals, fireworks, construction and other industry and trade.
 * Traffic (road, water, railway, aviation), agricultural machinery, fishing vessels, fire and
 * `other` are not.
 */
export const INDUSTRIAL_AND_TRADE_INDUSTRIES = [
  'coal_mine',
  'non_coal_mine',
  'hazardous_chemicals',
  'fireworks',
  'construction',
  'industry_trade',
] as const;

export const INDUSTRIES = [
  ...INDUSTRIAL_AND_TRADE_INDUSTRIES,
  'road_traffic',
  'water_traffic',
  'railway',
  'aviation',
  'agri_machinery',
  'fishing_vessel',
  'fire',
  'other',
] as const;

export type Industry = (typeof INDUSTRIES)[number];

export const INDUSTRY_LABELS: Readonly<Record<Industry, string>> = {
  coal_mine: '煤矿',
  non_coal_mine: '金属非金属矿山',
  hazardous_chemicals: '化工和危险化学品',
  fireworks: '烟花爆竹',
  construction: '建筑施工',
  industry_trade: '工商贸其他',
  road_traffic: '道路交通',
  water_traffic: '水上交通',
  railway: '铁路交通',
  aviation: '民航飞行',
  agri_machinery: '农业机械',
  fishing_vessel: '渔业船舶',
  fire: '火灾',
  other: '其他',
};

export const POSTS = [
  'party_secretary',
  'principal',
  'deputy_in_charge',
  'deputy',
  'safety_director',
] as const;

export type Post = (typeof POSTS)[number];

export const POST_LABELS: Readonly<Record<Post, string>> = {
  party_secretary: '党委书记',
  principal: '主要负责人',
  deputy_in_charge: '分管负责人',
  deputy: '其他副职',
  safety_director: '安全总监',
};

/** 党政同责: both heads are principal responsible persons. */
export const PRINCIPAL_POSTS: readonly Post[] = ['party_secretary', 'principal'];

/** 一岗双责: the deputies, who may oversee a portfolio of industries (分管领域). */
export const PORTFOLIO_POSTS: readonly Post[] = ['deputy_in_charge', 'deputy'];

export const isUnitKind = memberOf(UNIT_KINDS);
export const isIndustry = memberOf(INDUSTRIES);
export const isPost = memberOf(POSTS);
