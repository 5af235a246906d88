import type { OperationExamples } from '../../infrastructure/http/openapi/operation-docs';

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
    {
      code: 'K2',
      title: '开展安全检查',
      weight: 30,
      metric: 'inspections_conducted',
      target: 24,
    },
  ],
};

/** The town's target-responsibility agreement for 2025. */
export const SIGN_AGREEMENT: OperationExamples = {
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
};
