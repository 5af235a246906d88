import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { agreementsProjection, type AgreementDoc } from '../../../../projections/agreements';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import { type Page, pageOf } from '../../shared/paging';
import { whereWithinUnit } from '../../shared/units-within';
import type { ListAgreementsQueryDto } from '../agreements.query-dto';

export class ListAgreementsQuery {
  constructor(readonly filter: ListAgreementsQueryDto) {}
}

@QueryHandler(ListAgreementsQuery)
export class ListAgreementsHandler implements IQueryHandler<ListAgreementsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ filter }: ListAgreementsQuery): Promise<Page<AgreementDoc>> {
    const filters: Record<string, string | number> = {};
    if (filter.year) filters.year = Number(filter.year);
    if (filter.responsibleUnitId) filters.responsibleUnitId = filter.responsibleUnitId;
    if (filter.issuerUnitId) filters.issuerUnitId = filter.issuerUnitId;
    if (filter.status) filters.status = filter.status;
    const { limit, offset } = pageOf(filter);
    const where = await whereWithinUnit(
      this.readModels,
      filters,
      'responsibleUnitId',
      filter.withinUnitId,
    );
    if (!where) return { items: [], total: 0, limit, offset };
    const [items, total] = await Promise.all([
      this.readModels.find<AgreementDoc>(agreementsProjection, 'agreements', {
        where,
        sort: [
          ['year', -1],
          ['responsibleUnitId', 1],
        ],
        limit,
        skip: offset,
      }),
      this.readModels.count(agreementsProjection, 'agreements', where),
    ]);
    return { items, total, limit, offset };
  }
}
