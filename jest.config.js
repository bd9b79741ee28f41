/** Jest runs TypeScript from source through swc (decorator metadata on); `npm run typecheck` checks types. */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/services', '<rootDir>/gateway', '<rootDir>/simulator', '<rootDir>/tests', '<rootDir>/scripts'],
  testMatch: ['**/__tests__/**/*.test.ts', '<rootDir>/tests/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', swc],
    // @graphql-hive/router-runtime loads its Rust query planner with `await import()`, which Jest's
    // CommonJS sandbox cannot run; compiling that package with swc turns it into require().
    '/@graphql-hive/router-runtime/dist/.+\\.cjs$': ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!@graphql-hive/router-runtime/)'],
  moduleNameMapper: { '^@keyfield/([a-z-]+)$': '<rootDir>/packages/$1/src' },
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  maxWorkers: 2,
};
