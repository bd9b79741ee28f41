import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/**
 * The gateway's V8 heap bound. Unbounded on a large machine, V8 lets the heap grow to hundreds of
 * megabytes before collecting; the gateway keeps no large state, so a small young generation and a
 * bounded old one hold its RSS down at a measured CPU cost (docs/BENCHMARKS.md).
 */
export const GATEWAY_NODE_OPTIONS = '--max-old-space-size=160 --max-semi-space-size=8';

/** A service process started by `npm start`, with its output prefixed by its name. */
export interface Child {
  name: string;
  process: ChildProcess;
}

/** Compiles a service's TypeScript without keeping the TypeScript compiler loaded (see the file). */
export const SERVICE_REGISTER = join(__dirname, 'service-register.cjs');

/**
 * `KEYFIELD_CPU_PROF_DIR=<dir>` (for `npm start` or a bench): every service started here writes a V8
 * CPU profile into the folder when it exits, to open in Chrome DevTools and see where the time went.
 */
function profileArgs(): string[] {
  const dir = process.env['KEYFIELD_CPU_PROF_DIR'];
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

/** Starts `entry` (TypeScript, through swc) on this Node with `env` added. */
export function startChild(name: string, entry: string, env: Record<string, string>): Child {
  const child = spawn(process.execPath, [...profileArgs(), '-r', SERVICE_REGISTER, entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (chunk: Buffer): string => chunk.toString().split('\n').filter(Boolean).map((l) => `[${name}] ${l}\n`).join('');
  child.stdout?.on('data', (c: Buffer) => process.stdout.write(prefix(c)));
  child.stderr?.on('data', (c: Buffer) => process.stderr.write(prefix(c)));
  return { name, process: child };
}

/** Polls `url` until it answers 200, or fails after `timeoutMs`. */
export async function waitForHealthy(name: string, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not become healthy at ${url} within ${timeoutMs} ms`);
}

/** SIGTERM to every child, then waits for each to exit. */
export async function stopChildren(children: Child[]): Promise<void> {
  await Promise.all(children.map((c) => new Promise<void>((resolve) => {
    if (c.process.exitCode !== null) return resolve();
    c.process.once('exit', () => resolve());
    c.process.kill('SIGTERM');
  })));
}
