import { loneDistrict, oneCity } from '../../src/world/sizes';

/** A province-like store: one city of 8 districts, ~100 towns, ~90 departments, ~5,000 enterprises. */
export const PROVINCE_WORLD = oneCity(8, 8, {
  towns: 13,
  departments: 10,
  enterprises: [600, 650],
  keyShare: 0.12,
});

/** One district: 14 towns, 10 departments, 1,000 enterprises. */
export const DISTRICT_WORLD = loneDistrict({
  towns: 14,
  departments: 10,
  enterprises: [1_000, 1_000],
  keyShare: 0.12,
});
