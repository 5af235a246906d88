import { incidentsProjection, type IncidentDoc } from '../../../projections/incidents';
import { buildFacts, YearIndex } from '../../../projections/queries/assessment-facts';
import { unitsProjection, type UnitDoc } from '../../../projections/units';
import { chainRegistered, incidentReported, yearData } from './year-fixtures';
import { project, projected } from './memory-store';

const JAN = '2025-01-01T00:00:00.000Z';
const OCCURRED = '2025-05-01T02:00:00.000Z';

const appoint = (personId: string, post: string, portfolioIndustries?: string[]) =>
  projected('unit-T', 'PersonAppointed', {
    unitId: 'T',
    personId,
    personName: `name-${personId}`,
    post,
    from: JAN,
    ...(portfolioIndustries && { portfolioIndustries }),
  });

async function townFacts() {
  const events = [
    ...chainRegistered(),
    appoint('SEC', 'party_secretary'),
    appoint('PRI', 'principal'),
    appoint('DIC', 'deputy_in_charge'),
    appoint('DIC2', 'deputy_in_charge', ['construction']),
    appoint('SD', 'safety_director'),
    appoint('DEP-C', 'deputy', ['construction', 'fire']),
    appoint('DEP-F', 'deputy', ['fire']),
    appoint('DEP-0', 'deputy'),
    incidentReported('I1', {
      occurredAt: OCCURRED,
      reportedAt: '2025-05-01T02:30:00.000Z',
      deaths: 1,
      directLossYuan: 1000,
    }),
  ];
  const units = (await project(unitsProjection, events)).all<UnitDoc>('units');
  const incidents = (await project(incidentsProjection, events)).all<IncidentDoc>('incidents');
  const index = new YearIndex(yearData({ units, incidents }));
  return buildFacts(index, 'T');
}

describe('assessment facts: post holders with their portfolio', () => {
  it('carries the posts as before, each deputy with a portfolio, and its industries', async () => {
    const facts = await townFacts();
    const holders = facts.incidents[0].postHoldersAtOccurrence;
    expect(holders.map((h) => [h.personId, h.post, h.portfolioIndustries])).toEqual([
      ['SEC', 'party_secretary', undefined],
      ['PRI', 'principal', undefined],
      ['DIC', 'deputy_in_charge', undefined],
      ['DIC2', 'deputy_in_charge', ['construction']],
      ['SD', 'safety_director', undefined],
      ['DEP-C', 'deputy', ['construction', 'fire']],
      ['DEP-F', 'deputy', ['fire']],
    ]);
    expect(holders.find((h) => h.personId === 'DEP-C')).toEqual({
      personId: 'DEP-C',
      personName: 'name-DEP-C',
      post: 'deputy',
      portfolioIndustries: ['construction', 'fire'],
      event: expect.objectContaining({ streamId: 'unit-T' }),
    });
    expect(facts.incidents[0].industry).toBe('construction');
  });
});
