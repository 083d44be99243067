import { Form } from 'react-router';
import { CsrfField } from '../../../components/csrf-field.tsx';
import {
  SelectField,
  type SelectOption,
  SubmitButton,
  TextAreaField,
} from '../../../components/form-field.tsx';
import { formString } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { CheckboxField } from './config-ui.tsx';

// The form of a routing rule: conditions (kind, category, area; empty = any) and the target.

export interface RuleChoices {
  kinds: SelectOption[];
  categories: SelectOption[];
  areas: SelectOption[];
  organisations: SelectOption[];
  people: SelectOption[];
}

const fields = [
  'kindId',
  'categoryId',
  'areaCode',
  'targetOrganisationId',
  'targetPersonId',
  'note',
] as const;

export function ruleFormValues(form: FormData): Record<string, string> {
  return {
    ...Object.fromEntries(fields.map((f) => [f, formString(form, f)])),
    active: String(form.get('active') !== null),
  };
}

export function ruleFieldLabels(t: (key: string) => string): Record<string, string> {
  return {
    kindId: t('initiatives.config.routing.kind'),
    categoryId: t('initiatives.config.routing.category'),
    areaCode: t('initiatives.config.routing.area'),
    targetOrganisationId: t('initiatives.config.routing.targetOrganisation'),
    targetPersonId: t('initiatives.config.routing.targetPerson'),
    note: t('initiatives.config.routing.note'),
  };
}

export function RuleForm({
  values,
  errors,
  choices,
  submitLabel,
  intent,
  version,
}: {
  values: Record<string, string>;
  errors: Record<string, string>;
  choices: RuleChoices;
  submitLabel: string;
  intent: string;
  version?: number;
}) {
  const { t } = useShell();
  const labels = ruleFieldLabels(t);
  return (
    <Form method="post" noValidate className="wijkwerk-form">
      <CsrfField />
      <input type="hidden" name="intent" value={intent} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <SelectField
        name="kindId"
        label={labels.kindId}
        options={choices.kinds}
        emptyLabel={t('initiatives.config.routing.anyKind')}
        defaultValue={values.kindId}
        error={errors.kindId}
      />
      <SelectField
        name="categoryId"
        label={labels.categoryId}
        options={choices.categories}
        emptyLabel={t('initiatives.config.routing.anyCategory')}
        defaultValue={values.categoryId}
        error={errors.categoryId}
      />
      <SelectField
        name="areaCode"
        label={labels.areaCode}
        options={choices.areas}
        emptyLabel={t('initiatives.config.routing.anyArea')}
        defaultValue={values.areaCode}
        error={errors.areaCode}
      />
      <SelectField
        name="targetOrganisationId"
        label={labels.targetOrganisationId}
        options={choices.organisations}
        emptyLabel="—"
        defaultValue={values.targetOrganisationId}
        error={errors.targetOrganisationId}
        required
      />
      <SelectField
        name="targetPersonId"
        label={labels.targetPersonId}
        description={t('initiatives.config.routing.targetPerson.description')}
        options={choices.people}
        emptyLabel={t('initiatives.config.routing.noPerson')}
        defaultValue={values.targetPersonId}
        error={errors.targetPersonId}
      />
      <TextAreaField
        name="note"
        label={labels.note}
        description={t('initiatives.config.routing.note.description')}
        rows={2}
        defaultValue={values.note}
        error={errors.note}
      />
      <CheckboxField
        name="active"
        label={t('initiatives.config.active')}
        defaultChecked={values.active !== 'false'}
      />
      <div className="utrecht-button-group wijkwerk-form__actions">
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </Form>
  );
}
