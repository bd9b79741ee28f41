import 'reflect-metadata';
import { benchIngest } from './ingest';
import { benchServe } from './serve';

/**
 * `npm run bench -- <workload> [flags]`: runs one benchmark, prints its table, writes its JSON.
 * `ingest [--rows N]`; `serve [--sizes 100000,1000000] [--seconds 10] [--rounds 2] [--workloads column,profile,batch] …` (bench/serve/options.ts).
 */
const WORKLOADS: Record<string, (args: Map<string, string>) => Promise<void>> = {
  ingest: (args) => benchIngest(Number(args.get('--rows') ?? 1_000_000)),
  serve: benchServe,
};

async function main(): Promise<void> {
  const [name = 'ingest', ...rest] = process.argv.slice(2);
  const args = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 2) args.set(rest[i] ?? '', rest[i + 1] ?? '');
  const workload = WORKLOADS[name];
  if (!workload) throw new Error(`unknown workload "${name}"; known: ${Object.keys(WORKLOADS).join(', ')}`);
  await workload(args);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
