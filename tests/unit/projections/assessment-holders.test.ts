import { incidentsProjection, type IncidentDoc } from '../../../projections/incidents';
import { buildFacts, YearIndex } from '../../../projections/queries/assessment-facts';
import { unitsProjection, type UnitDoc } from '../../../projections/units';
import { project, projected } from './memory-store';
import { appointed, chainRegistered, ended, incidentReported, yearData } from './year-fixtures';

/** I-2023 occurred in E (T) and was found concealed in 2025; I-2025 occurred in 2025. */
const OLD = '2023-04-01T02:00:00.000Z';
const NOW = '2025-05-01T02:00:00.000Z';

const reported = (id: string, occurredAt: string) =>
  incidentReported(id, { occurredAt, reportedAt: occurredAt, deaths: 3, grade: 'larger' });

async function townFacts() {
  const events = [
    ...chainRegistered(),
    // Principal A until the instant I-2025 occurred, B from then on (from ≤ t < to).
    appointed('T', 'A', 'principal', '2022-01-01T00:00:00.000Z'),
    ended('T', 'A', 'principal', '2022-01-01T00:00:00.000Z', NOW),
    appointed('T', 'B', 'principal', NOW),
    // Secretary S appointed a millisecond after I-2025; S-old held it through I-2023 only.
    appointed('T', 'S-old', 'party_secretary', '2021-01-01T00:00:00.000Z'),
    ended('T', 'S-old', 'party_secretary', '2021-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
    appointed('T', 'S', 'party_secretary', '2025-05-01T02:00:00.001Z'),
    reported('I-2023', OLD),
    projected('incident-I-2023', 'MisreportingFindingEstablished', {
      kind: 'concealed',
      establishedAt: '2025-03-01T00:00:00.000Z',
      detail: '瞒报死亡',
      automatic: false,
      responsibleUnitIds: ['T'],
    }),
    reported('I-2025', NOW),
  ];
  const units = (await project(unitsProjection, events)).all<UnitDoc>('units');
  const incidents = (await project(incidentsProjection, events)).all<IncidentDoc>('incidents');
  return buildFacts(new YearIndex(yearData({ units, incidents })), 'T');
}

const holders = (facts: { postHoldersAtOccurrence: readonly { personId: string }[] }) =>
  facts.postHoldersAtOccurrence.map((h) => h.personId);

describe('assessment facts: the post holders a veto bars are those in post at occurredAt', () => {
  it('takes the holder appointed at the instant, not the one whose term ended then nor one appointed after', async () => {
    const facts = await townFacts();
    const now = facts.incidents.find((i) => i.id === 'I-2025')!;
    expect(holders(now)).toEqual(['B']);
  });

  it('takes, for a finding about an incident of an earlier year, the holders of that time', async () => {
    const facts = await townFacts();
    const [finding] = facts.misreportingFindings;
    expect(finding.incident.id).toBe('I-2023');
    expect(holders(finding.incident).sort()).toEqual(['A', 'S-old']);
  });
});
