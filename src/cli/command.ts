import type { ParseArgsOptionsConfig } from 'node:util';

// What every `wijkwerk` command declares: its name, its help, its options (for node's
// util.parseArgs) and what it does.

export type OptionValues = Record<string, string | boolean | undefined>;

export interface Command {
  /** One or two words: 'serve', 'import areas'. */
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The synopsis, e.g. 'wijkwerk backup FILE'. */
  usage: string;
  /** Extra paragraphs for --help. */
  description?: string;
  options?: ParseArgsOptionsConfig;
  /** [flag as shown, explanation] for --help. */
  optionHelp?: [string, string][];
  /** Names of the required positional arguments, e.g. ['FILE']. */
  positionals?: string[];
  /** Names of positional arguments that may follow the required ones, e.g. ['NAME']. */
  optionalPositionals?: string[];
  /** Resolves when done; 'keep-running' when the command serves until stopped. */
  run(args: { values: OptionValues; positionals: string[] }): Promise<'done' | 'keep-running' | undefined>;
}

/** A failure the user can fix: printed as one line on stderr, exit code 1 (2 for wrong usage). */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

export class UsageError extends CliError {
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message, 2);
    this.command = command;
  }
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function requiredOption(values: OptionValues, name: string, command: string): string {
  const v = stringOption(values, name)?.trim();
  if (!v) throw new UsageError(`missing --${name}`, command);
  return v;
}
