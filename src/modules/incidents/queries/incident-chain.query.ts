import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { IncidentChain } from '../../../../projections/queries/responsibility-chain';
import { notFoundProblem } from '../../../infrastructure/http/problem';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import { AS_OF_READS, type AsOfReads } from '../../as-of/as-of-reads';
import { readIncidentChain } from './chain-reads';

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
  constructor(
    private readonly readModels: ReadModels,
    @Inject(AS_OF_READS) private readonly asOfReads: AsOfReads,
  ) {}

  async execute({
    incidentId,
    asOf,
  }: IncidentChainQuery): Promise<IncidentChain & { asOf?: string }> {
    const chain = asOf
      ? await this.asOfReads.incidentChain(incidentId, asOf)
      : await readIncidentChain(this.readModels, incidentId);
    if (!chain) {
      throw notFoundProblem(`No incident ${incidentId}${asOf ? ` as recorded at ${asOf}` : ''}.`);
    }
    return asOf ? { ...chain, asOf } : chain;
  }
}
