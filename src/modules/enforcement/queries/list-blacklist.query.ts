import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  BLACKLIST,
  enforcementProjection,
  type BlacklistDoc,
  type ListingDoc,
} from '../../../../projections/enforcement';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type { Page } from '../../shared/paging';
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

export interface BlacklistItem extends ListingDoc {
  enterpriseId: string;
  /** When the listing ends: `until`, or an earlier removal. */
  listedUntil: string;
  /** Every listing of the enterprise, oldest first. */
  listings: ListingDoc[];
}

/** Enterprises whose latest listing holds at `at`, latest listed first. */
@QueryHandler(ListBlacklistQuery)
export class ListBlacklistHandler implements IQueryHandler<ListBlacklistQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ at, paging, withinUnitId }: ListBlacklistQuery): Promise<Page<BlacklistItem>> {
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
    return {
      ...page,
      items: page.items.map((doc) => ({
        ...doc.listings[doc.listings.length - 1],
        enterpriseId: doc.enterpriseId,
        listedUntil: doc.listedUntil,
        listings: doc.listings,
      })),
    };
  }
}
