import { oneCity } from '../../src/world/sizes';

/** A city of two districts with two towns each and 30 enterprises: the as-of reads' world. */
export const TINY_CITY = oneCity(2, 1, {
  towns: 2,
  departments: 1,
  enterprises: [15, 15],
  keyShare: 0.2,
});

/** A city of two districts with three towns each and 60 enterprises: a live year's world. */
export const SMALL_CITY = oneCity(2, 1, {
  towns: 3,
  departments: 2,
  enterprises: [30, 30],
  keyShare: 0.2,
});
