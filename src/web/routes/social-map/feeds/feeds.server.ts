import { treeOrder } from '../../../../core/areas/area-tree.ts';
import { listAreas } from '../../../../core/areas/list-areas.ts';
import type { RequestContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { listOrganisations } from '../../../../core/organisations/list-organisations.ts';
import { isEditorAnywhere } from '../../../../modules/social-map/policy.ts';
import { listTaxonomy, termLabel } from '../../../../modules/social-map/taxonomy.ts';
import { formString } from '../../../components/route-errors.ts';

// What the feed pages share on the server: the choices of the form, and reading a posted form.

export interface Choice {
  value: string;
  label: string;
}

export interface FeedFormChoices {
  areas: Choice[];
  organisations: Choice[];
  themes: Choice[];
  targetGroups: Choice[];
}

export async function feedFormChoices(rc: RequestContext): Promise<FeedFormChoices> {
  const [areas, organisations, terms] = await Promise.all([
    listAreas(rc.app.db, rc.actor, { limit: 5000 }),
    listOrganisations(rc.app.db, rc.actor, { limit: 5000 }),
    listTaxonomy(rc.app.db, rc.actor.municipalityId),
  ]);
  // Editors may register for any organisation; others for the ones they belong to.
  const mine = new Set(rc.actor.grants.map((g) => g.organisationId).filter(Boolean));
  const editor = isEditorAnywhere(rc.actor);
  return {
    areas: treeOrder(areas.items).map((a) => ({
      value: a.code,
      label: `${'\u00a0\u00a0'.repeat(a.depth)}${a.name} (${translate(rc.locale, `area.kind.${a.kind}`)})`,
    })),
    organisations: organisations.items
      .filter((o) => editor || mine.has(o.id))
      .map((o) => ({ value: o.id, label: o.name })),
    themes: terms
      .filter((t) => t.vocabulary === 'theme')
      .map((t) => ({ value: t.code, label: termLabel(t, rc.locale) })),
    targetGroups: terms
      .filter((t) => t.vocabulary === 'target_group')
      .map((t) => ({ value: t.code, label: termLabel(t, rc.locale) })),
  };
}

export interface FeedFormValues {
  name: string;
  url: string;
  organisationId: string;
  areaCode: string;
  themes: string[];
  targetGroups: string[];
  intervalMinutes: string;
}

export function feedFormValues(form: FormData): FeedFormValues {
  const all = (name: string) => form.getAll(name).filter((v): v is string => typeof v === 'string');
  return {
    name: formString(form, 'name'),
    url: formString(form, 'url'),
    organisationId: formString(form, 'organisationId'),
    areaCode: formString(form, 'areaCode'),
    themes: all('themes'),
    targetGroups: all('targetGroups'),
    intervalMinutes: formString(form, 'intervalMinutes'),
  };
}

/** The form's values as the services take them ('' is "not chosen"). */
export function feedInputOf(v: FeedFormValues) {
  const interval = Number.parseInt(v.intervalMinutes, 10);
  return {
    name: v.name,
    url: v.url,
    areaCode: v.areaCode || null,
    themes: v.themes,
    targetGroups: v.targetGroups,
    ...(v.intervalMinutes ? { intervalMinutes: Number.isFinite(interval) ? interval : -1 } : {}),
  };
}

/** For showing a failed form again: repeatable fields joined. */
export function flatValues(v: FeedFormValues): Record<string, string> {
  return { ...v, themes: v.themes.join(','), targetGroups: v.targetGroups.join(',') };
}
