import { readFileSync } from 'node:fs';
import { InvalidAreaFileError, importAreas } from '../../core/areas/import-areas.ts';
import { CliError, type Command, stringOption } from '../command.ts';
import { commandLineContext, pickMunicipality, readConfig, withDatabase } from '../context.ts';
import { progress, say } from '../output.ts';

export const importAreasCommand: Command = {
  name: 'import areas',
  summary: 'import the CBS wijk- en buurtkaart (GeoJSON) of a municipality',
  usage: 'wijkwerk import areas FILE.geojson [--municipality GM0308] [--dry-run]',
  description: [
    'FILE is a layer of the CBS Wijk- en buurtkaart (buurten, wijken or gemeenten) as GeoJSON, in',
    'RD New (EPSG:28992) or WGS84. Features of other municipalities and broken features are skipped',
    'with a reason. Wijken that are not in the file are made from their buurten. Running it again',
    'with the same file changes nothing; a newer edition updates only what differs.',
  ].join('\n'),
  options: { municipality: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  optionHelp: [
    ['--municipality GM0000', 'the municipality to import into (needed when there are several)'],
    ['--dry-run', 'report what would change without writing anything'],
  ],
  positionals: ['FILE'],
  async run({ values, positionals }) {
    const file = positionals[0] as string;
    const json = readJson(file);
    const config = readConfig();
    await withDatabase(config, async ({ db }) => {
      const municipality = await pickMunicipality(db, stringOption(values, 'municipality'));
      const dryRun = values['dry-run'] === true;
      say(`importing ${file} into ${municipality.name} (${municipality.code})${dryRun ? ' — dry run' : ''}`);
      const report = await importAreas(commandLineContext(db, municipality), json, {
        dryRun,
        onProgress: progress('areas'),
      }).catch((error: unknown) => {
        throw error instanceof InvalidAreaFileError ? new CliError(`${file} is ${error.message}`) : error;
      });
      for (const a of report.areas) {
        if (a.outcome === 'unchanged') continue;
        const detail =
          a.outcome === 'updated' ? ` (${a.changes.join(', ')})` : a.derived ? ' (from its buurten)' : '';
        say(`  ${a.outcome.padEnd(8)} ${a.kind.padEnd(8)} ${a.code.padEnd(10)} ${a.name}${detail}`);
      }
      for (const s of report.skipped)
        say(`  skipped  feature ${s.index}${s.code ? ` ${s.code}` : ''}: ${s.reason}`);
      const { created, updated, unchanged, skipped } = report.counts;
      say(
        `${report.features} features (${report.crs}): ${created} created, ${updated} updated, ${unchanged} unchanged, ${skipped} skipped${dryRun ? ' — dry run, nothing written' : ''}`,
      );
    });
  },
};

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}
