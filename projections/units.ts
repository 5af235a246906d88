import type {
  AppointmentEnded,
  Industry,
  PersonAppointed,
  Post,
  Unit,
  UnitKind,
  UnitRegistered,
  UnitStatisticsRecorded,
} from '../src/domain/units';
import type { Projection, ProjectedEvent, ProjectionStore, EventRef } from './projection';
import { byType, refOf, writtenBy, WRITTEN_INDEX, type Written } from './projection';
import { appointedPost, type HeldPost } from './shared/held-post';
import { toUnitNode, type UnitNode } from './shared/unit-paths';

export interface PostDoc extends HeldPost {
  personId: string;
}

export interface UnitDoc extends Written, UnitNode {
  posts: PostDoc[];
  /** Everyone who holds or held a post here, once each (to find a person's units by index). */
  personIds: string[];
  statistics: Record<string, Record<string, number>>;
  ref: EventRef;
}

const UNITS = 'units';

async function registered(
  event: ProjectedEvent<UnitRegistered>,
  store: ProjectionStore,
): Promise<void> {
  const { data } = event;
  const parent = data.parentId ? await store.get<UnitDoc>(UNITS, data.parentId) : null;
  store.put<UnitDoc>(UNITS, {
    ...toUnitNode(data, parent?.path),
    posts: [],
    personIds: [],
    statistics: {},
    ref: refOf(event),
    ...writtenBy(event),
  });
}

async function update(
  event: ProjectedEvent<PersonAppointed | AppointmentEnded | UnitStatisticsRecorded>,
  store: ProjectionStore,
  change: (unit: UnitDoc) => UnitDoc,
): Promise<void> {
  const unit = await store.get<UnitDoc>(UNITS, event.data.unitId);
  if (unit) store.put<UnitDoc>(UNITS, { ...change(unit), ...writtenBy(event) });
}

/** Units with their posts over time and statistics per year. */
export const unitsProjection: Projection = {
  name: 'units',
  version: 3,
  collections: {
    [UNITS]: { indexes: [['parentId'], ['kind'], ['path'], ['personIds'], WRITTEN_INDEX] },
  },
  ...byType<UnitRegistered | PersonAppointed | AppointmentEnded | UnitStatisticsRecorded>({
    UnitRegistered: registered,
    PersonAppointed: (event, store) => {
      const { data } = event;
      return update(event, store, (unit) => ({
        ...unit,
        posts: [...unit.posts, { personId: data.personId, ...appointedPost(event) }],
        personIds: [...new Set([...unit.personIds, data.personId])],
      }));
    },
    AppointmentEnded: (event, store) => {
      const { data } = event;
      return update(event, store, (unit) => ({
        ...unit,
        posts: unit.posts.map((post) =>
          post.personId === data.personId &&
          post.post === data.post &&
          post.from === data.from &&
          post.to === null
            ? { ...post, to: data.to, endRef: refOf(event) }
            : post,
        ),
      }));
    },
    UnitStatisticsRecorded: (event, store) => {
      const { unitId: _unit, year, ...figures } = event.data;
      return update(event, store, (unit) => ({
        ...unit,
        statistics: { ...unit.statistics, [String(year)]: figures },
      }));
    },
  }),
};

/** Persons in `post` of the unit at the instant `at`: from ≤ at < to. */
export const postHoldersAt = (unit: UnitDoc, at: string): PostDoc[] => {
  const t = Date.parse(at);
  return unit.posts.filter(
    (p) => Date.parse(p.from) <= t && (p.to === null || t < Date.parse(p.to)),
  );
};

/**
 * The unit as the domain holds it, from its document: `GET /units` shows each item with the
 * domain's `toUnitView`, as `GET /units/:id` does.
 */
export function unitOf(doc: UnitDoc): Unit {
  return {
    id: doc._id,
    name: doc.name,
    kind: doc.kind as UnitKind,
    ...(doc.parentId !== null && { parentId: doc.parentId }),
    ...(doc.industry !== null && { industry: doc.industry as Industry }),
    regulatedIndustries: doc.regulatedIndustries as Industry[],
    ...(doc.establishedAt !== null && { establishedAt: doc.establishedAt }),
    appointments: doc.posts.map((p) => ({
      personId: p.personId,
      personName: p.personName,
      post: p.post as Post,
      from: p.from,
      ...(p.to !== null && { to: p.to }),
      portfolioIndustries: p.portfolioIndustries as Industry[],
    })),
    statistics: doc.statistics,
  };
}
