import type { Projection } from '../../../projections/projection';
import type { ReadModels } from '../../infrastructure/projections/read-models';
import type { Where } from '../../infrastructure/read-store/read-store.port';
import { comparing, type Order } from './list-query';

/**
 * One page of a collection's documents matching any of `wheres`, in `order`, and their total. One
 * condition that matches is read a page at a time in the store's order; several may overlap, so
 * their documents are merged in memory.
 */
export async function pageOfUnion<T extends { _id: string }>(
  readModels: ReadModels,
  { projection, collection }: { projection: Projection; collection: string },
  wheres: readonly Where[],
  order: Order,
  { limit, offset }: { limit: number; offset: number },
): Promise<{ docs: T[]; total: number }> {
  const counts = await Promise.all(
    wheres.map((where) => readModels.count(projection, collection, where)),
  );
  const matching = wheres.filter((_, i) => counts[i] > 0);
  if (matching.length === 0) return { docs: [], total: 0 };
  if (matching.length === 1) {
    const docs = await readModels.find<T>(projection, collection, {
      where: matching[0],
      sort: order,
      limit,
      skip: offset,
    });
    return { docs, total: counts[wheres.indexOf(matching[0])] };
  }
  const all = new Map<string, T>();
  for (const where of matching) {
    for (const doc of await readModels.find<T>(projection, collection, { where })) {
      all.set(doc._id, doc);
    }
  }
  const sorted = [...all.values()].sort(comparing(order));
  return { docs: sorted.slice(offset, offset + limit), total: sorted.length };
}
