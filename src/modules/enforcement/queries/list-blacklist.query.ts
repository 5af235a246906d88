import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  BLACKLIST,
  enforcementProjection,
  type BlacklistDoc,
  type ListingDoc,
} from '../../../../projections/enforcement';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type { Where } from '../../../infrastructure/read-store/read-store.port';
import { type Page, pageOf } from '../../shared/paging';

export class ListBlacklistQuery {
  constructor(
    /** UTC ISO time the listing must hold at. */
    readonly at: string,
    readonly paging: { limit?: string; offset?: string },
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

  async execute({ at, paging }: ListBlacklistQuery): Promise<Page<BlacklistItem>> {
    const where: Where = { listedAt: { $lte: at }, listedUntil: { $gt: at } };
    const { limit, offset } = pageOf(paging);
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
