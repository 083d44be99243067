import { treeOrder } from '../../../../core/areas/area-tree.ts';
import { listAreas } from '../../../../core/areas/list-areas.ts';
import { type FieldError, ValidationError } from '../../../../core/errors.ts';
import type { RequestContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { parseEuros } from '../../../../modules/initiatives/budget/money.ts';
import type { SelectOption } from '../../../components/form-field.tsx';
import { formString } from '../../../components/route-errors.ts';

// What the budget pages share on the server: euros typed by people into cents (with the form's
// own field names in the errors), the service's field names mapped back to the form's, and the
// areas to choose from.

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The form's text fields, trimmed, to show again after an error. */
export function formValues(form: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, formString(form, f).trim()]));
}

/** Cents from a euro field; pushes an error on the field when it is not an amount. */
export function centsOf(
  values: Record<string, string>,
  field: string,
  errors: FieldError[],
  optional = false,
): number {
  const text = values[field] ?? '';
  if (optional && text === '') return 0;
  const cents = parseEuros(text);
  if (cents === null) {
    errors.push({ field, key: 'initiatives.budget.error.amount' });
    return 0;
  }
  return cents;
}

/** A ValidationError from the service, with its field names as the form's. */
export function asFormError(error: unknown, rename: Record<string, string>): unknown {
  if (!(error instanceof ValidationError)) return error;
  return new ValidationError(
    error.fieldErrors.map((f) => ({ ...f, field: rename[f.field] ?? f.field })),
    error.key,
  );
}

/** Gebieden, wijken and buurten in tree order, indented by depth. */
export async function areaOptions(rc: RequestContext): Promise<SelectOption[]> {
  const areas = await listAreas(rc.app.db, rc.actor, { limit: 5000 });
  const places = treeOrder(areas.items).filter((a) => a.kind !== 'gemeente');
  const top = Math.min(...places.map((a) => a.depth));
  return places.map((a) => ({
    value: a.code,
    label: `${'\u00a0\u00a0'.repeat(a.depth - top)}${a.name} (${translate(rc.locale, `area.kind.${a.kind}`)})`,
  }));
}

export function savedFlag<T extends string>(url: URL, flags: readonly T[]): T | null {
  const saved = url.searchParams.get('saved') ?? '';
  return (flags as readonly string[]).includes(saved) ? (saved as T) : null;
}
