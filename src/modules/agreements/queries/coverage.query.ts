import { registeredUnit } from '../../shared/units-within';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { agreementsProjection, type AgreementDoc } from '../../../../projections/agreements';
import {
  agreementCoverage,
  type Coverage,
} from '../../../../projections/queries/agreement-coverage';
import { unitsProjection, type UnitDoc } from '../../../../projections/units';
import { ReadModels } from '../../../infrastructure/projections/read-models';

export class CoverageQuery {
  constructor(
    readonly unitId: string,
    readonly year: number,
  ) {}
}

@QueryHandler(CoverageQuery)
export class CoverageHandler implements IQueryHandler<CoverageQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ unitId, year }: CoverageQuery): Promise<Coverage> {
    const unit = await registeredUnit(this.readModels, unitId);
    const descendants = await this.readModels.find<UnitDoc>(unitsProjection, 'units', {
      where: { path: unitId },
    });
    const agreements = await this.readModels.find<AgreementDoc>(
      agreementsProjection,
      'agreements',
      {
        where: { year, status: 'active' },
      },
    );
    return agreementCoverage(unit, descendants, agreements, year);
  }
}
