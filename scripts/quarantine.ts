import 'reflect-metadata';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { createLogger, databaseUrlOf, ErrorCode } from '@keyfield/core';
import { GraphQLError } from 'graphql';
import { allSources } from '../services/sources';
import { QuarantineCommands } from '../services/ops/src/cli/quarantine-commands';
import { loadConfig } from '../services/ops/src/config';
import { opsDataSource } from '../services/ops/src/db';
import { createOpsServices } from '../services/ops/src/ops-services';

const USAGE = `npm run quarantine -- <command>
  list [--source S] [--reason text] [--stage S] [--resolved | --all] [--first N] [--after cursor]
                             entries, newest first (open ones unless --resolved or --all)
  show <id>                  one entry: reason, locator, raw page, record (personal numbers masked)
  redrive <id…>              convert again with the current converters; store what converts
  resolve <id…> [--note text]  close without storing
  summary [--source S]       open entries per source, stage and reason`;

class UsageError extends Error {}

const OPTIONS = {
  source: { type: 'string' }, reason: { type: 'string' }, stage: { type: 'string' }, note: { type: 'string' },
  resolved: { type: 'boolean' }, all: { type: 'boolean' }, first: { type: 'string' }, after: { type: 'string' }, help: { type: 'boolean' },
} as const;

async function run(commands: QuarantineCommands, command: string | undefined, args: string[], o: Record<string, string | boolean | undefined>): Promise<string> {
  const text = (k: string): string | undefined => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  const ids = (): string[] => {
    if (args.length === 0) throw new UsageError(`${command} needs at least one id`);
    return args;
  };
  switch (command) {
    case 'list': {
      const first = text('first');
      if (first !== undefined && !/^\d+$/.test(first)) throw new UsageError('--first takes a whole number');
      return commands.list({
        source: text('source'), reason: text('reason'), stage: text('stage'), after: text('after'),
        resolved: o['all'] ? undefined : Boolean(o['resolved']), first: first === undefined ? undefined : Number(first),
      });
    }
    case 'show':
      if (args.length !== 1) throw new UsageError('show takes exactly one id');
      return commands.show(args[0] ?? '');
    case 'redrive':
      return commands.redrive(ids());
    case 'resolve':
      return commands.resolve(ids(), text('note'));
    case 'summary':
      return commands.summary(text('source'));
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

/**
 * `npm run quarantine -- …`: work the quarantine from a shell, with the ops subgraph's own service
 * code (same validation, same transactions). Whoever can run it can reach the database, so it is
 * an admin by construction; writes are logged under `cli:<user>`.
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: OPTIONS, allowPositionals: true, strict: true });
  const [command, ...args] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  const config = loadConfig();
  const logger = createLogger('quarantine-cli', config.logLevel === 'info' ? 'warn' : config.logLevel);
  const db = opsDataSource(databaseUrlOf(config), 2);
  await db.initialize();
  try {
    const services = createOpsServices(db, logger, { sources: allSources() });
    console.log(await run(new QuarantineCommands(services, { name: `cli:${userInfo().username}` }), command, args, values));
    return 0;
  } finally {
    await db.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true;
    const badInput = err instanceof GraphQLError && err.extensions['code'] === ErrorCode.BadUserInput;
    console.error(usage ? `${(err as Error).message}\n\n${USAGE}` : err instanceof Error ? err.message : err);
    process.exit(usage || badInput ? 2 : 1);
  },
);
