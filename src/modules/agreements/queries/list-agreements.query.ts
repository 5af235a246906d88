import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  agreementOf,
  agreementsProjection,
  type AgreementDoc,
} from '../../../../projections/agreements';
import { type AgreementView, toAgreementView } from '../../../domain/agreements';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import { mapPage, type Page } from '../../shared/paging';
import { pageWithinUnit } from '../../shared/units-within';
import type { ListAgreementsQueryDto } from '../agreements.query-dto';
import { givenFields, yearField } from '../../shared/filters';

/** Agreements, latest year first; each item is the agreement's view, as `GET /agreements/:id`. */
export class ListAgreementsQuery {
  constructor(readonly filter: ListAgreementsQueryDto) {}
}

@QueryHandler(ListAgreementsQuery)
export class ListAgreementsHandler implements IQueryHandler<ListAgreementsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ filter }: ListAgreementsQuery): Promise<Page<AgreementView>> {
    const filters = {
      ...yearField(filter.year),
      ...givenFields(filter, ['responsibleUnitId', 'issuerUnitId', 'status']),
    };
    const page = await pageWithinUnit<AgreementDoc>(
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
    return mapPage(page, (doc) => toAgreementView(agreementOf(doc)));
  }
}
