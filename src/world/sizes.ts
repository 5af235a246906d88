import type { DistrictShape } from './district';

/** How big a generated world is. */
export interface WorldSize {
  /** Cities, each with its districts; 0: a single district without a city above it. */
  cities: number;
  districtsPerCity: readonly [number, number];
  cityDepartments: number;
  district: DistrictShape;
}

const DISTRICT: DistrictShape = {
  towns: 12,
  departments: 30,
  enterprises: [570, 630],
  keyShare: 0.12,
};

export const WORLD_SIZES = {
  /** Two towns, three departments and ten enterprises: for tests. */
  tiny: {
    cities: 0,
    districtsPerCity: [1, 1],
    cityDepartments: 0,
    district: { towns: 2, departments: 3, enterprises: [10, 10], keyShare: 0, staffing: 'lean' },
  },
  district: { cities: 0, districtsPerCity: [1, 1], cityDepartments: 0, district: DISTRICT },
  city: { cities: 1, districtsPerCity: [5, 5], cityDepartments: 30, district: DISTRICT },
  province: { cities: 9, districtsPerCity: [4, 7], cityDepartments: 30, district: DISTRICT },
} as const satisfies Record<string, WorldSize>;
