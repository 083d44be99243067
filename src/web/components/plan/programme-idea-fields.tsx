import type { FieldErrors } from '../error-summary.tsx';
import { CheckboxGroup, fieldId, TextAreaField, TextField } from '../form-field.tsx';
import { useShell } from '../shell.ts';
import '../../../modules/plan/programme/programme-i18n.ts';

// The fields of a project idea, shared by the submission form and the revision form on the
// status page.

export type IdeaFormValues = Record<string, string | string[]>;

export const ideaFieldNames = [
  'title',
  'summary',
  'description',
  'durability',
  'partners',
  'budgetEuros',
  'aimedEffectIds',
] as const;

export function ideaFieldLabels(t: (key: string) => string): Record<string, string> {
  return Object.fromEntries(
    [...ideaFieldNames, 'areaCode', 'submitterName', 'submitterEmail', 'consent'].map((f) => [
      f,
      t(`plan.programme.field.${f}`),
    ]),
  );
}

const one = (v: IdeaFormValues, k: string) => {
  const x = v[k];
  return Array.isArray(x) ? (x[0] ?? '') : (x ?? '');
};
const many = (v: IdeaFormValues, k: string) => {
  const x = v[k];
  return Array.isArray(x) ? x : x ? [x] : [];
};

/** The form's values in the shape of the service's input. */
export function ideaInputFromForm(form: FormData) {
  const s = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : '';
  };
  return {
    title: s('title'),
    summary: s('summary'),
    description: s('description'),
    durability: s('durability'),
    partners: s('partners'),
    budgetEuros: s('budgetEuros'),
    aimedEffectIds: form.getAll('aimedEffectIds').filter((v): v is string => typeof v === 'string'),
  };
}

/** Service paths such as aimedEffectIds.2 belong to the form field aimedEffectIds. */
export const ideaFieldOf = (path: string) => (path.startsWith('aimedEffectIds') ? 'aimedEffectIds' : path);

export function IdeaFields({
  values,
  errors,
  effects,
}: {
  values: IdeaFormValues;
  errors: FieldErrors;
  effects: Array<{ id: string; name: string; description: string }>;
}) {
  const { t } = useShell();
  const optional = (label: string) => `${label} ${t('plan.programme.field.optional')}`;
  return (
    <>
      <TextField
        name="title"
        label={t('plan.programme.field.title')}
        required
        defaultValue={one(values, 'title')}
        error={errors.title}
      />
      <TextAreaField
        name="summary"
        label={t('plan.programme.field.summary')}
        rows={3}
        defaultValue={one(values, 'summary')}
        error={errors.summary}
      />
      <TextAreaField
        name="description"
        label={optional(t('plan.programme.field.description'))}
        defaultValue={one(values, 'description')}
        error={errors.description}
      />
      <CheckboxGroup
        name="aimedEffectIds"
        legend={optional(t('plan.programme.field.aimedEffectIds'))}
        options={effects.map((e) => ({ value: e.id, label: e.name }))}
        defaultChecked={many(values, 'aimedEffectIds')}
        error={errors.aimedEffectIds}
      />
      <TextAreaField
        name="durability"
        label={optional(t('plan.programme.field.durability'))}
        rows={3}
        defaultValue={one(values, 'durability')}
        error={errors.durability}
      />
      <TextAreaField
        name="partners"
        label={optional(t('plan.programme.field.partners'))}
        rows={3}
        defaultValue={one(values, 'partners')}
        error={errors.partners}
      />
      <TextField
        name="budgetEuros"
        label={optional(t('plan.programme.field.budgetEuros'))}
        inputMode="decimal"
        defaultValue={one(values, 'budgetEuros')}
        error={errors.budgetEuros}
      />
    </>
  );
}

/** A field people never see and bots fill in; the service answers them as usual and keeps nothing. */
export function IdeaHoneypot({ name = 'homepage' }: { name?: string }) {
  const { t } = useShell();
  return (
    <div className="wijkwerk-visually-hidden">
      <label htmlFor={fieldId(name)}>{t('plan.programme.submit.honeypot')}</label>
      <input id={fieldId(name)} type="text" name={name} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
