export * from './role';
export * from './identity';
export * from './request-signature';
export * from './test-secret';
