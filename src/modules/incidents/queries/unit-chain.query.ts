import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { ResponsibilityChain } from '../../../../projections/queries/responsibility-chain';
import { notFoundProblem } from '../../../infrastructure/http/problem';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import { AS_OF_READS, type AsOfReads } from '../../as-of/as-of-reads';
import { readUnitChain } from './chain-reads';

export class UnitChainQuery {
  constructor(
    readonly unitId: string,
    /** UTC ISO time the chain is of. */
    readonly at: string,
    /** UTC ISO time: answer as recorded then (later events ignored). */
    readonly asOf?: string,
  ) {}
}

@QueryHandler(UnitChainQuery)
export class UnitChainHandler implements IQueryHandler<UnitChainQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(AS_OF_READS) private readonly asOfReads: AsOfReads,
  ) {}

  async execute({
    unitId,
    at,
    asOf,
  }: UnitChainQuery): Promise<ResponsibilityChain & { asOf?: string }> {
    const chain = asOf
      ? await this.asOfReads.unitChain(unitId, at, asOf)
      : await readUnitChain(this.readModels, unitId, at);
    if (!chain) throw notFoundProblem(`No unit ${unitId}${asOf ? ` as recorded at ${asOf}` : ''}.`);
    return asOf ? { ...chain, asOf } : chain;
  }
}
