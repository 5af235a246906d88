export * from './commands';
export { supervisingUnitFor } from './decide-identification';
export { requireFiveImplementations } from './decide-plan';
export * from './decider';
export * from './events';
export * from './levels';
export * from './queries';
export * from './state';
export * from './view';
