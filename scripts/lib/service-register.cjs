'use strict';
/**
 * Loads the project's TypeScript in a long-running service process (`node -r
 * ./scripts/lib/service-register.cjs <entry>.ts`). `@swc-node/register`, which the npm scripts and
 * the tests use, reads tsconfig.json with the TypeScript compiler and keeps it loaded: about 55 MB
 * of RSS in every process. Services compile with the same swc options (`swc-options.cjs`) through
 * `@swc-node/core` alone.
 */
const { addHook } = require('pirates');
const { transformSync } = require('@swc-node/core');
const { SWC_OPTIONS } = require('./swc-options.cjs');

process.setSourceMapsEnabled(true);
addHook((code, filename) => transformSync(code, filename, SWC_OPTIONS).code, { exts: ['.ts'], ignoreNodeModules: true });
