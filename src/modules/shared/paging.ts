import { IntegerQuery } from './integer-query';
import { ReadQueryDto } from './read-query.dto';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/** `?limit=&offset=` on list reads (limit 1..1000, default 100). */
export class PagedQueryDto extends ReadQueryDto {
  @IntegerQuery({ min: 1, max: MAX_LIMIT }, 'limit must be an integer from 1 to 1000')
  limit?: string;

  @IntegerQuery({ min: 0, max: 999_999_999 }, 'offset must be a non-negative integer')
  offset?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export const pageOf = (query: { limit?: string; offset?: string }) => ({
  limit: query.limit ? Number(query.limit) : DEFAULT_LIMIT,
  offset: query.offset ? Number(query.offset) : 0,
});

/** The same page with each item mapped (a read model's document to the resource's view). */
export const mapPage = <T, U>(page: Page<T>, view: (item: T) => U): Page<U> => ({
  ...page,
  items: page.items.map(view),
});
