import { ValidationError } from '../../../../core/errors.ts';
import type { Locale } from '../../../../core/i18n/i18n.ts';
import type { DeadlineInput } from '../../../../modules/plan/cycles/cycle-input.ts';
import { formFailure, formString } from '../../../components/route-errors.ts';
import { type CycleFormValues, deadlineFields } from './cycle-form.tsx';

// Reads the cycle form: the filled-in deadline rows become the service's input, and the service's
// field errors (deadlines.<n>.<field>, n counting filled rows) go back to the rows they came from.

export const maxRows = 24;

export function rowCount(existing: number): number {
  return Math.min(maxRows, Math.max(3, existing + 2));
}

export function readCycleForm(form: FormData) {
  const rows = Math.min(maxRows, Math.max(1, Number(formString(form, 'rows')) || 3));
  const values: CycleFormValues = {
    organisationId: formString(form, 'organisationId'),
    name: formString(form, 'name'),
    description: formString(form, 'description'),
    deadlines: [],
  };
  const used: number[] = [];
  const deadlines: DeadlineInput[] = [];
  for (let i = 0; i < rows; i++) {
    const row = Object.fromEntries(
      deadlineFields.map((f) => [f, formString(form, `deadlines.${i}.${f}`)]),
    ) as Record<(typeof deadlineFields)[number], string>;
    values.deadlines.push(row);
    // A row counts when something of its own was typed (the selects always have a value).
    if (row.title.trim() === '' && row.day.trim() === '' && row.description.trim() === '') continue;
    used.push(i);
    deadlines.push({
      title: row.title,
      description: row.description,
      purpose: row.purpose as DeadlineInput['purpose'],
      everyMonths: row.everyMonths,
      month: row.month,
      day: row.day,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
    });
  }
  return { rows, values, deadlines, used };
}

/** The form's failure, with field errors of deadline n moved to the row it was read from. */
export function cycleFormFailure(
  error: unknown,
  locale: Locale,
  used: number[],
  values: CycleFormValues,
  rows: number,
) {
  if (error instanceof ValidationError) {
    for (const f of error.fieldErrors) {
      const m = /^deadlines\.(\d+)\.(.+)$/.exec(f.field);
      if (m) f.field = `deadlines.${used[Number(m[1])] ?? m[1]}.${m[2]}`;
    }
  }
  const flat: Record<string, string> = {
    organisationId: values.organisationId,
    name: values.name,
    description: values.description,
    rows: String(rows),
  };
  values.deadlines.forEach((row, i) => {
    for (const [k, v] of Object.entries(row)) flat[`deadlines.${i}.${k}`] = v;
  });
  return formFailure(error, locale, flat);
}

/** The values of a failed post, back in the shape of the form. */
export function valuesFromFailure(flat: Record<string, string>): { values: CycleFormValues; rows: number } {
  const rows = Math.min(maxRows, Math.max(1, Number(flat.rows) || 3));
  return {
    rows,
    values: {
      organisationId: flat.organisationId ?? '',
      name: flat.name ?? '',
      description: flat.description ?? '',
      deadlines: Array.from(
        { length: rows },
        (_, i) =>
          Object.fromEntries(deadlineFields.map((f) => [f, flat[`deadlines.${i}.${f}`] ?? ''])) as Record<
            (typeof deadlineFields)[number],
            string
          >,
      ),
    },
  };
}
