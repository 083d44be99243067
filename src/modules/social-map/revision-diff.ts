import type { AssetContent, FieldChange } from './asset.ts';

// Pure: what an editor sees in the queue, field by field, before and after.

const fieldOrder: ReadonlyArray<keyof AssetContent> = [
  'kind',
  'formality',
  'title',
  'summary',
  'description',
  'areaId',
  'ownerOrganisationId',
  'themes',
  'targetGroups',
  'abcdCategories',
  'locationType',
  'address',
  'point',
  'onlineUrl',
  'schedules',
  'scheduleNote',
  'costFree',
  'costText',
  'languages',
  'accessibility',
  'contact',
  'photoUrl',
  'photoAlt',
  'validFrom',
  'validUntil',
  'links',
];

/** Stable JSON: object keys sorted, so {a,b} and {b,a} compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/**
 * The fields that differ between two snapshots. Without a before (a new item) every filled
 * field is listed with before null. Arrays compare in order (the order of themes is shown).
 */
export function diffContent(before: AssetContent | null, after: AssetContent): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fieldOrder) {
    const b = before ? before[field] : null;
    const a = after[field];
    if (!before && isEmpty(a)) continue;
    if (canonical(b) !== canonical(a)) changes.push({ field, before: b ?? null, after: a ?? null });
  }
  return changes;
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}
