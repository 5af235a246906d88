import type { OperationExamples } from '../../infrastructure/http/openapi/operation-docs';

/** A road-traffic incident in an enterprise of the town. */
export const REPORT_INCIDENT: OperationExamples = {
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
};
