import { type FieldError, ValidationError } from '../../../../core/errors.ts';
import type { RequestContext } from '../../../../core/http/request-context.ts';
import { listOrganisations } from '../../../../core/organisations/list-organisations.ts';
import type { BudgetLineInput } from '../../../../modules/plan/financing/budget-line-input.ts';
import {
  type BudgetSourceKind,
  budgetSourceKinds,
  parseEuroAmount,
} from '../../../../modules/plan/financing/co-financing.ts';
import { formString } from '../../../components/route-errors.ts';

// Loader and action helpers of the financing pages: the budget-line form as text fields in and
// the service's input out (euros typed by people become cents here), and the form's field names.

export const lineFormFields = [
  'sourceKind',
  'sourceOrganisationId',
  'sourceName',
  'description',
  'year',
  'committed',
  'spent',
] as const;

/** What the person typed, to show again after an error. */
export function lineFormValues(form: FormData): Record<string, string> {
  return Object.fromEntries(lineFormFields.map((f) => [f, formString(form, f).trim()]));
}

/** The service input from the form, or a ValidationError naming the form's own fields. */
export function lineInputFromForm(values: Record<string, string>): BudgetLineInput {
  const errors: FieldError[] = [];
  const committed = parseEuroAmount(values.committed ?? '');
  if (committed === null) errors.push({ field: 'committed', key: 'plan.finance.error.amount' });
  const spentText = values.spent ?? '';
  const spent = spentText === '' ? 0 : parseEuroAmount(spentText);
  if (spent === null) errors.push({ field: 'spent', key: 'plan.finance.error.amount' });
  const yearText = values.year ?? '';
  if (!/^\d{4}$/.test(yearText)) errors.push({ field: 'year', key: 'plan.finance.error.year' });
  const kind = values.sourceKind ?? '';
  if (!(budgetSourceKinds as readonly string[]).includes(kind))
    errors.push({ field: 'sourceKind', key: 'validation.choice' });
  if (errors.length > 0) throw new ValidationError(errors);
  return {
    sourceKind: kind as BudgetSourceKind,
    sourceOrganisationId: values.sourceOrganisationId ? values.sourceOrganisationId : null,
    sourceName: values.sourceName ?? '',
    description: values.description ?? '',
    year: Number(yearText),
    committedCents: committed ?? 0,
    spentCents: spent ?? 0,
  };
}

/** The service's field names (cents) as the form's (euros). */
export function asFormError(error: unknown): unknown {
  if (!(error instanceof ValidationError)) return error;
  const rename: Record<string, string> = { committedCents: 'committed', spentCents: 'spent' };
  return new ValidationError(
    error.fieldErrors.map((f) => ({ ...f, field: rename[f.field] ?? f.field })),
    error.key,
  );
}

/** Departments and partners to choose as a source (every organisation, by name). */
export async function sourceOrganisationOptions(rc: RequestContext) {
  const page = await listOrganisations(rc.app.db, rc.actor, { limit: 5000 });
  return page.items.map((o) => ({ value: o.id, label: o.name }));
}

/** ?jaar=2026&gebied=WK999902 as the service's filter; what is not a year or a code is ignored. */
export function programmeFilter(url: URL): { year?: number; areaCode?: string } {
  const year = url.searchParams.get('jaar') ?? '';
  const area = (url.searchParams.get('gebied') ?? '').trim();
  return {
    ...(/^\d{4}$/.test(year) ? { year: Number(year) } : {}),
    ...(/^[A-Za-z0-9]{1,20}$/.test(area) ? { areaCode: area.toUpperCase() } : {}),
  };
}
