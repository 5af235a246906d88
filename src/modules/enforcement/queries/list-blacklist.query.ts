import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  BLACKLIST,
  enforcementProjection,
  type BlacklistDoc,
  type ListingDoc,
} from '../../../../projections/enforcement';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import { type Page, pageOf } from '../../shared/paging';
import { whereWithinUnit } from '../../shared/units-within';

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
    const { limit, offset } = pageOf(paging);
    const where = await whereWithinUnit(
      this.readModels,
      { listedAt: { $lte: at }, listedUntil: { $gt: at } },
      'enterpriseId',
      withinUnitId,
    );
    if (!where) return { items: [], total: 0, limit, offset };
    const [docs, total] = await Promise.all([
      this.readModels.find<BlacklistDoc>(enforcementProjection, BLACKLIST, {
        where,
        sort: [
          ['listedAt', -1],
          ['_id', 1],
        ],
        limit,
        skip: offset,
      }),
      this.readModels.count(enforcementProjection, BLACKLIST, where),
    ]);
    return {
      items: docs.map((doc) => ({
        ...doc.listings[doc.listings.length - 1],
        enterpriseId: doc.enterpriseId,
        listedUntil: doc.listedUntil,
        listings: doc.listings,
      })),
      total,
      limit,
      offset,
    };
  }
}
