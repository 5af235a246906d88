import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ACTIONS, type ActionDoc, actionOf } from '../../../../projections/enforcement';
import {
  type AccountabilityActionView,
  toAccountabilityActionView,
} from '../../../domain/enforcement';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type { Page } from '../../shared/paging';
import { pageOfDecisions } from './decisions-page';
import { ACTION_LIST, type ListActionsQueryDto } from './enforcement.query-dto';

export class ListActionsQuery {
  constructor(readonly filter: ListActionsQueryDto) {}
}

/** Accountability actions, newest decision first unless sorted otherwise; filters combine (all must hold). */
@QueryHandler(ListActionsQuery)
export class ListActionsHandler implements IQueryHandler<ListActionsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  execute({ filter }: ListActionsQuery): Promise<Page<AccountabilityActionView>> {
    return pageOfDecisions<ActionDoc, typeof filter, AccountabilityActionView>(
      this.readModels,
      ACTIONS,
      {
        list: ACTION_LIST,
        filter,
        fields: ['targetUnitId', 'targetPersonId', 'incidentId'],
        unitField: 'targetUnitId',
        view: (doc) => toAccountabilityActionView(actionOf(doc)),
      },
    );
  }
}
