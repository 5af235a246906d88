import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ACTIONS, type ActionDoc } from '../../../../projections/enforcement';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type { Page } from '../../shared/paging';
import { pageOfDecisions } from './decisions-page';
import { ACTION_LIST, type ListActionsQueryDto } from './enforcement.query-dto';

export class ListActionsQuery {
  constructor(readonly filter: ListActionsQueryDto) {}
}

export type ActionItem = Omit<ActionDoc, 'lastPosition'> & { id: string };

/** Accountability actions, newest decision first unless sorted otherwise; filters combine (all must hold). */
@QueryHandler(ListActionsQuery)
export class ListActionsHandler implements IQueryHandler<ListActionsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  execute({ filter }: ListActionsQuery): Promise<Page<ActionItem>> {
    return pageOfDecisions<ActionDoc, typeof filter>(this.readModels, ACTIONS, {
      list: ACTION_LIST,
      filter,
      fields: ['targetUnitId', 'targetPersonId', 'incidentId'],
      unitField: 'targetUnitId',
    });
  }
}
