import type { Translate } from '../../../core/i18n/i18n.ts';
import type { AssetContent, FieldChange } from '../../../modules/social-map/asset.ts';
import type { Schedule } from '../../../modules/social-map/schedule/schedule.ts';
import { formatOverride } from './asset-form-values.ts';

// Pure: a revision's field changes as text a person reads (labels instead of codes and ids), one
// list of items per side, so the view can mark what was removed and what was added.

export interface DiffRow {
  field: string;
  label: string;
  before: string[];
  after: string[];
}

export interface DiffLookup {
  /** Label of a taxonomy term in the page's language. */
  term(vocabulary: 'theme' | 'target_group' | 'abcd', code: string): string;
  area(id: string): string;
  organisation(id: string): string;
}

function scheduleText(s: Schedule): string {
  return [
    s.start,
    `${s.durationMinutes} min`,
    s.allDay ? 'all-day' : '',
    s.rrule ?? '',
    ...(s.exdates ?? []).map((d) => `EXDATE ${d}`),
    ...(s.overrides ?? []).map(formatOverride),
  ]
    .filter(Boolean)
    .join(' · ');
}

function items(field: keyof AssetContent, value: unknown, t: Translate, l: DiffLookup): string[] {
  if (value === null || value === undefined || value === '') return [];
  switch (field) {
    case 'kind':
      return [t(`socialMap.kind.${value}`)];
    case 'formality':
      return [t(`socialMap.formality.${value}`)];
    case 'locationType':
      return [t(`socialMap.locationType.${value}`)];
    case 'areaId':
      return [l.area(String(value))];
    case 'ownerOrganisationId':
      return [l.organisation(String(value))];
    case 'themes':
      return (value as string[]).map((c) => l.term('theme', c));
    case 'targetGroups':
      return (value as string[]).map((c) => l.term('target_group', c));
    case 'abcdCategories':
      return (value as string[]).map((c) => l.term('abcd', c));
    case 'accessibility':
      return (value as string[]).map((c) => t(`socialMap.accessibility.${c}`));
    case 'languages':
      return value as string[];
    case 'costFree':
      return [value ? t('sm.editor.diff.yes') : t('sm.editor.diff.no')];
    case 'address': {
      const a = value as NonNullable<AssetContent['address']>;
      return [`${a.street}, ${a.postalCode} ${a.city}`];
    }
    case 'point': {
      const p = value as NonNullable<AssetContent['point']>;
      return [`${p.lat}, ${p.lon}`];
    }
    case 'schedules':
      return (value as Schedule[]).map(scheduleText);
    case 'contact':
      return (value as AssetContent['contact']).map(
        (c) => `${t(`socialMap.contactType.${c.type}`)}: ${c.value}`,
      );
    case 'links':
      return (value as AssetContent['links']).map(
        (x) => `${t(`socialMap.linkRelation.${x.relation}`)}: ${x.assetId}`,
      );
    default:
      return [String(value)];
  }
}

export function diffRows(changes: FieldChange[], t: Translate, lookup: DiffLookup): DiffRow[] {
  return changes.map((c) => ({
    field: c.field,
    label: t(`sm.editor.field.${c.field}`),
    before: items(c.field, c.before, t, lookup),
    after: items(c.field, c.after, t, lookup),
  }));
}
