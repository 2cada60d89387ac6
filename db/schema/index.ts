export * from './users';
export * from './tracking';
export * from './registry';
export * from './audit';
export * from './tokens';
export * from './webhooks';
export * from './monitoring';
export * from './discussion';
