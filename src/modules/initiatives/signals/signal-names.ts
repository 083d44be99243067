import type { Locale } from '../../../core/i18n/i18n.ts';
import type { InitiativesDb } from '../initiatives.tables.ts';
import { categoryRows } from './signals.repository.ts';

// Category names in the reader's language (the English name when there is one).

export interface CategoryName {
  id: string;
  code: string;
  name: string;
  onPublicMap: boolean;
  active: boolean;
}

export async function categoryNames(
  db: InitiativesDb,
  municipalityId: string,
  locale: Locale,
): Promise<CategoryName[]> {
  const rows = await categoryRows(db, municipalityId);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: locale === 'en' && r.name_en ? r.name_en : r.name,
    onPublicMap: r.on_public_map,
    active: r.active,
  }));
}
