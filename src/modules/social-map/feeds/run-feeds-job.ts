import type { AppContext } from '../../../core/app-context.ts';
import { dueFeedRows } from './feeds.repository.ts';
import { feedDb } from './feeds.tables.ts';
import { fetchAndSyncFeed } from './sync-feed.ts';

export interface FeedsJobResult {
  fetched: number;
  ok: number;
  failed: number;
}

/**
 * The periodic feed run: every feed whose next fetch is due, one after the other (a feed server
 * sees at most one request at a time from us). A feed that fails only changes its own state.
 */
export async function runFeedsJob(
  app: Pick<AppContext, 'db'>,
  now = new Date(),
  options: { limit?: number; signal?: AbortSignal } = {},
): Promise<FeedsJobResult> {
  const result: FeedsJobResult = { fetched: 0, ok: 0, failed: 0 };
  for (const due of await dueFeedRows(feedDb(app.db), now, options.limit ?? 100)) {
    if (options.signal?.aborted) break;
    const report = await fetchAndSyncFeed(app.db, due.municipality_id, due.id, undefined, now);
    if (!report) continue;
    result.fetched++;
    if (report.state === 'ok' || report.state === 'not_modified') result.ok++;
    else result.failed++;
  }
  return result;
}
