import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { agreementsProjection, type AgreementDoc } from '../../../../projections/agreements';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type { Page } from '../../shared/paging';
import { pageWithinUnit } from '../../shared/units-within';
import type { ListAgreementsQueryDto } from '../agreements.query-dto';
import { givenFields, yearField } from '../../shared/filters';

export class ListAgreementsQuery {
  constructor(readonly filter: ListAgreementsQueryDto) {}
}

@QueryHandler(ListAgreementsQuery)
export class ListAgreementsHandler implements IQueryHandler<ListAgreementsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ filter }: ListAgreementsQuery): Promise<Page<AgreementDoc>> {
    const filters = {
      ...yearField(filter.year),
      ...givenFields(filter, ['responsibleUnitId', 'issuerUnitId', 'status']),
    };
    return pageWithinUnit<AgreementDoc>(
      this.readModels,
      { projection: agreementsProjection, collection: 'agreements' },
      {
        where: filters,
        unitField: 'responsibleUnitId',
        withinUnitId: filter.withinUnitId,
        sort: [
          ['year', -1],
          ['responsibleUnitId', 1],
        ],
        paging: filter,
      },
    );
  }
}
