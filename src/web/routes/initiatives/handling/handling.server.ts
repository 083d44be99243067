import { treeOrder } from '../../../../core/areas/area-tree.ts';
import { listAreas } from '../../../../core/areas/list-areas.ts';
import type { FieldError } from '../../../../core/errors.ts';
import type { RequestContext } from '../../../../core/http/request-context.ts';
import { type Locale, translate } from '../../../../core/i18n/i18n.ts';
import { listOrganisations } from '../../../../core/organisations/list-organisations.ts';
import { type Actor, hasRole } from '../../../../core/permissions/actor.ts';
import {
  listCategories,
  listKinds,
  localName,
} from '../../../../modules/initiatives/config/list-categories.ts';
import {
  formatResidentDate,
  type ResidentEvent,
  residentMessage,
} from '../../../../modules/initiatives/config/resident-message.ts';
import { absoluteUrl, initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import type { FieldErrors } from '../../../components/error-summary.tsx';
import type { SelectOption } from '../../../components/form-field.tsx';

// What the handling pages share on the server: the choices of their selects, the resident text
// preview (the same template the service sends, rendered without saving anything) and service
// field errors mapped onto the page's field names.

export type InboxScope = 'mine' | 'organisation' | 'areas' | 'all';

/** The inbox tabs this actor has: an office sees everything, others their organisation and/or areas. */
export function scopesFor(actor: Actor): InboxScope[] {
  const out: InboxScope[] = [];
  if (actor.grants.some((g) => g.organisationId !== undefined && g.organisationId !== null))
    out.push('organisation');
  if (hasRole(actor, 'area_officer')) out.push('areas');
  if (hasRole(actor, 'administrator') || hasRole(actor, 'coordinator')) out.push('all');
  out.push('mine');
  return out;
}

/** Gebieden, wijken and buurten in tree order, indented by depth. */
export async function areaChoices(
  rc: RequestContext,
  kinds: string[] = ['gebied', 'wijk', 'buurt'],
): Promise<SelectOption[]> {
  const areas = await listAreas(rc.app.db, rc.actor, { limit: 5000 });
  const places = treeOrder(areas.items).filter((a) => kinds.includes(a.kind));
  const top = Math.min(...places.map((a) => a.depth));
  return places.map((a) => ({
    value: a.code,
    label: `${'\u00a0\u00a0'.repeat(a.depth - top)}${a.name} (${translate(rc.locale, `area.kind.${a.kind}`)})`,
  }));
}

/** Categories grouped by kind in the label ("Melding — Losse stoeptegel"); inactive ones only when current. */
export async function categoryChoices(rc: RequestContext, keep?: string): Promise<SelectOption[]> {
  const m = rc.municipality.id;
  const [kinds, categories] = await Promise.all([
    listKinds(rc.app.db, m, { activeOnly: false }),
    listCategories(rc.app.db, m, { activeOnly: false }),
  ]);
  const kindName = new Map(kinds.map((k) => [k.id, localName(k, rc.locale)]));
  return categories
    .filter((c) => c.active || c.id === keep)
    .map((c) => ({ value: c.id, label: `${kindName.get(c.kindId) ?? ''} — ${localName(c, rc.locale)}` }));
}

/** Departments, teams and partner organisations: who an item can be with. */
export async function organisationChoices(rc: RequestContext): Promise<SelectOption[]> {
  const page = await listOrganisations(rc.app.db, rc.actor, { limit: 1000 });
  return page.items
    .filter((o) => o.kind === 'department' || o.kind === 'partner')
    .map((o) => ({ value: o.id, label: o.name }));
}

/**
 * The message the resident would get, in their language, from the municipality's template or the
 * built-in text, filled in as the handling part's notifyResident fills it.
 */
export async function residentPreview(
  rc: RequestContext,
  item: { reference: string; title: string; locale: 'nl' | 'en'; deadlineOn: string },
  event: ResidentEvent,
  params: { owner: string; answer?: string; question?: string; reason?: string },
): Promise<{ subject: string; body: string }> {
  return residentMessage(rc.app.db, rc.municipality.id, event, item.locale, {
    reference: item.reference,
    title: item.title,
    deadline: formatResidentDate(item.locale, item.deadlineOn),
    // The same link the service puts in (the private link's token is not stored, only its hash).
    link: absoluteUrl(rc.app.publicUrl, initiativesPaths.start()),
    owner: params.owner,
    answer: params.answer ?? '',
    question: params.question ?? '',
    reason: params.reason ?? '',
  });
}

/** The service's field names onto this form's field names; the first message per field wins. */
export function pageFieldErrors(
  errors: readonly FieldError[],
  locale: Locale,
  fieldOf: Record<string, string>,
): FieldErrors {
  const out: FieldErrors = {};
  for (const f of errors) {
    const field = fieldOf[f.field] ?? fieldOf[f.field.split('.')[0] ?? ''] ?? f.field;
    out[field] ??= translate(locale, f.key, f.params ?? {});
  }
  return out;
}

/** A 'YYYY-MM-DD' date as the visitor reads it (the date itself, no time zone shifts). */
export function formatDay(locale: Locale, date: string): string {
  return formatResidentDate(locale, date);
}
