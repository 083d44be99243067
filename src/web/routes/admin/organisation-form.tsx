import { Form } from 'react-router';
import { organisationKinds } from '../../../core/organisations/organisation.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { CheckboxGroup, SubmitButton, TextField } from '../../components/form-field.tsx';
import type { FormFailure } from '../../components/route-errors.ts';
import { useShell } from '../../components/shell.ts';
import { SelectField, TextAreaField } from './admin-ui.tsx';

// The form of an organisation, for adding and for editing.

export interface OrganisationFormValues {
  name: string;
  kind: string;
  sector: string;
  description: string;
  email: string;
  phone: string;
  website: string;
  areaCodes: string[];
}

/** The organisation fields of a posted form, as the create and update services take them. */
export function organisationFormValues(form: FormData): OrganisationFormValues {
  const s = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  return {
    name: s('name'),
    kind: s('kind'),
    sector: s('sector'),
    description: s('description'),
    email: s('email'),
    phone: s('phone'),
    website: s('website'),
    areaCodes: form.getAll('areaCodes').filter((v): v is string => typeof v === 'string'),
  };
}

/** Field names to labels, for the error summary. */
export function organisationFieldLabels(t: (key: string) => string): Record<string, string> {
  const fields = ['name', 'kind', 'sector', 'description', 'email', 'phone', 'website', 'areas'];
  const labels = Object.fromEntries(fields.map((f) => [f, t(`admin.organisations.${f}`)]));
  return { ...labels, areaCodes: labels.areas ?? '' };
}

export function OrganisationForm({
  values,
  failure,
  areas,
  submitLabel,
}: {
  values: OrganisationFormValues | null;
  failure: FormFailure | undefined;
  areas: Array<{ value: string; label: string }>;
  submitLabel: string;
}) {
  const { t } = useShell();
  const e = failure?.fieldErrors;
  // After a failed post, show what was sent; otherwise the stored values.
  const v = failure?.values ?? values;
  const chosenAreas = failure?.values?.areaCodes?.split(',').filter(Boolean) ?? values?.areaCodes ?? [];
  return (
    <Form method="post" noValidate className="wijkwerk-form">
      <CsrfField />
      <TextField
        name="name"
        label={t('admin.organisations.name')}
        required
        defaultValue={v?.name}
        error={e?.name}
        autoComplete="organization"
      />
      <SelectField
        name="kind"
        label={t('admin.organisations.kind')}
        options={organisationKinds.map((k) => ({ value: k, label: t(`org.kind.${k}`) }))}
        defaultValue={v?.kind}
        error={e?.kind}
        required
      />
      <TextField
        name="sector"
        label={`${t('admin.organisations.sector')} (${t('common.optional')})`}
        defaultValue={v?.sector}
        error={e?.sector}
      />
      <TextAreaField
        name="description"
        label={`${t('admin.organisations.description')} (${t('common.optional')})`}
        defaultValue={v?.description}
        error={e?.description}
      />
      <TextField
        name="email"
        type="email"
        label={`${t('admin.organisations.email')} (${t('common.optional')})`}
        defaultValue={v?.email}
        error={e?.email}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        name="phone"
        type="tel"
        label={`${t('admin.organisations.phone')} (${t('common.optional')})`}
        defaultValue={v?.phone}
        error={e?.phone}
        autoComplete="off"
      />
      <TextField
        name="website"
        type="url"
        label={`${t('admin.organisations.website')} (${t('common.optional')})`}
        description={t('admin.organisations.websiteHint')}
        defaultValue={v?.website}
        error={e?.website}
        autoComplete="off"
        spellCheck={false}
      />
      <CheckboxGroup
        name="areaCodes"
        legend={t('admin.organisations.areas')}
        description={t('admin.organisations.areasHint')}
        options={areas}
        defaultChecked={chosenAreas}
        error={e?.areaCodes}
      />
      <div className="utrecht-button-group wijkwerk-form__actions">
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </Form>
  );
}
