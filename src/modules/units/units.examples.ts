import type { OperationExamples } from '../../infrastructure/http/openapi/operation-docs';

/** Registering a town of the worked district (城关镇). */
export const REGISTER_UNIT: OperationExamples = {
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
};

/** Appointing a deputy with a portfolio of industries. */
export const APPOINT_PERSON: OperationExamples = {
  request: {
    personId: 'P-T1-4',
    personName: '周强',
    post: 'deputy',
    from: '2025-01-01T00:00:00+08:00',
    portfolioIndustries: ['construction', 'road_traffic'],
  },
};
