import { find as mingoFind } from 'mingo';
import { toFind } from '../../src/infrastructure/read-store/mongodb/mongo-filter';
import type {
  AnyDocument,
  FindQuery,
  ReadStore,
  Where,
} from '../../src/infrastructure/read-store/read-store.port';

const ids = (docs: readonly { _id: string }[]): string[] => docs.map((d) => d._id);

/**
 * What the MongoDB adapter would answer: its own translation of the query, evaluated by mingo (an
 * in-memory implementation of MongoDB's query language) over every document of the collection.
 */
function mingoAnswer(all: AnyDocument[], query: FindQuery): string[] {
  const translated = toFind(query);
  if (translated === null) return [];
  const { filter, sort, skip, limit } = translated;
  const cursor = mingoFind(all, filter as Record<string, unknown>)
    .sort(sort)
    .skip(skip);
  if (limit !== undefined) cursor.limit(limit);
  return ids(cursor.all() as AnyDocument[]);
}

function compare(
  store: ReadStore,
  call: string,
  expected: string[],
  actual: string[],
  query: FindQuery,
): void {
  if (JSON.stringify(expected) === JSON.stringify(actual)) return;
  throw new Error(
    `${call} ${JSON.stringify(query)}: the ${store.adapter} adapter answered ` +
      `${JSON.stringify(actual)}, the MongoDB translation under mingo ${JSON.stringify(expected)}`,
  );
}

/**
 * The store, whose `find` and `count` also run the query through the MongoDB adapter's
 * translation over the same documents and fail when the ids differ. So every query case of the
 * contract suite checks the MongoDB filter and sort translation without a MongoDB server.
 */
export function checkedByMingo(store: ReadStore): ReadStore {
  const everything = (collection: string) => store.find(collection);
  const checked: Pick<ReadStore, 'find' | 'count'> = {
    async find<T>(collection: string, query: FindQuery = {}) {
      const found = await store.find(collection, query);
      const expected = mingoAnswer(await everything(collection), query);
      compare(store, 'find', expected, ids(found), query);
      return found as T[];
    },
    async count(collection: string, where?: Where) {
      const counted = await store.count(collection, where);
      const expected = mingoAnswer(await everything(collection), { where });
      compare(store, 'count', [String(expected.length)], [String(counted)], { where });
      return counted;
    },
  };
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'find' || property === 'count') return checked[property];
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
