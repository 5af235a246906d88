import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { CSV_CONTENT_TYPE, CSV_MEDIA_TYPE, toCsv } from '../../infrastructure/http/csv';
import { type Page, PagedQueryDto } from './paging';

const JSON_MEDIA_TYPE = 'application/json';

/** A paged list is a GET whose query is a PagedQueryDto (`limit`, `offset`). */
const pagedLists = new WeakMap<object, boolean>();

function isPagedList(context: ExecutionContext): boolean {
  const handler = context.getHandler();
  let paged = pagedLists.get(handler);
  if (paged === undefined) {
    const types = (Reflect.getMetadata(
      'design:paramtypes',
      context.getClass().prototype as object,
      handler.name,
    ) ?? []) as unknown[];
    paged = types.some(
      (type) => typeof type === 'function' && type.prototype instanceof PagedQueryDto,
    );
    pagedLists.set(handler, paged);
  }
  return paged;
}

/**
 * `Accept: text/csv` on a paged list answers its page's items as CSV (infrastructure/http/csv.ts),
 * the total in `X-Total-Count`. Registered before the scope filter, so it writes the items that
 * filter kept.
 */
@Injectable()
export class CsvInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http' || !isPagedList(context)) return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    response.vary('Accept');
    if (request.accepts([JSON_MEDIA_TYPE, CSV_MEDIA_TYPE]) !== CSV_MEDIA_TYPE) return next.handle();
    return next.handle().pipe(
      map((page: Page<object>) => {
        if (!Array.isArray(page?.items)) return page;
        response.setHeader('Content-Type', CSV_CONTENT_TYPE);
        response.setHeader('X-Total-Count', String(page.total));
        return toCsv(page.items);
      }),
    );
  }
}
