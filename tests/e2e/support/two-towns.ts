import { district, enterprise, town, type UnitBody } from './tree';

/** 示范区 D > 城关镇 T1 (with 建筑公司 E1, construction) and 河西镇 T2, then the units given. */
export const twoTownsTree = (...more: UnitBody[]): UnitBody[] => [
  district('D', '示范区'),
  town('T1', 'D', '城关镇'),
  town('T2', 'D', '河西镇'),
  enterprise('E1', 'T1', 'construction', '建筑公司'),
  ...more,
];
