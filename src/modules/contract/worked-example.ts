import type { ExampleStep } from '../../infrastructure/http/openapi/operation-docs';

const FROM = '2025-01-01T00:00:00+08:00';

/** What the agreement holds the town to: its control indicators and its tasks. */
const TERMS = {
  controlIndicators: {
    maxAccidents: 3,
    maxDeaths: 1,
    maxLargerAccidents: 0,
    maxDeathsPer100mGdp: 0.05,
  },
  tasks: [
    { code: 'K1', title: '健全安全生产责任体系', weight: 30 },
    { code: 'K2', title: '开展安全检查', weight: 30, metric: 'inspections_conducted', target: 24 },
  ],
};

type Step = Omit<ExampleStep, 'step'> & { route: string };

/**
 * The worked example of the API document, in order: a district and a town with their leaders,
 * the town's agreement for 2025, an enterprise and its incident. Run on an empty store, each
 * request answers its `response` exactly (tests/e2e/openapi-examples.e2e.test.ts).
 */
const STEPS: readonly Step[] = [
  {
    route: 'POST /units',
    summary: 'register the district (区)',
    path: '/units',
    request: {
      id: 'D1',
      name: '示范区',
      kind: 'district',
      establishedAt: '2001-01-01T00:00:00+08:00',
    },
  },
  {
    route: 'POST /units',
    summary: 'register a town of the district (城关镇)',
    path: '/units',
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
      kindLabel: '乡镇/街道',
      parentId: 'D1',
      industry: null,
      industryLabel: null,
      regulatedIndustries: [],
      regulatedIndustriesLabels: [],
      establishedAt: '2009-12-31T16:00:00.000Z',
      posts: [],
      statistics: {},
      position: 2,
    },
  },
  {
    route: 'POST /units/{id}/appointments',
    summary: "appoint the district's principal (区长)",
    path: '/units/D1/appointments',
    request: { personId: 'P-D1-1', personName: '王建国', post: 'principal', from: FROM },
  },
  {
    route: 'POST /units/{id}/appointments',
    summary: "appoint the town's party secretary (党委书记)",
    path: '/units/T1/appointments',
    request: { personId: 'P-T1-1', personName: '李明', post: 'party_secretary', from: FROM },
  },
  {
    route: 'POST /units/{id}/appointments',
    summary: "appoint the town's principal (镇长)",
    path: '/units/T1/appointments',
    request: { personId: 'P-T1-2', personName: '张华', post: 'principal', from: FROM },
  },
  {
    route: 'POST /units/{id}/appointments',
    summary: 'appoint a deputy with a portfolio of industries (分管副镇长)',
    path: '/units/T1/appointments',
    request: {
      personId: 'P-T1-4',
      personName: '周强',
      post: 'deputy',
      from: FROM,
      portfolioIndustries: ['construction', 'road_traffic'],
    },
  },
  {
    route: 'POST /agreements',
    summary: "sign the town's target-responsibility agreement for 2025 (目标责任书)",
    path: '/agreements',
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
      ...TERMS,
    },
    response: {
      id: 'A-2025-T1',
      year: 2025,
      issuerUnitId: 'D1',
      responsibleUnitId: 'T1',
      signedAt: '2025-01-15T02:00:00.000Z',
      signatories: [
        {
          personId: 'P-D1-1',
          post: 'principal',
          postLabel: '主要负责人',
          unitId: 'D1',
          personName: '王建国',
        },
        {
          personId: 'P-T1-1',
          post: 'party_secretary',
          postLabel: '党委书记',
          unitId: 'T1',
          personName: '李明',
        },
        {
          personId: 'P-T1-2',
          post: 'principal',
          postLabel: '主要负责人',
          unitId: 'T1',
          personName: '张华',
        },
      ],
      controlIndicators: TERMS.controlIndicators,
      controlIndicatorLabels: {
        maxAccidents: '事故起数',
        maxDeaths: '死亡人数',
        maxLargerAccidents: '较大及以上事故起数',
        maxDeathsPer100mGdp: '亿元GDP生产安全事故死亡率',
      },
      tasks: [TERMS.tasks[0], { ...TERMS.tasks[1], metricLabel: '检查次数' }],
      status: 'active',
      statusLabel: '有效',
      amendments: [],
      position: 8,
    },
  },
  {
    route: 'POST /units',
    summary: 'register a road-transport enterprise of the town (企业)',
    path: '/units',
    request: {
      id: 'E1',
      name: '城关运输有限公司',
      kind: 'enterprise',
      parentId: 'T1',
      industry: 'road_traffic',
    },
  },
  {
    route: 'POST /incidents',
    summary: 'report a road-traffic incident at the enterprise (事故快报)',
    path: '/incidents',
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
      industryLabel: '道路交通',
      occurredAt: '2025-03-02T00:30:00.000Z',
      reportedAt: '2025-03-02T01:10:00.000Z',
      deaths: 1,
      seriousInjuries: 2,
      directLossYuan: 850000,
      description: '货车与客车在S203省道追尾',
      grade: 'general',
      gradeLabel: '一般事故',
      late: false,
      revisions: [],
      revisedAfterWindow: false,
      findings: [],
      investigation: null,
      corrections: [],
      headInformedAt: '2025-03-02T00:40:00.000Z',
      relays: [],
      nature: 'pending',
      natureLabel: '性质待认定',
      position: 10,
    },
  },
];

/** The steps of the worked example that a route (`POST /units`) takes, numbered in order. */
export const stepsOf = (route: string): ExampleStep[] =>
  STEPS.flatMap(({ route: r, ...step }, i) => (r === route ? [{ step: i + 1, ...step }] : []));
