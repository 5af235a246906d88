export * from './hazard';
export * from './inspection';
export * from './report';
