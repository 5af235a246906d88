/**
 * Why a unit or a person answers in a responsibility chain (责任链): the enterprise itself (主体责任),
 * each territorial unit above it (属地管理), the departments regulating its industry (行业监管),
 * and the deputies whose portfolio covers that industry (一岗双责).
 */
export const CHAIN_ROLES = [
  'enterprise',
  'territorial',
  'regulating_department',
  'portfolio',
] as const;

export type ChainRole = (typeof CHAIN_ROLES)[number];
