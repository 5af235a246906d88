export * from './commands';
export * from './decider';
export * from './events';
export * from './roles';
export * from './state';
export * from './view';
export * from './token-index';
export * from './system-actors';
