import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  industryOfUnit,
  responsibilityChain,
  type ResponsibilityChain,
} from '../../../../projections/queries/responsibility-chain';
import { notFoundProblem } from '../../../infrastructure/http/problem';
import { ChainInputs } from './chain-inputs';

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
  constructor(private readonly inputs: ChainInputs) {}

  async execute({
    unitId,
    at,
    asOf,
  }: UnitChainQuery): Promise<ResponsibilityChain & { asOf?: string }> {
    const source = await this.inputs.source(asOf);
    const unit = await this.inputs.unit(source, unitId);
    if (!unit) throw notFoundProblem(`No unit ${unitId}${asOf ? ` as recorded at ${asOf}` : ''}.`);
    const units = await this.inputs.units(source, unit.path);
    const agreements = await this.inputs.agreements(source, units, at);
    const chain = responsibilityChain(
      { unitId, path: unit.path, industry: industryOfUnit(unit) },
      units,
      agreements,
      at,
    );
    return asOf ? { ...chain, asOf } : chain;
  }
}
