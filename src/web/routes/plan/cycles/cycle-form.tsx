import { Form } from 'react-router';
import type { Translate } from '../../../../core/i18n/i18n.ts';
import type { CycleDeadline } from '../../../../modules/plan/cycles/cycle.ts';
import { deadlineIntervals, deadlinePurposes } from '../../../../modules/plan/cycles/deadlines.ts';
import { CsrfField } from '../../../components/csrf-field.tsx';
import type { FieldErrors } from '../../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/form-field.tsx';

// The form of a planning cycle: name, explanation and a fixed number of deadline rows (empty rows
// are skipped), so it works without JavaScript. Field names follow the service's input paths
// (deadlines.0.day), so its field errors land on the right control.

export const deadlineFields = [
  'title',
  'purpose',
  'everyMonths',
  'month',
  'day',
  'startsOn',
  'endsOn',
  'description',
] as const;

export interface CycleFormValues {
  organisationId: string;
  name: string;
  description: string;
  deadlines: Array<Record<(typeof deadlineFields)[number], string>>;
}

export function valuesOfDeadlines(deadlines: CycleDeadline[]): CycleFormValues['deadlines'] {
  return deadlines.map((d) => ({
    title: d.title,
    purpose: d.purpose,
    everyMonths: String(d.everyMonths),
    month: String(d.month),
    day: String(d.day),
    startsOn: d.startsOn ?? '',
    endsOn: d.endsOn ?? '',
    description: d.description,
  }));
}

/** Labels of every field for the error summary. */
export function cycleFieldLabels(t: Translate, rows: number): Record<string, string> {
  const labels: Record<string, string> = {
    organisationId: t('plan.cycle.field.organisation'),
    name: t('plan.cycle.field.name'),
    description: t('plan.cycle.field.description'),
    deadlines: t('plan.cycle.deadlines'),
  };
  const fieldLabel: Record<(typeof deadlineFields)[number], string> = {
    title: t('plan.cycle.field.title'),
    purpose: t('plan.cycle.field.purpose'),
    everyMonths: t('plan.cycle.field.everyMonths'),
    month: t('plan.cycle.field.month'),
    day: t('plan.cycle.field.day'),
    startsOn: t('plan.cycle.field.startsOn'),
    endsOn: t('plan.cycle.field.endsOn'),
    description: t('plan.cycle.field.deadlineDescription'),
  };
  for (let i = 0; i < rows; i++) {
    for (const f of deadlineFields)
      labels[`deadlines.${i}.${f}`] = `${t('plan.cycle.deadline.legend', { n: i + 1 })}: ${fieldLabel[f]}`;
  }
  return labels;
}

export function CycleForm({
  t,
  values,
  rows,
  errors,
  organisations,
  version,
  submitLabel,
}: {
  t: Translate;
  values: CycleFormValues;
  rows: number;
  errors: FieldErrors | undefined;
  /** For a new cycle: the organisations the actor may keep cycles for ('' = the municipality). */
  organisations: Array<{ value: string; label: string }> | null;
  version: number | null;
  submitLabel: string;
}) {
  const monthOptions = Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: t(`plan.cycle.month.${i + 1}`),
  }));
  return (
    <Form method="post" noValidate className="wijkwerk-form">
      <CsrfField />
      <input type="hidden" name="rows" value={rows} />
      {version !== null ? <input type="hidden" name="version" value={version} /> : null}
      {organisations ? (
        <SelectField
          name="organisationId"
          label={t('plan.cycle.field.organisation')}
          description={t('plan.cycle.field.organisation.hint')}
          options={organisations}
          defaultValue={values.organisationId}
          error={errors?.organisationId}
        />
      ) : null}
      <TextField
        name="name"
        label={t('plan.cycle.field.name')}
        description={t('plan.cycle.field.name.hint')}
        defaultValue={values.name}
        error={errors?.name}
        required
      />
      <TextAreaField
        name="description"
        label={t('plan.cycle.field.description')}
        defaultValue={values.description}
        error={errors?.description}
        rows={3}
      />
      <h2 className="utrecht-heading-2" id="deadlines-heading">
        {t('plan.cycle.deadlines')}
      </h2>
      <p className="utrecht-paragraph" id="field-deadlines">
        {t('plan.cycle.deadlines.hint')}
      </p>
      {errors?.deadlines ? (
        <p className="utrecht-form-field-error-message" id="field-deadlines-error">
          {errors.deadlines}
        </p>
      ) : null}
      {Array.from({ length: rows }, (_, i) => {
        const v = values.deadlines[i];
        const name = (f: string) => `deadlines.${i}.${f}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in a fixed form
          <fieldset key={i} className="utrecht-form-fieldset wijkwerk-fieldset">
            <legend className="utrecht-form-fieldset__legend">
              {t('plan.cycle.deadline.legend', { n: i + 1 })}
            </legend>
            <TextField
              name={name('title')}
              label={t('plan.cycle.field.title')}
              description={i === 0 ? t('plan.cycle.field.title.hint') : undefined}
              defaultValue={v?.title}
              error={errors?.[name('title')]}
            />
            <SelectField
              name={name('purpose')}
              label={t('plan.cycle.field.purpose')}
              options={deadlinePurposes.map((p) => ({ value: p, label: t(`plan.cycle.purpose.${p}`) }))}
              defaultValue={v?.purpose ?? 'budget'}
              error={errors?.[name('purpose')]}
            />
            <SelectField
              name={name('everyMonths')}
              label={t('plan.cycle.field.everyMonths')}
              options={deadlineIntervals.map((n) => ({
                value: String(n),
                label: t(`plan.cycle.every.${n}`),
              }))}
              defaultValue={v?.everyMonths ?? '12'}
              error={errors?.[name('everyMonths')]}
            />
            <SelectField
              name={name('month')}
              label={t('plan.cycle.field.month')}
              options={monthOptions}
              defaultValue={v?.month ?? '1'}
              error={errors?.[name('month')]}
            />
            <TextField
              name={name('day')}
              label={t('plan.cycle.field.day')}
              inputMode="numeric"
              defaultValue={v?.day ?? ''}
              error={errors?.[name('day')]}
            />
            <TextField
              name={name('startsOn')}
              label={t('plan.cycle.field.startsOn')}
              defaultValue={v?.startsOn}
              error={errors?.[name('startsOn')]}
            />
            <TextField
              name={name('endsOn')}
              label={t('plan.cycle.field.endsOn')}
              defaultValue={v?.endsOn}
              error={errors?.[name('endsOn')]}
            />
            <TextField
              name={name('description')}
              label={t('plan.cycle.field.deadlineDescription')}
              defaultValue={v?.description}
              error={errors?.[name('description')]}
            />
          </fieldset>
        );
      })}
      <SubmitButton name="intent" value="save">
        {submitLabel}
      </SubmitButton>
    </Form>
  );
}
