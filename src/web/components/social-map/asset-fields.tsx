import type { ReactNode } from 'react';
import type { Translate } from '../../../core/i18n/i18n.ts';
import { type AssetKind, accessibilityFeatures, locationTypes } from '../../../modules/social-map/asset.ts';
import type { FieldErrors } from '../error-summary.tsx';
import {
  CheckboxGroup,
  fieldId,
  SelectField,
  type SelectOption,
  TextAreaField,
  TextField,
} from '../form-field.tsx';
import { useShell } from '../shell.ts';
import { type AssetFormValues, formLanguages, many, one, repeatChoices } from './asset-form.ts';
import './contribute-i18n.ts';

// The fields of an item of the social map in plain HTML: what a resident fills in on the
// submission form, and what the staff edit form can reuse. Works without JavaScript: every
// section is always shown; the texts say which sections matter for which kind.

export interface TermOption {
  code: string;
  label: string;
}

export interface AssetFieldsProps {
  /** The kinds offered (residents cannot submit key persons). */
  kinds: readonly AssetKind[];
  themes: TermOption[];
  targetGroups: TermOption[];
  /** Buurten (and wijken) to choose from, already in tree order with indented labels. */
  areas: SelectOption[];
  values: AssetFormValues;
  errors?: FieldErrors | undefined;
}

/** Labels of the fields, for the error summary ("Titel: vul dit veld in"). */
export function assetFieldLabels(t: Translate): Record<string, string> {
  const names = [
    'kind',
    'title',
    'summary',
    'description',
    'formality',
    'themes',
    'targetGroups',
    'locationType',
    'street',
    'postalCode',
    'city',
    'point',
    'areaCode',
    'onlineUrl',
    'scheduleDate',
    'scheduleStartTime',
    'scheduleEndTime',
    'scheduleRepeat',
    'scheduleUntil',
    'scheduleExceptions',
    'scheduleNote',
    'costFree',
    'costText',
    'languages',
    'accessibility',
    'contactEmail',
    'contactPhone',
    'contactWebsite',
    'contactWhatsapp',
    'contactSocial',
    'validFrom',
    'validUntil',
    'abcdCategories',
    'links',
    'organisationId',
    'photoUrl',
    'photoAlt',
  ];
  return Object.fromEntries(names.map((n) => [n, t(`sm.contribute.field.${n}`)]));
}

/** A group of radio buttons in a fieldset; the legend names the choice. */
export function RadioGroup(p: {
  name: string;
  legend: ReactNode;
  options: Array<{ value: string; label: ReactNode; description?: ReactNode }>;
  value?: string | undefined;
  error?: string | undefined;
  description?: ReactNode;
}) {
  const base = fieldId(p.name);
  const descriptionId = p.description ? `${base}-description` : undefined;
  const errorId = p.error ? `${base}-error` : undefined;
  const described = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      id={base}
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${p.error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={described}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {p.legend}
      </legend>
      {p.description ? (
        <div className="utrecht-form-field-description" id={descriptionId}>
          {p.description}
        </div>
      ) : null}
      {p.error ? (
        <div className="utrecht-form-field-error-message" id={errorId}>
          {p.error}
        </div>
      ) : null}
      {p.options.map((o) => {
        const id = `${base}-${o.value}`;
        const hintId = o.description ? `${id}-description` : undefined;
        return (
          <div key={o.value} className="utrecht-form-field utrecht-form-field--radio">
            <p className="utrecht-form-field__label utrecht-form-field__label--radio">
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={id}>
                <input
                  id={id}
                  type="radio"
                  name={p.name}
                  value={o.value}
                  defaultChecked={p.value === o.value}
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                  aria-invalid={p.error ? true : undefined}
                  aria-describedby={hintId}
                />
                {o.label}
              </label>
            </p>
            {o.description ? (
              <div className="utrecht-form-field-description" id={hintId}>
                {o.description}
              </div>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

function Section({
  id,
  legend,
  intro,
  children,
}: {
  id: string;
  legend: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <fieldset
      id={`section-${id}`}
      className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wijkwerk-form__section"
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        <span className="utrecht-heading-2">{legend}</span>
      </legend>
      {intro ? <p className="utrecht-paragraph">{intro}</p> : null}
      {children}
    </fieldset>
  );
}

/** All fields of an item: what, where, when, cost, for whom, contact, how long. */
export function AssetFields(p: AssetFieldsProps) {
  const { t } = useShell();
  const v = p.values;
  const e = p.errors ?? {};
  const text = (name: string) => one(v, name);
  const field = (name: string) => t(`sm.contribute.field.${name}`);
  return (
    <>
      <Section id="what" legend={t('sm.contribute.section.what')}>
        <RadioGroup
          name="kind"
          legend={field('kind')}
          value={text('kind')}
          error={e.kind}
          options={p.kinds.map((k) => ({
            value: k,
            label: t(`socialMap.kind.${k}`),
            description: t(`sm.contribute.kindHint.${k}`),
          }))}
        />
        <TextField
          name="title"
          label={field('title')}
          required
          defaultValue={text('title')}
          error={e.title}
        />
        <TextField
          name="summary"
          label={field('summary')}
          description={t('sm.contribute.hint.summary')}
          defaultValue={text('summary')}
          error={e.summary}
        />
        <TextAreaField
          name="description"
          label={field('description')}
          description={t('sm.contribute.hint.description')}
          defaultValue={text('description')}
          error={e.description}
          rows={6}
        />
        <RadioGroup
          name="formality"
          legend={field('formality')}
          value={text('formality') || 'informal'}
          error={e.formality}
          options={(['informal', 'formal'] as const).map((f) => ({
            value: f,
            label: t(`socialMap.formality.${f}`),
            description: t(`sm.contribute.formalityHint.${f}`),
          }))}
        />
        <CheckboxGroup
          name="themes"
          legend={field('themes')}
          options={p.themes.map((o) => ({ value: o.code, label: o.label }))}
          defaultChecked={many(v, 'themes')}
          error={e.themes}
        />
        <CheckboxGroup
          name="targetGroups"
          legend={field('targetGroups')}
          options={p.targetGroups.map((o) => ({ value: o.code, label: o.label }))}
          defaultChecked={many(v, 'targetGroups')}
          error={e.targetGroups}
        />
      </Section>

      <Section id="where" legend={t('sm.contribute.section.where')}>
        <RadioGroup
          name="locationType"
          legend={field('locationType')}
          value={text('locationType') || 'area'}
          error={e.locationType}
          options={locationTypes.map((l) => ({ value: l, label: t(`socialMap.locationType.${l}`) }))}
        />
        <SelectField
          name="areaCode"
          label={field('areaCode')}
          description={t('sm.contribute.hint.areaCode')}
          options={p.areas}
          emptyLabel={t('sm.contribute.areaUnknown')}
          defaultValue={text('areaCode')}
          error={e.areaCode}
        />
        <p className="utrecht-paragraph">{t('sm.contribute.hint.address')}</p>
        <TextField
          name="street"
          label={field('street')}
          autoComplete="street-address"
          defaultValue={text('street')}
          error={e.street}
        />
        <TextField
          name="postalCode"
          label={field('postalCode')}
          autoComplete="postal-code"
          defaultValue={text('postalCode')}
          error={e.postalCode}
        />
        <TextField
          name="city"
          label={field('city')}
          autoComplete="address-level2"
          defaultValue={text('city')}
          error={e.city}
        />
        <TextField
          name="point"
          label={field('point')}
          description={t('sm.contribute.hint.point')}
          inputMode="decimal"
          defaultValue={text('point')}
          error={e.point}
        />
        <TextField
          name="onlineUrl"
          type="url"
          label={field('onlineUrl')}
          description={t('sm.contribute.hint.onlineUrl')}
          defaultValue={text('onlineUrl')}
          error={e.onlineUrl}
        />
      </Section>

      <Section id="when" legend={t('sm.contribute.section.when')} intro={t('sm.contribute.hint.when')}>
        <TextField
          name="scheduleDate"
          label={field('scheduleDate')}
          description={t('sm.contribute.hint.date')}
          inputMode="numeric"
          defaultValue={text('scheduleDate')}
          error={e.scheduleDate}
        />
        <TextField
          name="scheduleStartTime"
          label={field('scheduleStartTime')}
          description={t('sm.contribute.hint.time')}
          inputMode="numeric"
          defaultValue={text('scheduleStartTime')}
          error={e.scheduleStartTime}
        />
        <TextField
          name="scheduleEndTime"
          label={field('scheduleEndTime')}
          description={t('sm.contribute.hint.time')}
          inputMode="numeric"
          defaultValue={text('scheduleEndTime')}
          error={e.scheduleEndTime}
        />
        <SelectField
          name="scheduleRepeat"
          label={field('scheduleRepeat')}
          description={t('sm.contribute.hint.repeat')}
          options={repeatChoices.map((r) => ({ value: r, label: t(`sm.contribute.repeat.${r}`) }))}
          defaultValue={text('scheduleRepeat') || 'none'}
          error={e.scheduleRepeat}
        />
        <TextField
          name="scheduleUntil"
          label={field('scheduleUntil')}
          description={t('sm.contribute.hint.until')}
          inputMode="numeric"
          defaultValue={text('scheduleUntil')}
          error={e.scheduleUntil}
        />
        <TextAreaField
          name="scheduleExceptions"
          label={field('scheduleExceptions')}
          description={t('sm.contribute.hint.exceptions')}
          defaultValue={text('scheduleExceptions')}
          error={e.scheduleExceptions}
          rows={3}
        />
        <TextField
          name="scheduleNote"
          label={field('scheduleNote')}
          description={t('sm.contribute.hint.scheduleNote')}
          defaultValue={text('scheduleNote')}
          error={e.scheduleNote}
        />
      </Section>

      <Section id="for-whom" legend={t('sm.contribute.section.practical')}>
        <RadioGroup
          name="costFree"
          legend={field('costFree')}
          value={text('costFree') || 'yes'}
          error={e.costFree}
          options={[
            { value: 'yes', label: t('sm.contribute.cost.free') },
            { value: 'no', label: t('sm.contribute.cost.paid') },
          ]}
        />
        <TextField
          name="costText"
          label={field('costText')}
          description={t('sm.contribute.hint.costText')}
          defaultValue={text('costText')}
          error={e.costText}
        />
        <CheckboxGroup
          name="languages"
          legend={field('languages')}
          options={formLanguages.map((l) => ({ value: l, label: t(`sm.contribute.language.${l}`) }))}
          defaultChecked={many(v, 'languages')}
          error={e.languages}
        />
        <CheckboxGroup
          name="accessibility"
          legend={field('accessibility')}
          options={accessibilityFeatures.map((a) => ({ value: a, label: t(`socialMap.accessibility.${a}`) }))}
          defaultChecked={many(v, 'accessibility')}
          error={e.accessibility}
        />
      </Section>

      <Section
        id="contact"
        legend={t('sm.contribute.section.contact')}
        intro={t('sm.contribute.hint.contact')}
      >
        <TextField
          name="contactEmail"
          type="email"
          label={field('contactEmail')}
          spellCheck={false}
          defaultValue={text('contactEmail')}
          error={e.contactEmail}
        />
        <TextField
          name="contactPhone"
          type="tel"
          label={field('contactPhone')}
          defaultValue={text('contactPhone')}
          error={e.contactPhone}
        />
        <TextField
          name="contactWebsite"
          type="url"
          label={field('contactWebsite')}
          description={t('sm.contribute.hint.website')}
          defaultValue={text('contactWebsite')}
          error={e.contactWebsite}
        />
        <TextField
          name="contactWhatsapp"
          label={field('contactWhatsapp')}
          defaultValue={text('contactWhatsapp')}
          error={e.contactWhatsapp}
        />
        <TextField
          name="contactSocial"
          label={field('contactSocial')}
          defaultValue={text('contactSocial')}
          error={e.contactSocial}
        />
      </Section>

      <Section id="valid" legend={t('sm.contribute.section.valid')} intro={t('sm.contribute.hint.valid')}>
        <TextField
          name="validFrom"
          label={field('validFrom')}
          description={t('sm.contribute.hint.date')}
          inputMode="numeric"
          defaultValue={text('validFrom')}
          error={e.validFrom}
        />
        <TextField
          name="validUntil"
          label={field('validUntil')}
          description={t('sm.contribute.hint.date')}
          inputMode="numeric"
          defaultValue={text('validUntil')}
          error={e.validUntil}
        />
      </Section>
    </>
  );
}

/**
 * The spam trap: a field people leave empty and bots fill in. Off-screen rather than display:none
 * (bots skip what is not rendered), out of the tab order, not autofilled, and labelled so that
 * anyone who does meet it with a screen reader knows to leave it empty.
 */
export function HoneypotField({ name = 'homepage' }: { name?: string }) {
  const { t } = useShell();
  return (
    <div className="wijkwerk-visually-hidden">
      <label htmlFor={fieldId(name)}>{t('sm.contribute.honeypot')}</label>
      <input id={fieldId(name)} type="text" name={name} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
