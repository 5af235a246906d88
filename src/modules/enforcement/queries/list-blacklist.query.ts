import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  BLACKLIST,
  blacklistStateOf,
  enforcementProjection,
  type BlacklistDoc,
} from '../../../../projections/enforcement';
import { type BlacklistView, toBlacklistView } from '../../../domain/enforcement';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import { mapPage, type Page } from '../../shared/paging';
import { pageWithinUnit } from '../../shared/units-within';

export class ListBlacklistQuery {
  constructor(
    /** UTC ISO time the listing must hold at. */
    readonly at: string,
    readonly paging: { limit?: string; offset?: string },
    /** Only enterprises of this unit's subtree. */
    readonly withinUnitId?: string,
  ) {}
}

/**
 * Enterprises whose latest listing holds at `at`, latest listed first; each as the enterprise's
 * listing view at `at` (what `POST /blacklist` answers).
 */
@QueryHandler(ListBlacklistQuery)
export class ListBlacklistHandler implements IQueryHandler<ListBlacklistQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ at, paging, withinUnitId }: ListBlacklistQuery): Promise<Page<BlacklistView>> {
    const page = await pageWithinUnit<BlacklistDoc>(
      this.readModels,
      { projection: enforcementProjection, collection: BLACKLIST },
      {
        where: { listedAt: { $lte: at }, listedUntil: { $gt: at } },
        unitField: 'enterpriseId',
        withinUnitId,
        sort: [
          ['listedAt', -1],
          ['_id', 1],
        ],
        paging,
      },
    );
    return mapPage(page, (doc) => toBlacklistView(doc.enterpriseId, blacklistStateOf(doc), at));
  }
}
