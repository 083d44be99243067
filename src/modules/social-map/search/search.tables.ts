import type { ColumnType, Kysely } from 'kysely';
import type { WriteTx } from '../../../core/audit/write.ts';
import type { CoreTables } from '../../../core/db/tables.ts';
import type { SmDb, SmTx, SocialMapTables } from '../social-map.tables.ts';

// Kysely types of what migration 0003 adds for search: the synonym list and the search columns
// of the items. Both search columns are kept by a trigger: never written by the application.

type TextArray = ColumnType<string[], string[] | undefined, string[]>;
type TriggerKept<T> = ColumnType<T, never, never>;

export type SocialMapSynonymsTable = {
  municipality_id: string;
  /** Lower case without accents; a synonym may be a phrase. */
  term: string;
  synonyms: TextArray;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
};

export type SearchColumns = {
  /** Dutch tsvector of title (weight A) and search_text (weight B), unaccented. */
  search_vector: TriggerKept<string>;
  /** lower(unaccent(title + search_text)): what trigram (typo) matching runs on. */
  search_plain: TriggerKept<string>;
};

export type SearchTables = Omit<SocialMapTables, 'social_map_assets'> & {
  social_map_assets: SocialMapTables['social_map_assets'] & SearchColumns;
  social_map_synonyms: SocialMapSynonymsTable;
};

export type SearchDb = Kysely<CoreTables & SearchTables>;
export type SearchTx = WriteTx<CoreTables & SearchTables>;

/** The module's database handle with the search tables and columns typed. */
export function searchDb(db: SmDb | SmTx): SearchDb {
  return db as unknown as SearchDb;
}

export function searchTx(tx: SmTx): SearchTx {
  return tx as unknown as SearchTx;
}
