import type { UnitRegistered } from '../../src/domain/units';
import type { ProjectedEvent, ProjectionStore } from '../projection';

/**
 * A projection's own copy of the unit tree: each unit with its path (itself, its parent, …, the
 * root), kind and industries. Projections that attribute facts to units keep one, so each
 * projection can be rebuilt on its own.
 */
export interface UnitNode {
  _id: string;
  name: string;
  kind: string;
  parentId: string | null;
  /** The unit itself first, then each ancestor up to the root. */
  path: string[];
  industry: string | null;
  regulatedIndustries: string[];
  establishedAt: string | null;
}

export const UNIT_NODES = 'unit_nodes';

/** The `collections` entry of a projection that keeps unit nodes. */
export const UNIT_NODE_COLLECTIONS = {
  [UNIT_NODES]: { indexes: [['parentId'], ['path'], ['kind']] },
};

export const findUnitNode = (store: ProjectionStore, unitId: string): Promise<UnitNode | null> =>
  store.get<UnitNode>(UNIT_NODES, unitId);

/** The unit as registered, under its parent's path (the parent alone while it is not known). */
export const toUnitNode = (
  data: UnitRegistered['data'],
  parentPath: readonly string[] | undefined,
): UnitNode => ({
  _id: data.id,
  name: data.name,
  kind: data.kind,
  parentId: data.parentId ?? null,
  path: [data.id, ...(parentPath ?? (data.parentId ? [data.parentId] : []))],
  industry: data.industry ?? null,
  regulatedIndustries: [...(data.regulatedIndustries ?? [])],
  establishedAt: data.establishedAt ?? null,
});

export async function applyUnitRegistered(
  event: ProjectedEvent<UnitRegistered>,
  store: ProjectionStore,
): Promise<UnitNode> {
  const { data } = event;
  const parent = data.parentId ? await findUnitNode(store, data.parentId) : null;
  const node = toUnitNode(data, parent?.path);
  store.put(UNIT_NODES, node);
  return node;
}
