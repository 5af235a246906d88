import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { unitOf, unitsProjection, type UnitDoc } from '../../../../projections/units';
import { toUnitView, type UnitView } from '../../../domain/units';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type { Where } from '../../../infrastructure/read-store/read-store.port';
import { type Page, pageOf } from '../../shared/paging';
import type { ListUnitsQueryDto } from '../units.query-dto';
import { givenFields } from '../../shared/filters';

/** Units by id; each item is the unit's view, as `GET /units/:id` answers it. */
export class ListUnitsQuery {
  constructor(readonly filter: ListUnitsQueryDto) {}
}

@QueryHandler(ListUnitsQuery)
export class ListUnitsHandler implements IQueryHandler<ListUnitsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ filter }: ListUnitsQuery): Promise<Page<UnitView>> {
    const where = givenFields(filter, ['parentId', 'kind']);
    if (filter.ancestorId) where.path = filter.ancestorId;
    const { limit, offset } = pageOf(filter);
    const [items, total] = await Promise.all([
      this.readModels.find<UnitDoc>(unitsProjection, 'units', {
        where: where as Where,
        sort: [['_id', 1]],
        limit,
        skip: offset,
      }),
      this.readModels.count(unitsProjection, 'units', where as Where),
    ]);
    return { items: items.map((doc) => toUnitView(unitOf(doc))), total, limit, offset };
  }
}
