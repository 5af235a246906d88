export * from './codes';
export * from './order';
export * from './patrol';
export * from './problem';
