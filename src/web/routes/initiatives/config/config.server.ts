import { data, type RouterContextProvider } from 'react-router';
import { treeOrder } from '../../../../core/areas/area-tree.ts';
import { listAreas } from '../../../../core/areas/list-areas.ts';
import { ConflictError, ValidationError } from '../../../../core/errors.ts';
import { type RequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import '../../../../modules/initiatives/config/config-i18n.ts';
import { listCategories, listKinds } from '../../../../modules/initiatives/config/list-categories.ts';
import { routingTargets } from '../../../../modules/initiatives/config/list-routing-rules.ts';
import type { FieldErrors } from '../../../components/error-summary.tsx';
import type { SelectOption } from '../../../components/form-field.tsx';
import { formFailure } from '../../../components/route-errors.ts';
import { adminContext } from '../../admin/admin.server.ts';

// What the configuration pages share on the server: administrators and coordinators only (the
// administration section's rule, the same as the config policy), form failures with the
// service's field paths mapped to form fields, and the area choices.

export interface ConfigFailure {
  message: string;
  fieldErrors: FieldErrors;
  values?: Record<string, string>;
  /** Which form on the page failed (pages with several forms). */
  form?: string;
}

export function configContext(context: Readonly<RouterContextProvider>, request: Request): RequestContext {
  return adminContext(context, request);
}

/** A 400 with the messages at their fields, a 409 for a lost update; other errors as usual. */
export function configFailure(
  error: unknown,
  rc: RequestContext,
  options: { fieldOf?: (path: string) => string; values?: Record<string, string>; form?: string } = {},
) {
  const extra = {
    ...(options.values ? { values: options.values } : {}),
    ...(options.form ? { form: options.form } : {}),
  };
  if (error instanceof ValidationError) {
    const fieldErrors: FieldErrors = {};
    for (const f of error.fieldErrors) {
      const field = options.fieldOf ? options.fieldOf(f.field) : f.field;
      fieldErrors[field] ??= translate(rc.locale, f.key, f.params ?? {});
    }
    return data<ConfigFailure>(
      { message: translate(rc.locale, 'common.formErrors'), fieldErrors, ...extra },
      { status: 400 },
    );
  }
  if (error instanceof ConflictError)
    return data<ConfigFailure>(
      { message: translate(rc.locale, error.key), fieldErrors: {}, ...extra },
      { status: 409 },
    );
  return formFailure(error, rc.locale, options.values);
}

/** A checkbox: present → true. */
export function checked(form: FormData, name: string): boolean {
  return form.get(name) !== null;
}

/** The ?saved= flag of a page reached after a successful post. */
export function savedFlag(request: Request): string | null {
  return new URL(request.url).searchParams.get('saved');
}

/** Gebieden, wijken and buurten in tree order, indented by depth. */
export async function areaOptions(rc: RequestContext): Promise<SelectOption[]> {
  const areas = await listAreas(rc.app.db, rc.actor, { limit: 5000 });
  const places = treeOrder(areas.items).filter((a) => a.kind !== 'gemeente');
  const top = Math.min(...places.map((a) => a.depth));
  return places.map((a) => ({
    value: a.code,
    label: `${'\u00a0\u00a0'.repeat(Math.max(0, a.depth - top))}${a.name} (${translate(rc.locale, `area.kind.${a.kind}`)})`,
  }));
}

/** The choices of the rule form: kinds, categories, areas, organisations and their people. */
export async function ruleChoices(rc: RequestContext) {
  const m = rc.actor.municipalityId;
  const ctx = serviceContext(rc);
  const [kinds, categories, targets, areas] = await Promise.all([
    listKinds(rc.app.db, m, { activeOnly: false }),
    listCategories(rc.app.db, m, { activeOnly: false }),
    routingTargets(ctx),
    areaOptions(rc),
  ]);
  const kindName = new Map(kinds.map((k) => [k.id, k.name]));
  return {
    kinds: kinds.map((k) => ({ value: k.id, label: k.name })),
    categories: categories.map((c) => ({
      value: c.id,
      label: `${c.name} (${kindName.get(c.kindId) ?? ''})`,
    })),
    areas,
    organisations: targets.map((o) => ({ value: o.id, label: o.name })),
    // One entry per person (someone in two organisations is listed under the first).
    people: [
      ...new Map(
        targets.flatMap((o) =>
          o.people.map((p) => [p.id, { value: p.id, label: `${p.name} (${o.name})` }] as const),
        ),
      ).values(),
    ],
  };
}
