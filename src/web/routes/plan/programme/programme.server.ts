import { data } from 'react-router';
import { treeOrder } from '../../../../core/areas/area-tree.ts';
import { listAreas } from '../../../../core/areas/list-areas.ts';
import type { FieldError } from '../../../../core/errors.ts';
import type { RequestContext } from '../../../../core/http/request-context.ts';
import { type Locale, translate } from '../../../../core/i18n/i18n.ts';
import type { FieldErrors } from '../../../components/error-summary.tsx';
import type { SelectOption } from '../../../components/form-field.tsx';

// What the programme pages share on the server: the area choices, field errors with the
// service's paths mapped to form fields, and the answer to a link that is no longer valid.

/** Gebieden, wijken and buurten in tree order, indented by depth. */
export async function areaOptions(
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

/** 'scores.3.motivation' → 'scores.3.motivation'; 'aimedEffectIds.0' → 'aimedEffectIds'. */
export function translateErrors(
  errors: readonly FieldError[],
  locale: Locale,
  fieldOf: (path: string) => string = (p) => p,
): FieldErrors {
  const out: FieldErrors = {};
  for (const f of errors) out[fieldOf(f.field)] ??= translate(locale, f.key, f.params ?? {});
  return out;
}

export function invalidLinkPage(locale: Locale) {
  return data(
    { invalidLink: true as const, message: translate(locale, 'plan.programme.error.invalidLink') },
    { status: 410 },
  );
}
