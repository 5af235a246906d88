import { IsOptional, Matches } from 'class-validator';
import { ReadQueryDto } from './read-query.dto';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/** `?limit=&offset=` on list reads (limit 1..1000, default 100). */
export class PagedQueryDto extends ReadQueryDto {
  @IsOptional()
  @Matches(/^([1-9]\d{0,2}|1000)$/, { message: 'limit must be an integer from 1 to 1000' })
  limit?: string;

  @IsOptional()
  @Matches(/^\d{1,9}$/, { message: 'offset must be a non-negative integer' })
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
