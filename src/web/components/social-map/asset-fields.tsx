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
  type TextFieldProps,
} from '../form-field.tsx';
import { useShell } from '../shell.ts';
import {
  type AssetFormValues,
  formLanguages,
  listFields,
  many,
  one,
  repeatChoices,
  textFields,
} from './asset-form.ts';
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
  // Also the service fields this form does not show, in case the service names one of them.
  const names = [
    ...textFields,
    ...listFields,
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
  /** A text field of the item: its label, its value, its error, and what else it needs. */
  const input = (name: string, more: Partial<TextFieldProps> = {}) => (
    <TextField name={name} label={field(name)} defaultValue={text(name)} error={e[name]} {...more} />
  );
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
        {input('title', { required: true })}
        {input('summary', { description: t('sm.contribute.hint.summary') })}
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
        {input('street', { autoComplete: 'street-address' })}
        {input('postalCode', { autoComplete: 'postal-code' })}
        {input('city', { autoComplete: 'address-level2' })}
        {input('point', { description: t('sm.contribute.hint.point'), inputMode: 'decimal' })}
        {input('onlineUrl', { type: 'url', description: t('sm.contribute.hint.onlineUrl') })}
      </Section>

      <Section id="when" legend={t('sm.contribute.section.when')} intro={t('sm.contribute.hint.when')}>
        {input('scheduleDate', { description: t('sm.contribute.hint.date'), inputMode: 'numeric' })}
        {input('scheduleStartTime', { description: t('sm.contribute.hint.time'), inputMode: 'numeric' })}
        {input('scheduleEndTime', { description: t('sm.contribute.hint.time'), inputMode: 'numeric' })}
        <SelectField
          name="scheduleRepeat"
          label={field('scheduleRepeat')}
          description={t('sm.contribute.hint.repeat')}
          options={repeatChoices.map((r) => ({ value: r, label: t(`sm.contribute.repeat.${r}`) }))}
          defaultValue={text('scheduleRepeat') || 'none'}
          error={e.scheduleRepeat}
        />
        {input('scheduleUntil', { description: t('sm.contribute.hint.until'), inputMode: 'numeric' })}
        <TextAreaField
          name="scheduleExceptions"
          label={field('scheduleExceptions')}
          description={t('sm.contribute.hint.exceptions')}
          defaultValue={text('scheduleExceptions')}
          error={e.scheduleExceptions}
          rows={3}
        />
        {input('scheduleNote', { description: t('sm.contribute.hint.scheduleNote') })}
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
        {input('costText', { description: t('sm.contribute.hint.costText') })}
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
        {input('contactEmail', { type: 'email', spellCheck: false })}
        {input('contactPhone', { type: 'tel' })}
        {input('contactWebsite', { type: 'url', description: t('sm.contribute.hint.website') })}
        {input('contactWhatsapp')}
        {input('contactSocial')}
      </Section>

      <Section id="valid" legend={t('sm.contribute.section.valid')} intro={t('sm.contribute.hint.valid')}>
        {input('validFrom', { description: t('sm.contribute.hint.date'), inputMode: 'numeric' })}
        {input('validUntil', { description: t('sm.contribute.hint.date'), inputMode: 'numeric' })}
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
