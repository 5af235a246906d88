import { fold } from '../../../../src/domain/shared/decider';
import { unitDecider } from '../../../../src/domain/units/decider';
import { toUnitView } from '../../../../src/domain/units/view';
import { appointed, ended, townRegistered } from './fixtures';

describe('unit view', () => {
  it('shows the profile, every appointment and the statistics per year', () => {
    const unit = fold(unitDecider, [
      townRegistered,
      appointed('P1', 'principal', '2023-01-01T00:00:00.000Z'),
      ended('P1', 'principal', '2023-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
      appointed('P2', 'principal', '2024-01-01T00:00:00.000Z'),
      { type: 'UnitStatisticsRecorded', data: { unitId: 'T1', year: 2024, gdp100mYuan: 12 } },
    ]);
    expect(toUnitView(unit!)).toEqual({
      id: 'T1',
      name: '东城街道',
      kind: 'town',
      kindLabel: '乡镇/街道',
      parentId: 'D1',
      industry: null,
      industryLabel: null,
      regulatedIndustries: [],
      regulatedIndustriesLabels: [],
      establishedAt: null,
      posts: [
        {
          personId: 'P1',
          personName: 'name of P1',
          post: 'principal',
          postLabel: '主要负责人',
          from: '2023-01-01T00:00:00.000Z',
          to: '2024-01-01T00:00:00.000Z',
          portfolioIndustries: [],
          portfolioIndustriesLabels: [],
        },
        {
          personId: 'P2',
          personName: 'name of P2',
          post: 'principal',
          postLabel: '主要负责人',
          from: '2024-01-01T00:00:00.000Z',
          to: null,
          portfolioIndustries: [],
          portfolioIndustriesLabels: [],
        },
      ],
      statistics: { '2024': { gdp100mYuan: 12 } },
    });
  });
});
