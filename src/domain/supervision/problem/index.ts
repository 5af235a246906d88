export * from './commands';
export * from './decider';
export * from './events';
export * from './queries';
export * from './state';
export * from './view';
