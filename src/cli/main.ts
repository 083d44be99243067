import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError } from '../core/config/env.ts';
import { DomainError, ValidationError } from '../core/errors.ts';
import { translate } from '../core/i18n/i18n.ts';
import { ForbiddenError } from '../core/permissions/can.ts';
import { CliError, type Command, type OptionValues, UsageError } from './command.ts';
import { backup } from './commands/backup.ts';
import { demo } from './commands/demo.ts';
import { importAreasCommand } from './commands/import-areas.ts';
import { importCsvCommand, importHsdsCommand } from './commands/import-social-map.ts';
import { jobsRun } from './commands/jobs-run.ts';
import { migrate } from './commands/migrate.ts';
import { municipalityCreate } from './commands/municipality-create.ts';
import { restore } from './commands/restore.ts';
import { serve } from './commands/serve.ts';
import { userCreate } from './commands/user-create.ts';
import { say, warn } from './output.ts';

// The `wijkwerk` command: `node src/cli/main.ts <command> [options]`, or `npx wijkwerk …`.
// Each command lives in its own file under commands/; this file finds it, parses its options
// with node's util.parseArgs, and turns failures into one line on stderr and a non-zero exit.

const commands: Command[] = [
  serve,
  migrate,
  demo,
  municipalityCreate,
  importAreasCommand,
  importHsdsCommand,
  importCsvCommand,
  userCreate,
  backup,
  restore,
  jobsRun,
];

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: wijkwerk <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Settings come from the environment (DATA_DIR, DATABASE_URL, PORT, …; see README).',
    'Run "wijkwerk <command> --help" for the options of a command.',
  ].join('\n');
}

function commandHelp(c: Command): string {
  const options: [string, string][] = [...(c.optionHelp ?? []), ['-h, --help', 'show this help']];
  const width = Math.max(...options.map(([flag]) => flag.length));
  return [
    `Usage: ${c.usage}`,
    '',
    `${c.summary[0]?.toUpperCase()}${c.summary.slice(1)}.`,
    ...(c.description ? ['', c.description] : []),
    '',
    'Options:',
    ...options.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
  ].join('\n');
}

/** The command named by the first one or two words of argv, and the arguments after it. */
function findCommand(argv: string[]): { command: Command; rest: string[] } | undefined {
  const [first, second] = argv;
  const two = commands.find((c) => c.name === `${first} ${second}`);
  if (two) return { command: two, rest: argv.slice(2) };
  const one = commands.find((c) => c.name === first);
  return one ? { command: one, rest: argv.slice(1) } : undefined;
}

function parse(command: Command, args: string[]): { values: OptionValues; positionals: string[] } | 'help' {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // parseArgs explains well ("Unknown option '--x'"); drop its hint about '--' separators.
    throw new UsageError((error as Error).message.split('. To specify')[0] as string, command.name);
  }
  if (parsed.values.help) return 'help';
  const expected = command.positionals ?? [];
  if (parsed.positionals.length < expected.length) {
    throw new UsageError(`missing ${expected.slice(parsed.positionals.length).join(' ')}`, command.name);
  }
  if (parsed.positionals.length > expected.length + (command.optionalPositionals?.length ?? 0)) {
    throw new UsageError(`unexpected argument "${parsed.positionals[expected.length]}"`, command.name);
  }
  return { values: parsed.values as OptionValues, positionals: parsed.positionals };
}

/** Runs the command line; resolves to the exit code, or null while a server keeps running. */
export async function main(argv: string[]): Promise<number | null> {
  const [first] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    say(overview());
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    say(version());
    return 0;
  }
  try {
    const found = findCommand(argv);
    if (!found) {
      const group = commands.filter((c) => c.name.startsWith(`${first} `)).map((c) => `"${c.name}"`);
      throw new UsageError(
        group.length
          ? `unknown command "${argv.slice(0, 2).join(' ')}" (did you mean ${group.join(' or ')}?)`
          : `unknown command "${first}"`,
      );
    }
    const args = parse(found.command, found.rest);
    if (args === 'help') {
      say(commandHelp(found.command));
      return 0;
    }
    const result = await found.command.run(args);
    return result === 'keep-running' ? null : 0;
  } catch (error) {
    return report(error);
  }
}

function report(error: unknown): number {
  if (error instanceof ConfigError) {
    warn(error.message);
    return 1;
  }
  if (error instanceof UsageError) {
    warn(`wijkwerk: ${error.message}`);
    warn(
      error.command
        ? `Run "wijkwerk ${error.command} --help" for its options.`
        : 'Run "wijkwerk --help" for the commands.',
    );
    return error.exitCode;
  }
  if (error instanceof CliError) {
    warn(`wijkwerk: ${error.message}`);
    return error.exitCode;
  }
  if (error instanceof ValidationError && error.fieldErrors.length) {
    warn(
      `wijkwerk: ${error.fieldErrors.map((f) => `${f.field}: ${translate('en', f.key, f.params)}`).join('; ')}`,
    );
    return 1;
  }
  if (error instanceof DomainError) {
    warn(`wijkwerk: ${translate('en', error.key, error.params)}`);
    return 1;
  }
  if (error instanceof ForbiddenError) {
    warn(`wijkwerk: ${error.message}`);
    return 1;
  }
  const e = error instanceof Error ? error : new Error(String(error));
  warn(`wijkwerk: error: ${e.message}`);
  if (process.env.LOG_LEVEL === 'debug') warn(e.stack ?? '');
  else warn('(set LOG_LEVEL=debug to see where)');
  return 1;
}

if (import.meta.main) {
  const code = await main(process.argv.slice(2));
  if (code !== null) process.exitCode = code;
}
