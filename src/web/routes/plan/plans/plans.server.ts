import { data } from 'react-router';
import { ConflictError, ValidationError } from '../../../../core/errors.ts';
import { type Locale, translate } from '../../../../core/i18n/i18n.ts';
import type { FieldErrors } from '../../../components/error-summary.tsx';
import type { ConflictRow } from '../../../components/plan/plan-conflict.tsx';
import { fieldErrorsOf, formFailure, formString } from '../../../components/route-errors.ts';

// What the plan edit pages share on the server: reading a posted form into a service's input,
// and turning a failed save into messages at the fields, or into the conflict view that shows
// the editor's version beside the saved one.

export type FormValues = Record<string, string>;

export interface PlanFormFailure {
  message: string;
  fieldErrors: FieldErrors;
  /** What was posted, shown again (for a conflict: with the version it now starts from). */
  values: FormValues;
  conflict: ConflictRow[] | null;
}

/** The posted fields as strings (checkbox groups joined with commas), without the CSRF token. */
export function formValues(form: FormData, multi: string[] = []): FormValues {
  const out: FormValues = {};
  for (const key of new Set(form.keys())) {
    if (key === '_csrf') continue;
    out[key] = multi.includes(key)
      ? form
          .getAll(key)
          .filter((v): v is string => typeof v === 'string')
          .join(',')
      : formString(form, key);
  }
  return out;
}

/** A comma-separated form value as a list (empty items dropped). */
export function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** '' → null for optional fields of a form. */
export function orNull(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim();
}

/**
 * A failed save: 409 with the comparison when someone else saved first (the posted values come
 * back with the version they now start from), 400 with messages at the fields, or the error page.
 */
export function planFormFailure(
  error: unknown,
  locale: Locale,
  values: FormValues,
  conflict?: (error: ConflictError) => { rows: ConflictRow[]; version: number } | null,
) {
  if (error instanceof ConflictError && conflict) {
    const c = conflict(error);
    if (c) {
      return data<PlanFormFailure>(
        {
          message: translate(locale, 'plan.conflict.title'),
          fieldErrors: {},
          values: { ...values, version: String(c.version) },
          conflict: c.rows,
        },
        { status: 409 },
      );
    }
  }
  if (error instanceof ValidationError) {
    return data<PlanFormFailure>(
      {
        message: translate(locale, 'common.formErrors'),
        fieldErrors: fieldErrorsOf(error, locale),
        values,
        conflict: null,
      },
      { status: 400 },
    );
  }
  const other = formFailure(error, locale, values);
  return data<PlanFormFailure>(
    {
      message: other.data.message ?? translate(locale, 'error.validation'),
      fieldErrors: {},
      values,
      conflict: null,
    },
    { status: other.init?.status ?? 400 },
  );
}

/** The confirmation of the last action (?saved=…), when it is one of ours. */
export function savedNotice(url: URL, locale: Locale): string | null {
  const flag = url.searchParams.get('saved');
  const known = ['plan', 'item', 'created', 'milestone', 'indicator', 'member', 'deleted'];
  return flag && known.includes(flag) ? translate(locale, `plan.saved.${flag}`) : null;
}
