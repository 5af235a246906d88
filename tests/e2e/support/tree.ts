import type { Api, HttpTarget } from './api';

/** The body of POST /units. */
export interface UnitBody {
  id: string;
  name: string;
  kind: 'district' | 'town' | 'enterprise' | 'department';
  parentId?: string;
  industry?: string;
  regulatedIndustries?: string[];
}

export const district = (id = 'D1', name = '示范区'): UnitBody => ({ id, name, kind: 'district' });

export const town = (id: string, parentId: string, name = `镇${id}`): UnitBody => ({
  id,
  name,
  kind: 'town',
  parentId,
});

export const enterprise = (
  id: string,
  parentId: string,
  industry = 'construction',
  name = `企业${id}`,
): UnitBody => ({ id, name, kind: 'enterprise', parentId, industry });

export const department = (
  id: string,
  parentId: string,
  regulatedIndustries: string[],
  name = `部门${id}`,
): UnitBody => ({ id, name, kind: 'department', parentId, regulatedIndustries });

/** 示范区 `districtId` > 城关镇 T1, and the enterprises given (under T1 as each says). */
export const townTree = (districtId = 'D1', ...enterprises: UnitBody[]): UnitBody[] => [
  district(districtId),
  town('T1', districtId, '城关镇'),
  ...enterprises,
];

/** 示范区 `districtId` and a town 镇<id> under it for each id given. */
export const districtTree = (districtId: string, ...townIds: string[]): UnitBody[] => [
  district(districtId),
  ...townIds.map((id) => town(id, districtId)),
];

/** D > T > E (construction), the short chain of the read tests, and the units given after it. */
export const chainTree = (...more: UnitBody[]): UnitBody[] => [
  district('D'),
  town('T', 'D', '城关镇'),
  enterprise('E', 'T', 'construction', '建筑公司'),
  ...more,
];

/** Registers the units in their order; each must be accepted. */
export async function seedTree(api: Api<HttpTarget>, units: UnitBody[]): Promise<void> {
  for (const unit of units) await api.write('/units', unit);
}

/** Appoints a person to a post of a unit from `from`; the appointment must be accepted. */
export const appoint = (
  api: Api<HttpTarget>,
  unitId: string,
  personId: string,
  post: string,
  from: string,
  personName = `姓名${personId}`,
) => api.write(`/units/${unitId}/appointments`, { personId, personName, post, from }, 200);
