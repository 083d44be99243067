import type { ReactNode } from 'react';
import { Form } from 'react-router';
import {
  accessibilityFeatures,
  assetKinds,
  contactTypes,
  formalities,
  linkRelations,
  locationTypes,
} from '../../../modules/social-map/asset.ts';
import { CsrfField } from '../csrf-field.tsx';
import type { FieldErrors } from '../error-summary.tsx';
import {
  CheckboxGroup,
  fieldId,
  SelectField,
  type SelectOption,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../form-field.tsx';
import { useShell } from '../shell.ts';
import {
  type AssetFormState,
  emptyScheduleRow,
  maxContactRows,
  maxLinkRows,
  maxScheduleRows,
} from './asset-form-values.ts';

// The whole content of a social-map item as one plain form (works without JavaScript): for
// editors, organisations and registered contributors, to add an item or change one. Rows that
// repeat (times, contact, connections) get one empty row more than are filled; save and edit
// again to add further rows.

export interface AssetFormOptions {
  areas: SelectOption[];
  /** null: the person may not choose the organisation (the service keeps or derives it). */
  organisations: SelectOption[] | null;
  themes: SelectOption[];
  targetGroups: SelectOption[];
  abcd: SelectOption[];
  /** The kinds this person may add (create only). */
  kinds: string[];
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wijkwerk-section">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {title}
      </legend>
      {children}
    </fieldset>
  );
}

function Checkbox({
  name,
  label,
  checked,
  error,
}: {
  name: string;
  label: string;
  checked: boolean;
  error?: string | undefined;
}) {
  const id = fieldId(name);
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox">
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
      <p className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            name={name}
            defaultChecked={checked}
            className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          {label}
        </label>
      </p>
    </div>
  );
}

export function AssetEditForm({
  mode,
  state,
  errors,
  options,
  submitLabel,
}: {
  mode: 'create' | 'edit';
  state: AssetFormState;
  errors: FieldErrors | undefined;
  options: AssetFormOptions;
  submitLabel: string;
}) {
  const { t } = useShell();
  const e = errors ?? {};
  const f = (key: string) => t(`sm.editor.field.${key}`);
  const optional = (key: string) => `${f(key)} ${t('sm.editor.optional')}`;
  const schedules = [...state.schedules, emptyScheduleRow()].slice(0, maxScheduleRows);
  const contact = [...state.contact, { type: 'email', value: '' }].slice(0, maxContactRows);
  const links = [...state.links, { relation: 'related', assetId: '' }].slice(0, maxLinkRows);
  return (
    <Form method="post" noValidate className="wijkwerk-form">
      <CsrfField />
      {mode === 'edit' ? (
        <input type="hidden" name="expectedRevisionId" value={state.expectedRevisionId} />
      ) : null}
      <Section title={t('sm.editor.section.what')}>
        {mode === 'create' ? (
          <SelectField
            name="kind"
            label={f('kind')}
            required
            options={options.kinds
              .filter((k) => (assetKinds as readonly string[]).includes(k))
              .map((k) => ({ value: k, label: t(`socialMap.kind.${k}`) }))}
            defaultValue={state.kind}
            error={e.kind}
          />
        ) : (
          <p className="utrecht-paragraph">
            {f('kind')}: {t(`socialMap.kind.${state.kind}`)} ({t('sm.editor.edit.kindFixed')})
          </p>
        )}
        <SelectField
          name="formality"
          label={f('formality')}
          options={formalities.map((x) => ({ value: x, label: t(`socialMap.formality.${x}`) }))}
          defaultValue={state.formality}
          error={e.formality}
        />
        <TextField name="title" label={f('title')} required defaultValue={state.title} error={e.title} />
        <TextAreaField
          name="summary"
          label={optional('summary')}
          rows={3}
          defaultValue={state.summary}
          error={e.summary}
        />
        <TextAreaField
          name="description"
          label={optional('description')}
          rows={6}
          defaultValue={state.description}
          error={e.description}
        />
        {options.organisations ? (
          <SelectField
            name="organisationId"
            label={f('organisationId')}
            emptyLabel={f('noOrganisation')}
            options={options.organisations}
            defaultValue={state.organisationId ?? ''}
            error={e.organisationId}
          />
        ) : null}
        <CheckboxGroup
          name="themes"
          legend={f('themes')}
          options={options.themes}
          defaultChecked={state.themes}
          error={e.themes}
        />
        <CheckboxGroup
          name="targetGroups"
          legend={f('targetGroups')}
          options={options.targetGroups}
          defaultChecked={state.targetGroups}
          error={e.targetGroups}
        />
        <CheckboxGroup
          name="abcdCategories"
          legend={f('abcdCategories')}
          options={options.abcd}
          defaultChecked={state.abcdCategories}
          error={e.abcdCategories}
        />
      </Section>

      <Section title={t('sm.editor.section.where')}>
        <SelectField
          name="locationType"
          label={f('locationType')}
          options={locationTypes.map((x) => ({ value: x, label: t(`socialMap.locationType.${x}`) }))}
          defaultValue={state.locationType}
          error={e.locationType}
        />
        <SelectField
          name="areaCode"
          label={f('areaCode')}
          description={f('areaHint')}
          emptyLabel={t('sm.editor.none')}
          options={options.areas}
          defaultValue={state.areaCode}
          error={e.areaCode}
        />
        <TextField
          name="address.street"
          label={optional('address.street')}
          defaultValue={state.street}
          error={e['address.street']}
          autoComplete="street-address"
        />
        <TextField
          name="address.postalCode"
          label={optional('address.postalCode')}
          defaultValue={state.postalCode}
          error={e['address.postalCode']}
          autoComplete="postal-code"
        />
        <TextField
          name="address.city"
          label={optional('address.city')}
          defaultValue={state.city}
          error={e['address.city']}
          autoComplete="address-level2"
        />
        <TextField
          name="point.lat"
          label={optional('point.lat')}
          description={f('pointHint')}
          inputMode="decimal"
          defaultValue={state.lat}
          error={e['point.lat']}
        />
        <TextField
          name="point.lon"
          label={optional('point.lon')}
          inputMode="decimal"
          defaultValue={state.lon}
          error={e['point.lon']}
        />
        <TextField
          name="onlineUrl"
          type="url"
          label={optional('onlineUrl')}
          defaultValue={state.onlineUrl}
          error={e.onlineUrl}
          spellCheck={false}
        />
      </Section>

      <Section title={t('sm.editor.section.when')}>
        <p className="utrecht-paragraph">{f('scheduleHint')}</p>
        {schedules.map((s, i) => (
          <Section
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are numbered by position in the form
            key={i}
            title={t('sm.editor.field.schedule', { n: i + 1 })}
          >
            <TextField
              name={`schedules.${i}.start`}
              label={f('schedule.start')}
              description={f('schedule.startHint')}
              defaultValue={s.start}
              error={e[`schedules.${i}.start`]}
              spellCheck={false}
            />
            <TextField
              name={`schedules.${i}.durationMinutes`}
              label={f('schedule.durationMinutes')}
              inputMode="numeric"
              defaultValue={s.durationMinutes}
              error={e[`schedules.${i}.durationMinutes`]}
            />
            <Checkbox
              name={`schedules.${i}.allDay`}
              label={f('schedule.allDay')}
              checked={s.allDay}
              error={e[`schedules.${i}.allDay`]}
            />
            <TextField
              name={`schedules.${i}.rrule`}
              label={optional('schedule.rrule')}
              description={f('schedule.rruleHint')}
              defaultValue={s.rrule}
              error={e[`schedules.${i}.rrule`]}
              spellCheck={false}
            />
            <TextAreaField
              name={`schedules.${i}.exdates`}
              label={optional('schedule.exdates')}
              description={f('schedule.exdatesHint')}
              rows={2}
              defaultValue={s.exdates}
              error={e[`schedules.${i}.exdates`]}
            />
            <TextAreaField
              name={`schedules.${i}.changes`}
              label={optional('schedule.changes')}
              description={f('schedule.changesHint')}
              rows={2}
              defaultValue={s.changes}
              error={e[`schedules.${i}.changes`]}
            />
          </Section>
        ))}
        <TextField
          name="scheduleNote"
          label={optional('scheduleNote')}
          defaultValue={state.scheduleNote}
          error={e.scheduleNote}
        />
      </Section>

      <Section title={t('sm.editor.section.practical')}>
        <Checkbox name="costFree" label={f('costFree')} checked={state.costFree} error={e.costFree} />
        <TextField
          name="costText"
          label={f('costText')}
          description={f('costHint')}
          defaultValue={state.costText}
          error={e.costText}
        />
        <TextField
          name="languages"
          label={optional('languages')}
          description={f('languagesHint')}
          defaultValue={state.languages}
          error={e.languages}
          spellCheck={false}
        />
        <CheckboxGroup
          name="accessibility"
          legend={f('accessibility')}
          options={accessibilityFeatures.map((x) => ({ value: x, label: t(`socialMap.accessibility.${x}`) }))}
          defaultChecked={state.accessibility}
          error={e.accessibility}
        />
        <TextField
          name="validFrom"
          label={optional('validFrom')}
          description={f('dateHint')}
          defaultValue={state.validFrom}
          error={e.validFrom}
        />
        <TextField
          name="validUntil"
          label={optional('validUntil')}
          description={f('dateHint')}
          defaultValue={state.validUntil}
          error={e.validUntil}
        />
      </Section>

      <Section title={t('sm.editor.section.contact')}>
        {contact.map((c, i) => (
          <Section
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are numbered by position in the form
            key={i}
            title={t('sm.editor.field.contactRow', { n: i + 1 })}
          >
            <SelectField
              name={`contact.${i}.type`}
              label={f('contact.type')}
              options={contactTypes.map((x) => ({ value: x, label: t(`socialMap.contactType.${x}`) }))}
              defaultValue={c.type}
              error={e[`contact.${i}.type`]}
            />
            <TextField
              name={`contact.${i}.value`}
              label={optional('contact.value')}
              defaultValue={c.value}
              error={e[`contact.${i}.value`]}
              spellCheck={false}
            />
          </Section>
        ))}
        <TextField
          name="photoUrl"
          type="url"
          label={optional('photoUrl')}
          defaultValue={state.photoUrl}
          error={e.photoUrl}
          spellCheck={false}
        />
        <TextField
          name="photoAlt"
          label={optional('photoAlt')}
          defaultValue={state.photoAlt}
          error={e.photoAlt}
        />
      </Section>

      <Section title={t('sm.editor.section.links')}>
        <p className="utrecht-paragraph">{f('linkHint')}</p>
        {links.map((l, i) => (
          <Section
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are numbered by position in the form
            key={i}
            title={t('sm.editor.field.link', { n: i + 1 })}
          >
            <SelectField
              name={`links.${i}.relation`}
              label={f('link.relation')}
              options={linkRelations.map((x) => ({ value: x, label: t(`socialMap.linkRelation.${x}`) }))}
              defaultValue={l.relation}
              error={e[`links.${i}.relation`]}
            />
            <TextField
              name={`links.${i}.assetId`}
              label={optional('link.assetId')}
              defaultValue={l.assetId}
              error={e[`links.${i}.assetId`]}
              spellCheck={false}
            />
          </Section>
        ))}
      </Section>

      <Section title={t('sm.editor.section.save')}>
        <TextAreaField
          name="changeNote"
          label={optional('changeNote')}
          description={f('changeNoteHint')}
          rows={2}
          defaultValue={state.changeNote}
          error={e.changeNote}
        />
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton>{submitLabel}</SubmitButton>
        </div>
      </Section>
    </Form>
  );
}

/** Labels of the form's fields by the names the error summary uses. */
export function assetFieldLabels(
  t: (key: string) => string,
  errors: FieldErrors | undefined,
): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const field of Object.keys(errors ?? {})) {
    const row = field.match(/^(schedules|contact|links)\.(\d+)\.(\w+)$/);
    if (row?.[1] && row[2] && row[3]) {
      const n = Number(row[2]) + 1;
      const group =
        row[1] === 'schedules'
          ? t('sm.editor.field.schedule').replace('{n}', String(n))
          : row[1] === 'contact'
            ? t('sm.editor.field.contactRow').replace('{n}', String(n))
            : t('sm.editor.field.link').replace('{n}', String(n));
      const sub =
        row[1] === 'schedules'
          ? `schedule.${row[3]}`
          : row[1] === 'contact'
            ? `contact.${row[3]}`
            : `link.${row[3]}`;
      labels[field] = `${group}, ${t(`sm.editor.field.${sub}`)}`;
    } else if (field !== '_') {
      labels[field] = t(`sm.editor.field.${field}`);
    }
  }
  return labels;
}
