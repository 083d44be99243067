import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { ServiceContext } from '../../core/audit/write.ts';
import { loadActor } from '../../core/auth/load-actor.ts';
import type { Db } from '../../core/db/database.ts';
import type { Municipality } from '../../core/municipalities/municipality.ts';
import { findPersonByEmail } from '../../core/people/people.repository.ts';
import {
  type CsvField,
  type CsvMapping,
  csvFields,
  importCsv,
} from '../../modules/social-map/hsds/import-csv.ts';
import { importHsds } from '../../modules/social-map/hsds/import-hsds.ts';
import {
  duplicateChoices,
  type ImportOptions,
  type ImportReport,
} from '../../modules/social-map/hsds/import-records.ts';
import {
  CliError,
  type Command,
  type OptionValues,
  requiredOption,
  stringOption,
  UsageError,
} from '../command.ts';
import { pickMunicipality, readConfig, withDatabase } from '../context.ts';
import { progress, say } from '../output.ts';

// `wijkwerk import hsds FILE` and `wijkwerk import csv FILE --map …`: the social-map imports
// (importHsds / importCsv) from the command line. Like `import areas`, they write unless
// --dry-run is given; a file with any invalid record writes nothing and exits 1 (decision 013).
// Progress goes to stderr, the report to stdout.

const sharedOptions = {
  municipality: { type: 'string' },
  as: { type: 'string' },
  'dry-run': { type: 'boolean' },
  duplicates: { type: 'string' },
} as const;

const sharedHelp: [string, string][] = [
  ['--as EMAIL', 'the account the import is made by: an administrator or coordinator (required)'],
  ['--municipality GM0000', 'the municipality to import into (needed when there are several)'],
  ['--dry-run', 'check the file and report what would change, without writing anything'],
  [
    '--duplicates skip|create|merge',
    'a record that looks like an existing item: skip it (default), add it anyway, or merge it into that item',
  ],
];

const reportDescription = [
  'The report lists every invalid record, every skipped record with its reason, possible',
  'duplicates of existing items and new organisations, then the counts. A file with any invalid',
  'record imports nothing and exits with code 1. Running it again with the same file changes',
  'nothing; a changed record updates the item it made before.',
].join('\n');

export const importHsdsCommand: Command = {
  name: 'import hsds',
  summary: 'import services of a sociale kaart in Open Referral HSDS 3.0',
  usage: 'wijkwerk import hsds FILE --as EMAIL [--municipality GM0308] [--dry-run]',
  description: [
    'FILE is HSDS 3.0 JSON (a list of services, a paginated list, or one full service) or a folder',
    'with the HSDS tabular CSV files (services.csv, locations.csv, …). Active services become',
    'published offerings; their place decides the area.',
    '',
    reportDescription,
  ].join('\n'),
  options: sharedOptions,
  optionHelp: sharedHelp,
  positionals: ['FILE'],
  async run({ values, positionals }) {
    const file = positionals[0] as string;
    if (!existsSync(file)) throw new CliError(`cannot read ${file}: ENOENT`);
    const email = requiredOption(values, 'as', 'import hsds');
    const options = importOptions(values, 'import hsds');
    await withImportContext(values, email, async (ctx, municipality) => {
      say(header(file, municipality, options));
      const kind = statSync(file).isDirectory() ? 'HSDS CSV folder' : 'HSDS JSON';
      say(`reading ${file} as ${kind}`);
      const report = await importHsds(ctx, { path: file }, { ...options, onProgress: progressLines() });
      printReport(file, report);
    });
  },
};

export const importCsvCommand: Command = {
  name: 'import csv',
  summary: 'import a list of the sociale kaart from a CSV file with a column mapping',
  usage: 'wijkwerk import csv FILE --map title=Naam,summary=Omschrijving,… --as EMAIL [--dry-run]',
  description: [
    'FILE is a CSV file (comma separated, UTF-8) with a header row. --map says which column',
    `holds which field: FIELD=Column pairs separated by commas; title is required. Fields: ${csvFields.join(', ')}.`,
    'Without an id column, title and postal code identify a row. The items remember the file name',
    '(or --name) as their source, so importing a newer version of the same list updates them.',
    '',
    reportDescription,
  ].join('\n'),
  options: { ...sharedOptions, map: { type: 'string' }, name: { type: 'string' } },
  optionHelp: [
    ['--map FIELD=Column,…', 'which column holds which field (required; title is required)'],
    ['--name NAME', 'the name of the list as source (default: the file name without extension)'],
    ...sharedHelp,
  ],
  positionals: ['FILE'],
  async run({ values, positionals }) {
    const file = positionals[0] as string;
    const mapping = parseMapping(requiredOption(values, 'map', 'import csv'));
    const email = requiredOption(values, 'as', 'import csv');
    const options = importOptions(values, 'import csv');
    const text = readText(file);
    const name = stringOption(values, 'name')?.trim() || basename(file, extname(file));
    await withImportContext(values, email, async (ctx, municipality) => {
      say(header(file, municipality, options));
      const report = await importCsv(ctx, { text, name }, mapping, {
        ...options,
        onProgress: progressLines(),
      });
      printReport(file, report);
    });
  },
};

/** "title=Naam,summary=Omschrijving" as a mapping; unknown fields and a missing title are usage errors. */
export function parseMapping(text: string): CsvMapping {
  const mapping: Partial<Record<CsvField, string>> = {};
  for (const pair of text.split(',')) {
    if (!pair.trim()) continue;
    const at = pair.indexOf('=');
    const field = pair.slice(0, Math.max(at, 0)).trim();
    const column = pair.slice(at + 1).trim();
    if (at < 1 || !column) throw new UsageError(`--map: "${pair}" is not FIELD=Column`, 'import csv');
    if (!(csvFields as readonly string[]).includes(field))
      throw new UsageError(`--map: unknown field "${field}" (fields: ${csvFields.join(', ')})`, 'import csv');
    mapping[field as CsvField] = column;
  }
  if (!mapping.title) throw new UsageError('--map: title=Column is required', 'import csv');
  return mapping as CsvMapping;
}

function importOptions(values: OptionValues, command: string): ImportOptions {
  const given = stringOption(values, 'duplicates') ?? 'skip';
  const duplicates = duplicateChoices.find((c) => c === given);
  if (!duplicates)
    throw new UsageError(`--duplicates must be skip, create or merge, not "${given}"`, command);
  return { dryRun: values['dry-run'] === true, mergeDuplicates: duplicates };
}

async function withImportContext(
  values: OptionValues,
  email: string,
  fn: (ctx: ServiceContext, municipality: Municipality) => Promise<void>,
): Promise<void> {
  const config = readConfig();
  await withDatabase(config, async ({ db }) => {
    const municipality = await pickMunicipality(db, stringOption(values, 'municipality'));
    await fn({ db, actor: await importer(db, municipality, email), meta: {} }, municipality);
  });
}

/** The person the import is made by: the revisions and the audit entry name them. */
async function importer(db: Db, municipality: Municipality, email: string) {
  const person = await findPersonByEmail(db, municipality.id, email);
  if (!person) throw new CliError(`there is no account ${email} in ${municipality.name}`);
  return loadActor(db, municipality.id, person);
}

function header(file: string, municipality: Municipality, options: ImportOptions): string {
  return `importing ${file} into ${municipality.name} (${municipality.code})${options.dryRun ? ' — dry run' : ''}`;
}

/** One progress bar (or line) per phase on stderr. */
function progressLines(): NonNullable<ImportOptions['onProgress']> {
  const check = progress('checking');
  const write = progress('writing');
  return (p) => (p.phase === 'check' ? check : write)(p.done, p.total);
}

function printReport(file: string, r: ImportReport): void {
  for (const x of r.invalid) say(`  invalid    ${x.ref}: ${x.reason}`);
  for (const x of r.skipped) say(`  skipped    ${x.ref}: ${x.reason}`);
  for (const d of r.duplicates)
    say(
      `  duplicate? ${d.ref} "${d.title}" looks like "${d.existingTitle}" (${d.existingAssetId}, similarity ${d.similarity})`,
    );
  for (const name of r.newOrganisations) say(`  new organisation: ${name}`);
  const outcome = r.written
    ? ''
    : r.invalid.length > 0
      ? ' — nothing written'
      : r.dryRun
        ? ' — dry run, nothing written'
        : '';
  say(
    `${r.total} records: ${r.created} created, ${r.updated} updated, ${r.merged} merged, ${r.unchanged} unchanged, ${r.skipped.length} skipped (${r.duplicates.length} possible duplicates), ${r.invalid.length} invalid${outcome}`,
  );
  if (r.invalid.length > 0)
    throw new CliError(
      `${file} has ${r.invalid.length} invalid record${r.invalid.length === 1 ? '' : 's'} (listed above): nothing was imported`,
    );
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}
