import { describe, expect, it } from 'vitest';
import type { ImportedEvent } from '../schedule/ics-import.ts';
import { type FeedDefaults, feedFields, fieldsHash, type KnownItem, planSync } from './feed-diff.ts';

const defaults: FeedDefaults = {
  areaId: 'area-1',
  themes: ['ontmoeting'],
  targetGroups: [],
  ownerOrganisationId: 'org-1',
  formality: 'formal',
};

function event(
  uid: string,
  summary = `Activiteit ${uid}`,
  extra: Partial<ImportedEvent> = {},
): ImportedEvent {
  return {
    uid,
    summary,
    description: undefined,
    location: 'Buurthuis',
    url: undefined,
    schedule: { start: '2026-03-02T10:00', durationMinutes: 60 },
    ...extra,
  };
}

function known(e: ImportedEvent, over: Partial<KnownItem> = {}): KnownItem {
  return {
    uid: e.uid,
    assetId: `asset-${e.uid}`,
    contentHash: fieldsHash(feedFields(e, defaults)),
    removed: false,
    assetStatus: 'published',
    ...over,
  };
}

describe('planSync', () => {
  it('creates an item for every new UID', () => {
    const plan = planSync([], [event('a'), event('b')], defaults);
    expect(plan.create.map((c) => c.uid)).toEqual(['a', 'b']);
    expect(plan.create[0]?.fields).toMatchObject({
      title: 'Activiteit a',
      summary: 'Buurthuis',
      themes: ['ontmoeting'],
    });
    expect(plan.update).toEqual([]);
    expect(plan.remove).toEqual([]);
  });

  it('is idempotent: the same feed again plans nothing', () => {
    const events = [event('a'), event('b')];
    const plan = planSync(
      events.map((e) => known(e)),
      events,
      defaults,
    );
    expect(plan).toEqual({ create: [], update: [], remove: [], unchanged: 2, skipped: [] });
  });

  it('updates an item whose event changed, matched by UID', () => {
    const before = event('a');
    const after = event('a', 'Koffie-ochtend', {
      schedule: { start: '2026-03-02T11:00', durationMinutes: 90 },
    });
    const plan = planSync([known(before)], [after], defaults);
    expect(plan.update).toHaveLength(1);
    expect(plan.update[0]).toMatchObject({ uid: 'a', assetId: 'asset-a', revive: false });
    expect(plan.update[0]?.fields.title).toBe('Koffie-ochtend');
    expect(plan.unchanged).toBe(0);
  });

  it('updates every item when the feed defaults change', () => {
    const e = event('a');
    const plan = planSync([known(e)], [e], { ...defaults, themes: ['sport'] });
    expect(plan.update.map((u) => u.uid)).toEqual(['a']);
  });

  it('removes items whose events left the feed or were cancelled', () => {
    const a = event('a');
    const b = event('b');
    const plan = planSync([known(a), known(b)], [{ ...a, status: 'cancelled' }], defaults);
    expect(plan.remove).toEqual([
      { uid: 'a', assetId: 'asset-a' },
      { uid: 'b', assetId: 'asset-b' },
    ]);
    // Removed already: not removed twice.
    const again = planSync([known(a, { removed: true })], [], defaults);
    expect(again.remove).toEqual([]);
  });

  it('brings an item back when its event returns', () => {
    const a = event('a');
    const plan = planSync([known(a, { removed: true, assetStatus: 'archived' })], [a], defaults);
    expect(plan.update).toMatchObject([{ uid: 'a', revive: true }]);
  });

  it('leaves alone what an editor archived, and events without a title', () => {
    const a = event('a', 'Nieuwe titel');
    const plan = planSync([known(event('a'), { assetStatus: 'archived' })], [a, event('b', '  ')], defaults);
    expect(plan.update).toEqual([]);
    expect(plan.remove).toEqual([]);
    expect(plan.create).toEqual([]);
    expect(plan.skipped).toEqual([
      { uid: 'a', reason: 'closed_here' },
      { uid: 'b', reason: 'no_title' },
    ]);
  });

  it('keeps only web links as contact, within the limits of the content rules', () => {
    const f = feedFields(event('a', 'x'.repeat(300), { url: 'javascript:alert(1)' }), defaults);
    expect(f.title).toHaveLength(200);
    expect(f.contact).toEqual([]);
    expect(feedFields(event('a', 'x', { url: 'https://linde.example/a' }), defaults).contact).toEqual([
      { type: 'website', value: 'https://linde.example/a' },
    ]);
  });
});
