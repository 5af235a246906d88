import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  incidentChain,
  type IncidentChain,
} from '../../../../projections/queries/responsibility-chain';
import { notFoundProblem } from '../../../infrastructure/http/problem';
import { ChainInputs } from './chain-inputs';

export class IncidentChainQuery {
  constructor(
    readonly incidentId: string,
    /** UTC ISO time: answer as recorded then (later events ignored). */
    readonly asOf?: string,
  ) {}
}

/** The chain at the incident's `occurredAt`, with its liable findings and accountability actions. */
@QueryHandler(IncidentChainQuery)
export class IncidentChainHandler implements IQueryHandler<IncidentChainQuery> {
  constructor(private readonly inputs: ChainInputs) {}

  async execute({
    incidentId,
    asOf,
  }: IncidentChainQuery): Promise<IncidentChain & { asOf?: string }> {
    const source = await this.inputs.source(asOf);
    const incident = await this.inputs.incident(source, incidentId);
    if (!incident) {
      throw notFoundProblem(`No incident ${incidentId}${asOf ? ` as recorded at ${asOf}` : ''}.`);
    }
    const at = incident.occurredAt;
    const units = await this.inputs.units(source, incident.placePath);
    const [agreements, actions] = await Promise.all([
      this.inputs.agreements(source, units, at),
      this.inputs.actionsOf(source, incidentId),
    ]);
    const conclusion = incident.state.investigation?.conclusion ?? null;
    const chain = incidentChain(
      {
        id: incident._id,
        unitId: incident.unitId,
        placePath: incident.placePath,
        industry: incident.industry,
        occurredAt: at,
        liable: conclusion ? conclusion.liable : [],
        conclusionRef: incident.refs.conclusion ?? null,
      },
      units,
      agreements,
      actions,
    );
    return asOf ? { ...chain, asOf } : chain;
  }
}
