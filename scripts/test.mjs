// `npm test`: type-check the whole tree, then run every Jest suite against the machine's Postgres.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('tsc', ['--noEmit', '-p', 'tsconfig.json']);
// pg-boss is an ES module: Jest loads ES modules from node_modules only under this flag.
run('node', ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', 'node_modules/jest/bin/jest.js', '--ci', ...process.argv.slice(2)]);
