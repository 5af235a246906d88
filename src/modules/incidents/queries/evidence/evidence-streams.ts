import type { IncidentChain } from '../../../../../projections/queries/responsibility-chain';
import { agreementStreamId } from '../../../../domain/agreements';
import { accountabilityStreamId } from '../../../../domain/enforcement';
import { incidentStreamId } from '../../../../domain/incidents';
import { unitStreamId } from '../../../../domain/units';
import type { StreamRole } from '../../../../infrastructure/event-store/integrity/evidence/bundle-format';

/**
 * The streams an incident's evidence rests on, with why: the incident's own (report, revisions,
 * findings, investigation and conclusion, corrections), each unit of its responsibility chain at
 * the occurrence (posts, portfolios), the agreement each of them had in force then, and the
 * accountability actions taken over it. Penalties name no incident, so none is included.
 */
export function evidenceStreams(
  incidentId: string,
  chain: IncidentChain,
): Map<string, StreamRole[]> {
  const streams = new Map<string, StreamRole[]>();
  const add = (streamId: string, role: StreamRole) => {
    const roles = streams.get(streamId) ?? [];
    if (!roles.includes(role)) roles.push(role);
    streams.set(streamId, roles);
  };
  add(incidentStreamId(incidentId), 'incident');
  for (const link of chain.links) {
    add(unitStreamId(link.unitId), 'chain_unit');
    if (link.agreement) add(agreementStreamId(link.agreement.id), 'agreement_in_force');
  }
  for (const action of chain.accountabilityActions)
    add(accountabilityStreamId(action.id), 'accountability_action');
  return streams;
}
