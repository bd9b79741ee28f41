import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readDefaultTsConfig, tsCompilerOptionsToSwcConfig } from '@swc-node/register/read-default-tsconfig';
import { SERVICE_REGISTER } from '../children';

const ROOT = join(__dirname, '..', '..', '..');
const { SWC_OPTIONS } = require('../swc-options.cjs') as { SWC_OPTIONS: Record<string, unknown> };

test('services compile with the options @swc-node/register derives from tsconfig.json', () => {
  const derived = tsCompilerOptionsToSwcConfig(readDefaultTsConfig(join(ROOT, 'tsconfig.json')), join(ROOT, 'gateway/src/index.ts'));
  expect({ ...SWC_OPTIONS, sourcemap: true }).toEqual(derived);
});

test('a service process runs the TypeScript sources without loading the TypeScript compiler', async () => {
  const probe = `const core = require('./packages/core/src/index.ts');
    console.log(JSON.stringify({ exports: typeof core.createLogger, typescript: Object.keys(require.cache).some((k) => k.includes('/node_modules/typescript/')) }));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['-r', SERVICE_REGISTER, '-e', probe], { cwd: ROOT });
  expect(JSON.parse(stdout)).toEqual({ exports: 'function', typescript: false });
});

test('stack traces name the TypeScript line', async () => {
  const source = readFileSync(join(ROOT, 'packages/core/src/config/env.ts'), 'utf8').split('\n');
  const line = source.findIndex((l) => l.includes('setting.parse(raw)')) + 1;
  const probe = `try { require('./packages/core/src/config/env.ts').readSettings({ x: { env: 'X', parse: () => { throw new Error('boom'); } } }, { X: '1' }); } catch (err) { console.log(err.stack); }`;
  const { stdout } = await promisify(execFile)(process.execPath, ['-r', SERVICE_REGISTER, '-e', probe], { cwd: ROOT });
  expect(stdout).toContain(`env.ts:${line}:`);
});
