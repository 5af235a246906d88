import type { TreeShape } from '../../bench/data/tree';

/** A city of two districts with two towns each and 30 enterprises: the as-of reads' tree. */
export const TINY_CITY: TreeShape = {
  rootKind: 'city',
  districts: 2,
  townsPerDistrict: 2,
  departmentsPerDistrict: 1,
  rootDepartments: 1,
  enterprises: 30,
};

/** A city of two districts with three towns each and 60 enterprises: a live year's tree. */
export const SMALL_CITY: TreeShape = {
  rootKind: 'city',
  districts: 2,
  townsPerDistrict: 3,
  departmentsPerDistrict: 2,
  rootDepartments: 1,
  enterprises: 60,
};
