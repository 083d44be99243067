import '../policy.ts';
import {
  categoryRows,
  findCategoryRow,
  kindRows,
  type Queryable,
  toCategory,
  toKind,
} from './config.repository.ts';
import type { Category, Kind } from './config.ts';

export type { Category, Kind };

// Kinds and categories are public (the start page and the form show them); reading needs no
// permission. Ordered by the kind's position, then the category's position, then name.

export async function listKinds(
  db: Queryable,
  municipalityId: string,
  options: { activeOnly: boolean } = { activeOnly: true },
): Promise<Kind[]> {
  return (await kindRows(db, municipalityId, options)).map(toKind);
}

/** activeOnly also leaves out the categories of inactive kinds. */
export async function listCategories(
  db: Queryable,
  municipalityId: string,
  options: { activeOnly: boolean; kindId?: string | undefined } = { activeOnly: true },
): Promise<Category[]> {
  return (await categoryRows(db, municipalityId, options)).map(toCategory);
}

/** The category (active or not), or null when it does not exist in this municipality. */
export async function getCategory(
  db: Queryable,
  municipalityId: string,
  id: string,
): Promise<Category | null> {
  const row = await findCategoryRow(db, municipalityId, id);
  return row ? toCategory(row) : null;
}

/** The kind (active or not), or null. */
export async function getKind(db: Queryable, municipalityId: string, id: string): Promise<Kind | null> {
  const rows = await kindRows(db, municipalityId, { activeOnly: false });
  const row = rows.find((r) => r.id === id);
  return row ? toKind(row) : null;
}

/** The name in the reader's language: English when asked for and filled in, else Dutch. */
export function localName(c: { name: string; nameEn: string | null }, locale: 'nl' | 'en' | string): string {
  return locale === 'en' && c.nameEn && c.nameEn.trim() !== '' ? c.nameEn : c.name;
}

/** The help for choosing, in the reader's language (Dutch when no English text). */
export function localHelp(c: { help: string; helpEn: string | null }, locale: 'nl' | 'en' | string): string {
  return locale === 'en' && c.helpEn && c.helpEn.trim() !== '' ? c.helpEn : c.help;
}

/** What happens next, in the reader's language (Dutch when no English text). */
export function localNextSteps(
  c: { nextSteps: string; nextStepsEn: string | null },
  locale: 'nl' | 'en' | string,
): string {
  return locale === 'en' && c.nextStepsEn && c.nextStepsEn.trim() !== '' ? c.nextStepsEn : c.nextSteps;
}

/** The kind's description in the reader's language. */
export function localDescription(
  k: { description: string; descriptionEn: string | null },
  locale: 'nl' | 'en' | string,
): string {
  return locale === 'en' && k.descriptionEn && k.descriptionEn.trim() !== ''
    ? k.descriptionEn
    : k.description;
}
