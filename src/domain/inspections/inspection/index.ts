export * from './commands';
export * from './decider';
export * from './events';
export * from './hazards';
export * from './kinds';
export * from './view';
