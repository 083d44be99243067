import { createMunicipality } from '../../core/municipalities/create-municipality.ts';
import { listMunicipalities } from '../../core/municipalities/municipalities.repository.ts';
import { CliError, type Command, requiredOption, stringOption, UsageError } from '../command.ts';
import { readConfig, withDatabase } from '../context.ts';
import { say } from '../output.ts';

/** "Súdwest-Fryslân" → "sudwest-fryslan": lower case, no accents, dashes between words. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const municipalityCreate: Command = {
  name: 'municipality create',
  summary: 'create a municipality (a tenant) by its CBS code',
  usage: 'wijkwerk municipality create --code GM0308 --name Baarn [--slug baarn]',
  options: { code: { type: 'string' }, name: { type: 'string' }, slug: { type: 'string' } },
  optionHelp: [
    ['--code GM0000', 'the CBS gemeentecode: GM and four digits'],
    ['--name NAME', 'the name shown on every page'],
    ['--slug SLUG', 'short name for addresses (default: from the name)'],
  ],
  async run({ values }) {
    const code = requiredOption(values, 'code', this.name).toUpperCase();
    const name = requiredOption(values, 'name', this.name);
    const slug = stringOption(values, 'slug')?.trim() || slugify(name);
    if (!/^GM\d{4}$/.test(code))
      throw new UsageError(`--code must be GM followed by four digits (got ${code})`, this.name);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
      throw new UsageError(
        `--slug may only hold lower-case letters, digits and dashes (got ${slug})`,
        this.name,
      );
    }
    const config = readConfig();
    await withDatabase(config, async ({ db }) => {
      const existing = await listMunicipalities(db);
      const same = existing.find((m) => m.code === code || m.slug === slug);
      if (same) throw new CliError(`${same.name} (${same.code}, slug ${same.slug}) already exists`);
      const m = await createMunicipality(db, { code, name, slug, isDemo: false });
      say(`created municipality ${m.name} (${m.code}, slug ${m.slug})`);
      say('next: import its areas and create an administrator:');
      say(`  npx wijkwerk import areas buurten.geojson --municipality ${m.code}`);
      say(
        `  npx wijkwerk user create --municipality ${m.code} --email … --name … --role administrator --password-stdin`,
      );
    });
  },
};
