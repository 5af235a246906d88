export * from './commands';
export * from './events';
export * from './scheme';
export * from './scheme-decider';
export * from './scheme-view';
export * from './unit-year-decider';
export * from './year-decider';
