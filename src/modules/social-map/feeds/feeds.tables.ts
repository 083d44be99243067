import type { ColumnType, Generated, Kysely, Selectable } from 'kysely';
import { readDb, type WriteTx, withTables } from '../../../core/audit/write.ts';
import type { Db } from '../../../core/db/database.ts';
import type { CoreTables } from '../../../core/db/tables.ts';
import type { SocialMapTables } from '../social-map.tables.ts';

// Row types of the feed tables (migrations/0005_social_map_feeds.sql), plus the source columns
// of the assets (0004), on top of the module's tables.

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export const feedStates = ['new', 'ok', 'error', 'bad_source'] as const;
export type FeedState = (typeof feedStates)[number];
export type FeedRunState = 'ok' | 'not_modified' | 'error' | 'bad_source';
export type FeedPublisherRole = 'editor' | 'organisation' | 'contributor';

export type FeedsTable = {
  id: Generated<string>;
  municipality_id: string;
  name: string;
  url: string;
  owner_organisation_id: string | null;
  owner_person_id: string | null;
  created_by: string | null;
  area_id: string;
  themes: TextArray;
  target_groups: TextArray;
  publisher_role: FeedPublisherRole;
  interval_minutes: Generated<number>;
  state: Generated<FeedState>;
  problem_key: string | null;
  problem_detail: string | null;
  consecutive_failures: Generated<number>;
  etag: string | null;
  last_modified: string | null;
  last_fetched_at: NullableTimestamp;
  last_succeeded_at: NullableTimestamp;
  next_fetch_at: NullableTimestamp;
  item_count: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type FeedItemsTable = {
  municipality_id: string;
  feed_id: string;
  uid: string;
  asset_id: string;
  content_hash: string;
  removed_at: NullableTimestamp;
};

export type FeedRunsTable = {
  id: Generated<string>;
  municipality_id: string;
  feed_id: string;
  started_at: Timestamp;
  state: FeedRunState;
  problem_key: string | null;
  problem_detail: string | null;
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
  warnings: ColumnType<string[], string, string>;
};

type SourceColumns = { source: string | null; source_id: string | null };

export type FeedTables = Omit<SocialMapTables, 'social_map_assets'> & {
  social_map_assets: SocialMapTables['social_map_assets'] & SourceColumns;
  social_map_feeds: FeedsTable;
  social_map_feed_items: FeedItemsTable;
  social_map_feed_runs: FeedRunsTable;
};

export type FeedRow = Selectable<FeedsTable>;
export type FeedItemRow = Selectable<FeedItemsTable>;
export type FeedRunRow = Selectable<FeedRunsTable>;

export type FeedDb = Kysely<CoreTables & FeedTables>;
export type FeedTx = WriteTx<CoreTables & FeedTables>;

export function feedDb(db: Db): FeedDb {
  return readDb<FeedTables>(db);
}

export function feedTx(tx: WriteTx): FeedTx {
  return withTables<FeedTables>(tx);
}
