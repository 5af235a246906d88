import type { DistrictShape } from './district';

/** How big a generated world is. */
export interface WorldSize {
  /** Cities, each with its districts; 0: a single district without a city above it. */
  cities: number;
  districtsPerCity: readonly [number, number];
  cityDepartments: number;
  district: DistrictShape;
}

/** A single district without a city above it. */
export const loneDistrict = (district: DistrictShape): WorldSize => ({
  cities: 0,
  districtsPerCity: [1, 1],
  cityDepartments: 0,
  district,
});

/** One city with `districts` districts of the same shape and `cityDepartments` departments. */
export const oneCity = (
  districts: number,
  cityDepartments: number,
  district: DistrictShape,
): WorldSize => ({
  cities: 1,
  districtsPerCity: [districts, districts],
  cityDepartments,
  district,
});

const DISTRICT: DistrictShape = {
  towns: 12,
  departments: 30,
  enterprises: [570, 630],
  keyShare: 0.12,
};

export const WORLD_SIZES = {
  /** Two towns, three departments and ten enterprises: for tests. */
  tiny: loneDistrict({
    towns: 2,
    departments: 3,
    enterprises: [10, 10],
    keyShare: 0,
    staffing: 'lean',
  }),
  district: loneDistrict(DISTRICT),
  city: oneCity(5, 30, DISTRICT),
  province: { cities: 9, districtsPerCity: [4, 7], cityDepartments: 30, district: DISTRICT },
} as const satisfies Record<string, WorldSize>;
