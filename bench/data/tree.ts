import type { Industry, UnitKind } from '../../src/domain/units';
import { Rng } from '../../src/world/prng';

/** A unit to register, parents before children. */
export interface UnitSpec {
  id: string;
  name: string;
  kind: UnitKind;
  parentId?: string;
  industry?: Industry;
  regulatedIndustries?: Industry[];
}

export interface TreeShape {
  /** `city`: a city with districts (province-like); `district`: one district at the root. */
  rootKind: 'city' | 'district';
  /** Districts under a city root (ignored for a district root). */
  districts: number;
  townsPerDistrict: number;
  /** Industry departments (行业主管部门) of each district, at most DEPARTMENTS.length. */
  departmentsPerDistrict: number;
  /** Departments of the root itself (city root only). */
  rootDepartments: number;
  enterprises: number;
}

/** ~15 districts, ~200 towns, ~70 departments and 5,000 enterprises under one city. */
export const PROVINCE_TREE: TreeShape = {
  rootKind: 'city',
  districts: 15,
  townsPerDistrict: 13,
  departmentsPerDistrict: 4,
  rootDepartments: 8,
  enterprises: 5_000,
};

/** One district: 14 towns, 10 departments, 1,000 enterprises. */
export const DISTRICT_TREE: TreeShape = {
  rootKind: 'district',
  districts: 0,
  townsPerDistrict: 14,
  departmentsPerDistrict: 10,
  rootDepartments: 0,
  enterprises: 1_000,
};

const DEPARTMENTS: ReadonlyArray<{ name: string; industries: Industry[] }> = [
  {
    name: '应急管理局',
    industries: ['hazardous_chemicals', 'non_coal_mine', 'fireworks', 'industry_trade'],
  },
  { name: '住房和城乡建设局', industries: ['construction'] },
  { name: '交通运输局', industries: ['road_traffic', 'water_traffic'] },
  { name: '消防救援大队', industries: ['fire'] },
  { name: '农业农村局', industries: ['agri_machinery', 'fishing_vessel'] },
  { name: '公安交警大队', industries: ['road_traffic'] },
  { name: '发展和改革局', industries: ['coal_mine'] },
  { name: '市场监督管理局', industries: ['other'] },
  { name: '经济和信息化局', industries: ['industry_trade'] },
  { name: '水利局', industries: ['water_traffic'] },
];

const ENTERPRISE_INDUSTRIES: ReadonlyArray<readonly [Industry, number]> = [
  ['industry_trade', 34],
  ['construction', 20],
  ['hazardous_chemicals', 10],
  ['road_traffic', 10],
  ['fire', 6],
  ['non_coal_mine', 5],
  ['fireworks', 3],
  ['water_traffic', 2],
  ['other', 10],
];

const SUFFIX: Readonly<Partial<Record<Industry, string>>> = {
  industry_trade: '制造有限公司',
  construction: '建设工程有限公司',
  hazardous_chemicals: '化工有限公司',
  road_traffic: '运输有限公司',
  fire: '商贸城',
  non_coal_mine: '矿业有限公司',
  fireworks: '烟花爆竹有限公司',
  water_traffic: '航运有限公司',
  other: '服务有限公司',
};

export interface Tree {
  root: UnitSpec;
  districts: UnitSpec[];
  towns: UnitSpec[];
  departments: UnitSpec[];
  enterprises: UnitSpec[];
  /** Every unit, parents first. */
  all: UnitSpec[];
  byId: Map<string, UnitSpec>;
  /** Departments of a district (or of the root), by the district's id. */
  departmentsOf: Map<string, UnitSpec[]>;
  /** Enterprises by town id. */
  enterprisesOf: Map<string, UnitSpec[]>;
  /** The district a unit belongs to (the root for root departments). */
  districtOf(unitId: string): string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function buildTree(shape: TreeShape, seed: number): Tree {
  const rng = new Rng(seed);
  const root: UnitSpec =
    shape.rootKind === 'city'
      ? { id: 'C', name: '示范市', kind: 'city' }
      : { id: 'D', name: '示范区', kind: 'district' };
  const districts: UnitSpec[] =
    shape.rootKind === 'city'
      ? Array.from({ length: shape.districts }, (_, i) => ({
          id: `D${pad(i + 1, 2)}`,
          name: `第${i + 1}区`,
          kind: 'district' as const,
          parentId: root.id,
        }))
      : [root];
  const departments: UnitSpec[] = [];
  const departmentsOf = new Map<string, UnitSpec[]>();
  const addDepartments = (owner: UnitSpec, count: number) => {
    const list = DEPARTMENTS.slice(0, count).map((d, i) => ({
      id: `${owner.id}-B${i + 1}`,
      name: `${owner.name}${d.name}`,
      kind: 'department' as const,
      parentId: owner.id,
      regulatedIndustries: [...d.industries],
    }));
    departments.push(...list);
    departmentsOf.set(owner.id, list);
  };
  if (shape.rootKind === 'city') addDepartments(root, shape.rootDepartments);
  const towns: UnitSpec[] = [];
  for (const district of districts) {
    addDepartments(district, shape.departmentsPerDistrict);
    for (let t = 1; t <= shape.townsPerDistrict; t++) {
      towns.push({
        id: `${district.id}-T${pad(t, 2)}`,
        name: `${district.name}第${t}镇`,
        kind: 'town',
        parentId: district.id,
      });
    }
  }
  const enterprises: UnitSpec[] = [];
  const enterprisesOf = new Map<string, UnitSpec[]>(towns.map((t) => [t.id, []]));
  for (let e = 0; e < shape.enterprises; e++) {
    // Uneven: some towns are industrial, most have a few enterprises.
    const town = rng.chance(0.5) ? towns[e % towns.length] : towns[rng.int(0, Math.ceil(towns.length / 3) - 1)];
    const industry = rng.weighted(ENTERPRISE_INDUSTRIES);
    const enterprise: UnitSpec = {
      id: `${town.id}-E${pad(e + 1, 4)}`,
      name: `${town.name}第${e + 1}${SUFFIX[industry] ?? '有限公司'}`,
      kind: 'enterprise',
      parentId: town.id,
      industry,
    };
    enterprises.push(enterprise);
    enterprisesOf.get(town.id)!.push(enterprise);
  }
  const all = [
    root,
    ...(shape.rootKind === 'city' ? districts : []),
    ...departments,
    ...towns,
    ...enterprises,
  ];
  const byId = new Map(all.map((u) => [u.id, u]));
  const districtOf = (unitId: string): string => {
    let unit = byId.get(unitId);
    while (unit && unit.kind !== 'district' && unit.parentId) unit = byId.get(unit.parentId);
    return unit?.id ?? root.id;
  };
  return { root, districts, towns, departments, enterprises, all, byId, departmentsOf, enterprisesOf, districtOf };
}
