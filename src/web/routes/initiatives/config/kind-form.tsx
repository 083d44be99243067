import { Form } from 'react-router';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { SubmitButton, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { formString } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { CheckboxField } from './config-ui.tsx';

// The form of a kind, for adding (with the code) and for editing (the code is fixed).

export interface KindFormValues {
  code: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  position: string;
  budgetRequest: boolean;
  active: boolean;
}

const textFields = ['code', 'name', 'nameEn', 'description', 'descriptionEn', 'position'] as const;

export function kindFormValues(form: FormData): KindFormValues {
  return {
    ...(Object.fromEntries(textFields.map((f) => [f, formString(form, f)])) as Record<
      (typeof textFields)[number],
      string
    >),
    budgetRequest: form.get('budgetRequest') !== null,
    active: form.get('active') !== null,
  };
}

export function kindFieldLabels(t: (key: string) => string): Record<string, string> {
  return {
    code: t('initiatives.config.code'),
    name: t('initiatives.config.name'),
    nameEn: t('initiatives.config.nameEn'),
    description: t('initiatives.config.kinds.description'),
    descriptionEn: t('initiatives.config.kinds.descriptionEn'),
    position: t('initiatives.config.position'),
  };
}

export function KindForm({
  values,
  errors,
  withCode,
  submitLabel,
}: {
  values: KindFormValues;
  errors: Record<string, string>;
  withCode: boolean;
  submitLabel: string;
}) {
  const { t } = useShell();
  const labels = kindFieldLabels(t);
  return (
    <Form method="post" noValidate className="wijkwerk-form">
      <CsrfField />
      {withCode ? (
        <TextField
          name="code"
          label={labels.code}
          description={t('initiatives.config.code.description')}
          required
          defaultValue={values.code}
          error={errors.code}
          spellCheck={false}
        />
      ) : null}
      <TextField name="name" label={labels.name} required defaultValue={values.name} error={errors.name} />
      <TextField
        name="nameEn"
        label={labels.nameEn}
        description={t('initiatives.config.englishOptional')}
        defaultValue={values.nameEn}
        error={errors.nameEn}
      />
      <TextAreaField
        name="description"
        label={labels.description}
        rows={3}
        defaultValue={values.description}
        error={errors.description}
      />
      <TextAreaField
        name="descriptionEn"
        label={labels.descriptionEn}
        rows={3}
        defaultValue={values.descriptionEn}
        error={errors.descriptionEn}
      />
      <TextField
        name="position"
        type="number"
        inputMode="numeric"
        label={labels.position}
        description={t('initiatives.config.position.description')}
        required
        defaultValue={values.position}
        error={errors.position}
      />
      <CheckboxField
        name="budgetRequest"
        label={t('initiatives.config.kinds.budgetRequest')}
        defaultChecked={values.budgetRequest}
      />
      <CheckboxField name="active" label={t('initiatives.config.active')} defaultChecked={values.active} />
      <div className="utrecht-button-group wijkwerk-form__actions">
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </Form>
  );
}
