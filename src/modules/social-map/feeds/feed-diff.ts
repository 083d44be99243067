import { createHash } from 'node:crypto';
import type { AssetStatus, ContactChannel, Formality } from '../asset.ts';
import type { ImportedEvent } from '../schedule/ics-import.ts';
import type { Schedule } from '../schedule/schedule.ts';

// The rules of a feed synchronisation, as plain functions: what an event says about its item,
// and what must be created, updated or archived. Items are matched by the event's UID; an event
// whose content (as far as the feed controls it) is the same as last time costs no write.

/** What the feed decides for all its items: where they land, what they are about, who owns them. */
export interface FeedDefaults {
  areaId: string;
  themes: string[];
  targetGroups: string[];
  ownerOrganisationId: string | null;
  formality: Formality;
}

/** The fields of an item that its feed controls; everything else an editor may add and keep. */
export interface FeedFields {
  title: string;
  summary: string;
  description: string;
  schedules: Schedule[];
  contact: ContactChannel[];
  areaId: string;
  themes: string[];
  targetGroups: string[];
  ownerOrganisationId: string | null;
  formality: Formality;
}

export interface KnownItem {
  uid: string;
  assetId: string;
  contentHash: string;
  /** The event left the feed earlier (its item was archived by the feed). */
  removed: boolean;
  assetStatus: AssetStatus;
}

export interface PlannedWrite {
  uid: string;
  fields: FeedFields;
  hash: string;
}

export interface SyncPlan {
  create: PlannedWrite[];
  /** revive: the event came back after it had left the feed. */
  update: Array<PlannedWrite & { assetId: string; revive: boolean }>;
  remove: Array<{ uid: string; assetId: string }>;
  unchanged: number;
  /** Events left out, with the reason (no title, archived here by an editor). */
  skipped: Array<{ uid: string; reason: 'no_title' | 'closed_here' }>;
}

const clip = (value: string | undefined, max: number) => (value ?? '').trim().slice(0, max);

function websiteOf(url: string | undefined): ContactChannel[] {
  if (!url || url.length > 300) return [];
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
      ? [{ type: 'website', value: url }]
      : [];
  } catch {
    return [];
  }
}

/** The item fields an event gives, within the limits of the asset's content rules. */
export function feedFields(event: ImportedEvent, defaults: FeedDefaults): FeedFields {
  return {
    title: clip(event.summary, 200),
    // The LOCATION of an event is free text ("Buurthuis De Linde, zaal 2"): shown as its summary.
    summary: clip(event.location, 500),
    description: clip(event.description, 10_000),
    schedules: [event.schedule],
    contact: websiteOf(event.url),
    areaId: defaults.areaId,
    themes: [...defaults.themes],
    targetGroups: [...defaults.targetGroups],
    ownerOrganisationId: defaults.ownerOrganisationId,
    formality: defaults.formality,
  };
}

/** JSON with sorted keys, so equal content always gives the same text (and hash). */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export function fieldsHash(fields: FeedFields): string {
  return createHash('sha256').update(stableJson(fields)).digest('hex');
}

/**
 * What a fetched feed changes. A cancelled event (STATUS:CANCELLED) counts as gone. An item an
 * editor archived or rejected stays so (the feed does not bring it back), but an item the feed
 * itself archived comes back when its event does.
 */
export function planSync(
  known: readonly KnownItem[],
  events: readonly ImportedEvent[],
  defaults: FeedDefaults,
): SyncPlan {
  const plan: SyncPlan = { create: [], update: [], remove: [], unchanged: 0, skipped: [] };
  const byUid = new Map(known.map((k) => [k.uid, k]));
  const present = new Set<string>();
  for (const event of events) {
    if (event.status === 'cancelled' || present.has(event.uid)) continue;
    const fields = feedFields(event, defaults);
    if (fields.title === '') {
      plan.skipped.push({ uid: event.uid, reason: 'no_title' });
      continue;
    }
    present.add(event.uid);
    const hash = fieldsHash(fields);
    const item = byUid.get(event.uid);
    if (!item) {
      plan.create.push({ uid: event.uid, fields, hash });
    } else if (item.removed) {
      plan.update.push({ uid: event.uid, fields, hash, assetId: item.assetId, revive: true });
    } else if (item.assetStatus === 'archived' || item.assetStatus === 'rejected') {
      plan.skipped.push({ uid: event.uid, reason: 'closed_here' });
    } else if (item.contentHash === hash) {
      plan.unchanged++;
    } else {
      plan.update.push({ uid: event.uid, fields, hash, assetId: item.assetId, revive: false });
    }
  }
  for (const item of known) {
    if (item.removed || present.has(item.uid)) continue;
    if (plan.skipped.some((s) => s.uid === item.uid && s.reason === 'closed_here')) continue;
    plan.remove.push({ uid: item.uid, assetId: item.assetId });
  }
  return plan;
}
