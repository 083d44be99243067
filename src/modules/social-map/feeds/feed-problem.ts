import type { FeedResult } from '../schedule/fetch-feed.ts';

// What went wrong with a feed, as a message key the owner reads in their language; the fetcher's
// own (English, technical) message is kept beside it as the detail.

export type FeedProblemKey =
  | 'sm.feeds.problem.http'
  | 'sm.feeds.problem.timeout'
  | 'sm.feeds.problem.network'
  | 'sm.feeds.problem.unresolvable'
  | 'sm.feeds.problem.redirects'
  | 'sm.feeds.problem.tooLarge'
  | 'sm.feeds.problem.notICalendar'
  | 'sm.feeds.problem.refused'
  | 'sm.feeds.problem.malformed'
  | 'sm.feeds.problem.reservedHost';

export interface FeedProblem {
  key: FeedProblemKey;
  detail: string;
}

export function problemOf(result: Extract<FeedResult, { status: 'error' | 'bad_source' }>): FeedProblem {
  const m = result.message;
  const detail = m.slice(0, 1000);
  if (result.status === 'bad_source') {
    if (/^the feed is larger than/.test(m)) return { key: 'sm.feeds.problem.tooLarge', detail };
    if (/^not an iCalendar feed/.test(m)) return { key: 'sm.feeds.problem.notICalendar', detail };
    return { key: 'sm.feeds.problem.refused', detail };
  }
  if (/^HTTP \d{3}/.test(m)) return { key: 'sm.feeds.problem.http', detail };
  if (/^no complete answer within/.test(m)) return { key: 'sm.feeds.problem.timeout', detail };
  if (/could not be resolved/.test(m)) return { key: 'sm.feeds.problem.unresolvable', detail };
  if (/redirect|Location header/.test(m)) return { key: 'sm.feeds.problem.redirects', detail };
  return { key: 'sm.feeds.problem.network', detail };
}

/**
 * Host names that can never exist (RFC 2606 and 6761): the demo's feed lives on one. The scheduler
 * does not fetch them; fetching on demand reports this problem at once.
 */
export function isReservedHost(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
    return /(^|\.)(example|invalid|test|localhost)$/.test(host) || /^example\.(com|net|org)$/.test(host);
  } catch {
    return false;
  }
}
