import type { TagObject } from '@nestjs/swagger';

/**
 * The words of the document: summaries with the Chinese term where the domain has one, tags
 * after API.md's sections, and the worked examples. Keys are `METHOD /path` under /api/v1 with
 * `{param}`. A route missing here still appears in the document, with a generated summary.
 */
export const SUMMARIES: Readonly<Record<string, string>> = {
  'GET /health': 'Service health: the stores answer, the projections follow (健康检查)',

  'POST /users': 'Register a user and issue its token, shown once (用户注册)',
  'POST /users/{id}/revocation': "Revoke a user's token (注销用户)",
  'POST /users/{id}/token':
    'Issue a user a new token, shown once; the old one stops working (重新签发令牌)',
  'GET /users/{id}': 'Get a user',

  'POST /units': 'Register a unit (单位登记)',
  'GET /units': 'List units',
  'GET /units/{id}': 'Get a unit with its posts and statistics',
  'POST /units/{id}/appointments': 'Appoint a person to a post (任职)',
  'POST /units/{id}/appointments/{personId}/end': 'End an appointment (离任)',
  'PUT /units/{id}/statistics/{year}': "Record a unit's statistics for a year (统计数据)",

  'POST /agreements': 'Sign a target-responsibility agreement (签订安全生产目标责任书)',
  'GET /agreements': 'List agreements',
  'GET /agreements/{id}': 'Get an agreement',
  'GET /agreements/coverage': 'Agreement coverage of the units below a unit (责任书签订覆盖)',
  'POST /agreements/{id}/amendments': 'Amend an agreement (责任书变更)',
  'POST /agreements/{id}/termination': 'Terminate an agreement (责任书终止)',

  'POST /inspections': 'Record an inspection and one hazard per finding (督查检查)',
  'GET /inspections': 'List inspections',
  'GET /inspections/{id}': 'Get an inspection',
  'POST /hazards': 'Identify a hidden hazard (隐患排查)',
  'GET /hazards': 'List hazards (whose hazards: territory, department industries, enterprise)',
  'GET /hazards/{id}': 'Get a hazard',
  'POST /hazards/{id}/plan': 'Plan the rectification of a hazard (五落实)',
  'POST /hazards/{id}/extension': "Extend a hazard's rectification deadline (延期整改)",
  'POST /hazards/{id}/rectification': 'Report a hazard rectified (隐患整改)',
  'POST /hazards/{id}/verification':
    'Verify a rectification (整改验收; passed major hazards are delisted, 销号)',
  'GET /hazard-ledger': 'Hazard ledger of a unit for a month or year (隐患台账)',
  'POST /reports': 'Receive a whistleblower report (举报受理)',
  'GET /reports': 'List whistleblower reports',
  'GET /reports/{id}': 'Get a whistleblower report',
  'POST /reports/{id}/verification': 'Verify a whistleblower report (举报核查)',
  'POST /reports/{id}/closure': 'Close a whistleblower report (举报办结)',

  'POST /incidents': 'Report an incident (生产安全事故报告)',
  'GET /incidents': 'List incidents attributed to a unit',
  'GET /incidents/{id}': 'Get an incident with its grade, findings and investigation',
  'POST /incidents/{id}/casualty-revisions': 'Revise the casualties of an incident (伤亡补报)',
  'POST /incidents/{id}/relays':
    'Record a government level passing the report up within 2 hours (事故逐级上报)',
  'POST /incidents/{id}/misreporting-findings':
    'Establish a late, omitted, false or concealed report (迟报、漏报、谎报、瞒报)',
  'POST /incidents/{id}/investigation': 'Open the investigation (事故调查)',
  'POST /incidents/{id}/investigation/extension': 'Extend the investigation (调查延期)',
  'POST /incidents/{id}/investigation/conclusion':
    'Conclude the investigation: cause, liable persons and units, measures (四不放过)',
  'POST /incidents/{id}/corrections':
    "Propose a correction of an incident's details (更正, pending until approved: 四眼原则)",
  'POST /incidents/{id}/corrections/{correctionId}/approval':
    'Approve and apply a pending correction (another office or admin user)',
  'POST /incidents/{id}/corrections/{correctionId}/rejection':
    'Reject a pending correction (another office or admin user)',
  'GET /incidents/{id}/responsibility-chain':
    'Responsibility chain of an incident at its occurrence (责任链)',

  'POST /penalties': 'Record an administrative penalty (行政处罚)',
  'GET /penalties': 'List penalties',
  'GET /penalties/{id}': 'Get a penalty',
  'POST /penalties/{id}/revocation': 'Revoke a penalty (复议/诉讼撤销)',
  'POST /accountability-actions': 'Decide an accountability action (问责)',
  'GET /accountability-actions': 'List accountability actions',
  'GET /accountability-actions/{id}': 'Get an accountability action',
  'POST /blacklist': 'List an enterprise as seriously dishonest (列入严重失信主体名单)',
  'POST /blacklist/{enterpriseId}/removal': 'Remove an enterprise from the list (移出名单)',
  'GET /blacklist': 'The serious-dishonesty list (严重失信主体名单)',
  'GET /blacklist/candidates': 'Enterprises that meet a listing rule and are not listed',

  'PUT /schemes/{year}': "Publish or replace the year's assessment scheme (考核方案)",
  'GET /schemes/{year}': 'The published scheme of a year, or the default',
  'POST /assessments/{year}/units/{unitId}/task-scores': 'Score an agreement task (工作任务评分)',
  'POST /assessments/{year}/units/{unitId}/commendations': 'Record a commendation (表彰奖励加分)',
  'POST /assessments/{year}/finalization':
    "Finalise the year's assessment (考核定档); the answer lists what was still provisional",
  'GET /assessments/{year}': 'League table of the year (考核排名)',
  'GET /assessments/{year}/units/{unitId}':
    "A unit's assessment explained item by item (单位得分明细, 一票否决)",
  'GET /assessments/{year}/units/{unitId}/control-indicators':
    "A unit's control indicators against the year's incidents and rates (控制考核指标)",
  'GET /assessments/{year}/promotion-bars':
    'Persons barred from promotion (取消晋级、提拔资格), each marked provisional or not',
  'GET /assessments/{year}/award-disqualifications':
    'Units disqualified from awards (取消评先评优)',
  'GET /assessments/{year}/export.xlsx': 'The year as an Excel workbook (考核结果导出)',

  'GET /responsibility-chain': 'Responsibility chain of a unit at a time (安全生产责任链)',
  'GET /audit/streams/{streamId}': 'Every event of a stream with its metadata (审计追溯)',
  'GET /audit/events': 'Audit trail, newest first, paged',
  'GET /audit/integrity': 'Verify the hash chain of every stream (防篡改校验)',
  'POST /audit/anchors': 'Record an integrity anchor now',
};

/** API.md's sections, by the first segment of a path. */
const TAG_OF_SEGMENT: Readonly<Record<string, string>> = {
  health: 'Health',
  users: 'Users',
  units: 'Units and posts',
  agreements: 'Agreements',
  inspections: 'Inspections, hazards, reports',
  hazards: 'Inspections, hazards, reports',
  'hazard-ledger': 'Inspections, hazards, reports',
  reports: 'Inspections, hazards, reports',
  incidents: 'Incidents',
  penalties: 'Enforcement and accountability',
  'accountability-actions': 'Enforcement and accountability',
  blacklist: 'Enforcement and accountability',
  schemes: 'Assessment',
  assessments: 'Assessment',
  'responsibility-chain': 'Responsibility chain and audit',
  audit: 'Responsibility chain and audit',
};

export const TAGS: TagObject[] = [
  { name: 'Health', description: 'Health of the service, its stores and its projections.' },
  { name: 'Users', description: 'Users, roles and tokens (用户与权限).' },
  {
    name: 'Units and posts',
    description: 'Units, posts held by persons, statistics (单位与岗位).',
  },
  { name: 'Agreements', description: 'Target-responsibility agreements (安全生产目标责任书).' },
  {
    name: 'Inspections, hazards, reports',
    description:
      'Inspections, hidden hazards and whistleblower reports (督查检查, 隐患排查治理, 举报).',
  },
  { name: 'Incidents', description: 'Production-safety incidents (生产安全事故).' },
  {
    name: 'Enforcement and accountability',
    description:
      'Penalties, accountability and the serious-dishonesty list (行政处罚, 问责, 黑名单).',
  },
  { name: 'Assessment', description: 'Annual assessment and one-vote veto (年度考核, 一票否决).' },
  {
    name: 'Responsibility chain and audit',
    description: 'Who answered for what, and the tamper-evident record (责任链, 审计).',
  },
];

export function tagOf(path: string): string {
  const segment = path.split('/').find((part) => part !== '') ?? '';
  return TAG_OF_SEGMENT[segment] ?? segment;
}

/** A summary for a route the catalogue does not know yet. */
export function fallbackSummary(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

/** Worked examples (the units, agreement and incident of one district), request and response. */
export const EXAMPLES: Readonly<Record<string, { request?: unknown; response?: unknown }>> = {
  'POST /units': {
    request: {
      id: 'T1',
      name: '城关镇',
      kind: 'town',
      parentId: 'D1',
      establishedAt: '2010-01-01T00:00:00+08:00',
    },
    response: {
      id: 'T1',
      name: '城关镇',
      kind: 'town',
      parentId: 'D1',
      industry: null,
      regulatedIndustries: [],
      establishedAt: '2009-12-31T16:00:00.000Z',
      posts: [],
      statistics: {},
      position: 2,
    },
  },
  'POST /units/{id}/appointments': {
    request: {
      personId: 'P-T1-4',
      personName: '周强',
      post: 'deputy',
      from: '2025-01-01T00:00:00+08:00',
      portfolioIndustries: ['construction', 'road_traffic'],
    },
  },
  'POST /agreements': {
    request: {
      id: 'A-2025-T1',
      year: 2025,
      issuerUnitId: 'D1',
      responsibleUnitId: 'T1',
      signedAt: '2025-01-15T10:00:00+08:00',
      signatories: [
        { personId: 'P-D1-1', post: 'principal' },
        { personId: 'P-T1-1', post: 'party_secretary' },
        { personId: 'P-T1-2', post: 'principal' },
      ],
      controlIndicators: {
        maxAccidents: 3,
        maxDeaths: 1,
        maxLargerAccidents: 0,
        maxDeathsPer100mGdp: 0.05,
      },
      tasks: [
        { code: 'K1', title: '健全安全生产责任体系', weight: 30 },
        {
          code: 'K2',
          title: '开展安全检查',
          weight: 30,
          metric: 'inspections_conducted',
          target: 24,
        },
      ],
    },
    response: {
      id: 'A-2025-T1',
      year: 2025,
      issuerUnitId: 'D1',
      responsibleUnitId: 'T1',
      signedAt: '2025-01-15T02:00:00.000Z',
      signatories: [
        { personId: 'P-D1-1', post: 'principal', unitId: 'D1', personName: '王建国' },
        { personId: 'P-T1-1', post: 'party_secretary', unitId: 'T1', personName: '李明' },
        { personId: 'P-T1-2', post: 'principal', unitId: 'T1', personName: '张华' },
      ],
      controlIndicators: {
        maxAccidents: 3,
        maxDeaths: 1,
        maxLargerAccidents: 0,
        maxDeathsPer100mGdp: 0.05,
      },
      tasks: [
        { code: 'K1', title: '健全安全生产责任体系', weight: 30 },
        {
          code: 'K2',
          title: '开展安全检查',
          weight: 30,
          metric: 'inspections_conducted',
          target: 24,
        },
      ],
      status: 'active',
      amendments: [],
      position: 8,
    },
  },
  'POST /incidents': {
    request: {
      id: 'I-2025-001',
      unitId: 'E1',
      industry: 'road_traffic',
      occurredAt: '2025-03-02T08:30:00+08:00',
      headInformedAt: '2025-03-02T08:40:00+08:00',
      reportedAt: '2025-03-02T09:10:00+08:00',
      deaths: 1,
      seriousInjuries: 2,
      directLossYuan: 850000,
      description: '货车与客车在S203省道追尾',
    },
    response: {
      id: 'I-2025-001',
      unitId: 'E1',
      industry: 'road_traffic',
      occurredAt: '2025-03-02T00:30:00.000Z',
      reportedAt: '2025-03-02T01:10:00.000Z',
      deaths: 1,
      seriousInjuries: 2,
      directLossYuan: 850000,
      description: '货车与客车在S203省道追尾',
      grade: 'general',
      late: false,
      revisions: [],
      revisedAfterWindow: false,
      findings: [],
      investigation: null,
      corrections: [],
      headInformedAt: '2025-03-02T00:40:00.000Z',
      relays: [],
      nature: 'pending',
      position: 9,
    },
  },
};
