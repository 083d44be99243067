import type { Translate } from '../../../../core/i18n/i18n.ts';
import { itemStatuses } from '../../../../modules/plan/plan.ts';
import { CsrfField } from '../../../components/csrf-field.tsx';
import type { FieldErrors } from '../../../components/error-summary.tsx';
import {
  CheckboxGroup,
  SelectField,
  type SelectOption,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../../components/form-field.tsx';
import { useShell } from '../../../components/shell.ts';

// The form of a plan item (goal, action line, intervention), for adding and for editing. Editing
// carries the version it started from in a hidden field.

export interface ItemFormOptions {
  organisations: SelectOption[];
  people: SelectOption[];
  areas: SelectOption[];
}

export function itemFieldLabels(t: Translate): Record<string, string> {
  return {
    title: t('plan.item.field.title'),
    description: t('plan.item.field.description'),
    status: t('plan.item.field.status'),
    progress: t('plan.item.field.progress'),
    weight: t('plan.item.field.weight'),
    startDate: t('plan.item.field.startDate'),
    endDate: t('plan.item.field.endDate'),
    ownerOrganisationId: t('plan.item.field.owner'),
    contactPersonId: t('plan.item.field.contact'),
    themes: t('plan.item.field.themes'),
    areaCodes: t('plan.item.field.areas'),
    level: t('plan.item.field.title'),
    parentId: t('plan.item.field.title'),
  };
}

export function ItemForm({
  values: v,
  errors: e,
  options,
  submitLabel,
}: {
  values: Record<string, string>;
  errors: FieldErrors;
  options: ItemFormOptions;
  submitLabel: string;
}) {
  const { t } = useShell();
  const labels = itemFieldLabels(t);
  return (
    <form method="post" className="wijkwerk-form" noValidate>
      <CsrfField />
      <input type="hidden" name="intent" value="item" />
      {v.version ? <input type="hidden" name="version" value={v.version} /> : null}
      <TextField name="title" label={labels.title} defaultValue={v.title} error={e.title} required />
      <TextAreaField
        name="description"
        label={labels.description}
        defaultValue={v.description}
        error={e.description}
        rows={5}
      />
      <SelectField
        name="status"
        label={labels.status}
        options={itemStatuses.map((s) => ({ value: s, label: t(`plan.status.${s}`) }))}
        defaultValue={v.status || 'planned'}
        error={e.status}
      />
      <TextField
        name="progress"
        label={labels.progress}
        description={t('plan.item.field.progressHint')}
        inputMode="numeric"
        defaultValue={v.progress}
        error={e.progress}
      />
      <TextField
        name="weight"
        label={labels.weight}
        description={t('plan.item.field.weightHint')}
        inputMode="decimal"
        defaultValue={v.weight}
        error={e.weight}
      />
      <TextField
        name="startDate"
        label={labels.startDate}
        description={t('plan.field.dateHint')}
        defaultValue={v.startDate}
        error={e.startDate}
      />
      <TextField
        name="endDate"
        label={labels.endDate}
        description={t('plan.field.dateHint')}
        defaultValue={v.endDate}
        error={e.endDate}
      />
      <SelectField
        name="ownerOrganisationId"
        label={labels.ownerOrganisationId}
        options={options.organisations}
        emptyLabel={t('plan.item.none')}
        defaultValue={v.ownerOrganisationId}
        error={e.ownerOrganisationId}
      />
      <SelectField
        name="contactPersonId"
        label={labels.contactPersonId}
        options={options.people}
        emptyLabel={t('plan.item.none')}
        defaultValue={v.contactPersonId}
        error={e.contactPersonId}
      />
      <TextField
        name="themes"
        label={labels.themes}
        description={t('plan.item.field.themesHint')}
        defaultValue={v.themes}
        error={e.themes}
      />
      {options.areas.length > 0 ? (
        <CheckboxGroup
          name="areaCodes"
          legend={labels.areaCodes}
          options={options.areas}
          defaultChecked={(v.areaCodes ?? '').split(',').filter(Boolean)}
          error={e.areaCodes}
        />
      ) : null}
      <p className="utrecht-button-group">
        <SubmitButton>{submitLabel}</SubmitButton>
      </p>
    </form>
  );
}
