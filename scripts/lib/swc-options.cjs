'use strict';
/**
 * The swc options services compile with: what `@swc-node/register` derives from tsconfig.json
 * (`tsCompilerOptionsToSwcConfig`), with the source map inline so stack traces name .ts lines.
 * `scripts/lib/__tests__/service-register.test.ts` checks they still match.
 */
const SWC_OPTIONS = {
  target: 'es2022',
  jsx: false,
  sourcemap: 'inline',
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  useDefineForClassFields: false,
  esModuleInterop: true,
  dynamicImport: true,
  keepClassNames: true,
  externalHelpers: false,
  paths: {},
  ignoreDynamic: false,
  swc: {},
};

module.exports = { SWC_OPTIONS };
