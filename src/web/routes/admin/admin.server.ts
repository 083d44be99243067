import { data, type RouterContextProvider, redirect } from 'react-router';
import { z } from 'zod';
import { treeOrder } from '../../../core/areas/area-tree.ts';
import { listAreas } from '../../../core/areas/list-areas.ts';
import { decodeCursor, encodeCursor } from '../../../core/http/api/pagination.ts';
import { getRequestContext, type RequestContext } from '../../../core/http/request-context.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { listOrganisations } from '../../../core/organisations/list-organisations.ts';
import { type Actor, hasRole } from '../../../core/permissions/actor.ts';

// What every administration page does first: send visitors who are not signed in to the sign-in
// page (and back here afterwards), and refuse signed-in people without the rights with a 403.

/** The request context of a signed-in person; otherwise a redirect to /inloggen?next=… */
export function signedInContext(context: Readonly<RouterContextProvider>, request: Request): RequestContext {
  const rc = getRequestContext(context);
  if (!rc.viewer || rc.actor.personId === null) {
    const url = new URL(request.url);
    throw redirect(`/inloggen?next=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return rc;
}

/** The administration section is for administrators and coordinators (the Beheer link in the menu). */
export function mayAdminister(actor: Actor): boolean {
  return hasRole(actor, 'administrator') || hasRole(actor, 'coordinator');
}

export function forbidden(): never {
  throw data(null, { status: 403 });
}

/** Signed in and allowed into the administration section, or redirect / 403. */
export function adminContext(context: Readonly<RouterContextProvider>, request: Request): RequestContext {
  const rc = signedInContext(context, request);
  if (!mayAdminister(rc.actor)) forbidden();
  return rc;
}

/** All values of a form field that can repeat (checkboxes), as strings. */
export function formStrings(form: FormData, name: string): string[] {
  return form.getAll(name).filter((v): v is string => typeof v === 'string');
}

/** The ?cursor= of a list page; a cursor that is not ours just starts at the first page. */
export function pageCursor<T>(url: URL, schema: z.ZodType<T>): T | undefined {
  return decodeCursor(url.searchParams.get('cursor') ?? undefined, schema);
}

/** The link to the next page: this page's address with the new cursor (filters kept). */
export function nextPageHref(url: URL, next: unknown): string | null {
  if (next === null || next === undefined) return null;
  const params = new URLSearchParams(url.search);
  params.delete('saved');
  params.set('cursor', typeof next === 'string' ? next : encodeCursor(next));
  return `${url.pathname}?${params.toString()}`;
}

/** The first page of the same list (filters kept), when this is a later page. */
export function firstPageHref(url: URL): string | null {
  if (!url.searchParams.has('cursor')) return null;
  const params = new URLSearchParams(url.search);
  params.delete('cursor');
  params.delete('saved');
  const query = params.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

/** Cursor schemas of the lists (what the services hand back as nextCursor). */
export const nameCursor = z.object({ name: z.string(), id: z.uuid() });
export const timeCursor = z.object({ createdAt: z.iso.datetime(), id: z.uuid() });

/** A redirect after a successful post, with a flag the page turns into a confirmation message. */
export function redirectSaved(path: string, flag: string): Response {
  const sep = path.includes('?') ? '&' : '?';
  return redirect(`${path}${sep}saved=${encodeURIComponent(flag)}`);
}

/** Choices for the area and organisation selects of role forms, in tree and name order. */
export async function roleScopeOptions(rc: RequestContext) {
  const [areas, organisations] = await Promise.all([
    listAreas(rc.app.db, rc.actor, { limit: 5000 }),
    listOrganisations(rc.app.db, rc.actor, { limit: 5000 }),
  ]);
  return {
    areas: treeOrder(areas.items).map((a) => ({
      value: a.code,
      // Indented by depth, so the tree shows in the list.
      label: `${'\u00a0\u00a0'.repeat(a.depth)}${a.name} (${translate(rc.locale, `area.kind.${a.kind}`)})`,
    })),
    organisations: organisations.items
      .filter((o) => o.kind === 'department' || o.kind === 'partner')
      .map((o) => ({ value: o.id, label: `${o.name} (${translate(rc.locale, `org.kind.${o.kind}`)})` })),
  };
}
