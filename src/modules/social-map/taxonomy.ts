import { readDb, type WriteTx, withTables } from '../../core/audit/write.ts';
import type { Db } from '../../core/db/database.ts';
import type { Locale } from '../../core/i18n/i18n.ts';
import type { SocialMapTables } from './social-map.tables.ts';

// Themes, target groups and the ABCD asset categories. Each municipality has its own list
// (it may rename, add or switch off terms); this is the Dutch default set every new
// municipality starts with.

export type Vocabulary = 'theme' | 'target_group' | 'abcd';

export interface Term {
  vocabulary: Vocabulary;
  code: string;
  labelNl: string;
  labelEn: string;
}

const themes: Array<[string, string, string]> = [
  ['zorg-en-welzijn', 'Zorg en welzijn', 'Care and wellbeing'],
  ['werk-en-inkomen', 'Werk en inkomen', 'Work and income'],
  ['geldzaken-en-schulden', 'Geldzaken en schulden', 'Money and debt'],
  ['opvoeden-en-opgroeien', 'Opvoeden en opgroeien', 'Parenting and growing up'],
  ['sport-en-bewegen', 'Sport en bewegen', 'Sport and exercise'],
  ['cultuur', 'Cultuur', 'Culture'],
  ['ontmoeting', 'Ontmoeting', 'Meeting people'],
  ['natuur-en-groen', 'Natuur en groen', 'Nature and green spaces'],
  ['taal-en-leren', 'Taal en leren', 'Language and learning'],
  ['wonen', 'Wonen', 'Housing'],
  ['veiligheid', 'Veiligheid', 'Safety'],
  ['vrijwilligerswerk', 'Vrijwilligerswerk', 'Volunteering'],
];

const targetGroups: Array<[string, string, string]> = [
  ['kinderen', 'Kinderen', 'Children'],
  ['jongeren', 'Jongeren', 'Young people'],
  ['ouders', 'Ouders', 'Parents'],
  ['ouderen', 'Ouderen', 'Older people'],
  ['nieuwkomers', 'Nieuwkomers', 'Newcomers'],
  ['mantelzorgers', 'Mantelzorgers', 'Carers'],
  ['mensen-met-een-beperking', 'Mensen met een beperking', 'People with a disability'],
  ['iedereen', 'Iedereen', 'Everyone'],
];

// The six kinds of asset of Asset-Based Community Development (Kretzmann & McKnight; the
// ABCD Institute's "six assets"): what residents can do, what they do together, the
// institutions, the physical places, the local economy, and the culture and stories.
const abcd: Array<[string, string, string]> = [
  ['individuals', 'Bewoners en hun talenten', 'Individuals and their gifts'],
  ['associations', 'Verenigingen en netwerken', 'Associations and networks'],
  ['institutions', 'Instellingen', 'Institutions'],
  ['physical-assets', 'Fysieke plekken', 'Physical assets'],
  ['economy', 'Lokale economie', 'Local economy'],
  ['culture', 'Cultuur en verhalen', 'Culture and stories'],
];

function terms(vocabulary: Vocabulary, list: Array<[string, string, string]>): Term[] {
  return list.map(([code, labelNl, labelEn]) => ({ vocabulary, code, labelNl, labelEn }));
}

export const defaultTaxonomy: readonly Term[] = [
  ...terms('theme', themes),
  ...terms('target_group', targetGroups),
  ...terms('abcd', abcd),
];

/** Gives a municipality the default terms it does not have yet; safe to run again. */
export async function seedDefaultTaxonomy(tx: WriteTx, municipalityId: string): Promise<number> {
  const rows = defaultTaxonomy.map((t, i) => ({
    municipality_id: municipalityId,
    vocabulary: t.vocabulary,
    code: t.code,
    label_nl: t.labelNl,
    label_en: t.labelEn,
    position: i,
  }));
  const inserted = await withTables<SocialMapTables>(tx)
    .insertInto('social_map_terms')
    .values(rows)
    .onConflict((oc) => oc.columns(['municipality_id', 'vocabulary', 'code']).doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

/** The active terms of a municipality, in their order. Taxonomy is public. */
export async function listTaxonomy(db: Db, municipalityId: string): Promise<Term[]> {
  const rows = await readDb<SocialMapTables>(db)
    .selectFrom('social_map_terms')
    .select(['vocabulary', 'code', 'label_nl', 'label_en'])
    .where('municipality_id', '=', municipalityId)
    .where('active', '=', true)
    .orderBy('position')
    .orderBy('code')
    .execute();
  return rows.map((r) => ({
    vocabulary: r.vocabulary,
    code: r.code,
    labelNl: r.label_nl,
    labelEn: r.label_en,
  }));
}

export function termLabel(term: Term, locale: Locale): string {
  return locale === 'en' ? term.labelEn : term.labelNl;
}
