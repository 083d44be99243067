import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { CheckboxGroup, SelectField, SubmitButton, TextField } from '../form-field.tsx';
import { useShell } from '../shell.ts';
import type { FacetOption, SearchView } from './public-view-data.ts';

// The search form and the facet filters of the public views: one plain GET form, so it works
// without JavaScript; the counts are in the labels. With JavaScript, "use my location" fills in
// the point and submits.

function withCount(t: ReturnType<typeof useShell>['t'], o: FacetOption) {
  return t('sm.public.filters.count', { label: o.label, count: o.count });
}

export function FilterForm({ view, action }: { view: SearchView; action: string }) {
  const { t } = useShell();
  const f = view.facets;
  return (
    // Keyed by the query, so a client-side navigation shows the new state in every control.
    <form key={view.query} method="get" action={action} className="wijkwerk-form wijkwerk-sm-search">
      <div className="wijkwerk-sm-search__main">
        <TextField
          name="q"
          type="search"
          label={t('sm.public.search.q')}
          description={t('sm.public.search.qHint')}
          defaultValue={view.form.q}
          spellCheck
        />
        <NearField defaultValue={view.form.near} />
        <div className="wijkwerk-form__actions">
          <SubmitButton>{t('sm.public.search.submit')}</SubmitButton>
        </div>
      </div>
      {view.form.week ? <input type="hidden" name="week" value={view.form.week} /> : null}
      <section className="wijkwerk-sm-filters" aria-labelledby="sm-filters-heading">
        <h2 id="sm-filters-heading" className="utrecht-heading-2">
          {t('sm.public.filters.heading')}
        </h2>
        <SelectField
          name="gebied"
          label={t('sm.public.filters.area')}
          emptyLabel={t('sm.public.filters.areaAll')}
          defaultValue={view.form.area}
          options={f.area.map((o) => ({ value: o.value, label: withCount(t, o) }))}
        />
        {f.kind.length > 0 ? (
          <CheckboxGroup
            name="soort"
            legend={t('sm.public.filters.kind')}
            options={f.kind.map((o) => ({ value: o.value, label: withCount(t, o) }))}
            defaultChecked={f.kind.filter((o) => o.selected).map((o) => o.value)}
          />
        ) : null}
        {f.theme.length > 0 ? (
          <CheckboxGroup
            name="thema"
            legend={t('sm.public.filters.theme')}
            options={f.theme.map((o) => ({ value: o.value, label: withCount(t, o) }))}
            defaultChecked={f.theme.filter((o) => o.selected).map((o) => o.value)}
          />
        ) : null}
        {f.targetGroup.length > 0 ? (
          <CheckboxGroup
            name="doelgroep"
            legend={t('sm.public.filters.targetGroup')}
            options={f.targetGroup.map((o) => ({ value: o.value, label: withCount(t, o) }))}
            defaultChecked={f.targetGroup.filter((o) => o.selected).map((o) => o.value)}
          />
        ) : null}
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t('sm.public.filters.formality')}
          </legend>
          {[
            {
              value: '',
              label: t('sm.public.filters.formalityAll'),
              selected: !f.formality.some((o) => o.selected),
            },
            ...f.formality.map((o) => ({ value: o.value, label: withCount(t, o), selected: o.selected })),
          ].map((o) => (
            <div key={o.value || 'all'} className="utrecht-form-field utrecht-form-field--radio">
              <p className="utrecht-form-field__label utrecht-form-field__label--radio">
                <label
                  className="utrecht-form-label utrecht-form-label--radio"
                  htmlFor={`field-vorm-${o.value || 'all'}`}
                >
                  <input
                    id={`field-vorm-${o.value || 'all'}`}
                    type="radio"
                    name="vorm"
                    value={o.value}
                    defaultChecked={o.selected}
                    className="utrecht-radio-button utrecht-radio-button--html-input"
                  />
                  {o.label}
                </label>
              </p>
            </div>
          ))}
        </fieldset>
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t('sm.public.filters.other')}
          </legend>
          {(
            [
              ['gratis', t('sm.public.filters.free'), f.free],
              ['toegankelijk', t('sm.public.filters.accessible'), f.accessible],
            ] as const
          ).map(([name, label, facet]) => (
            <div key={name} className="utrecht-form-field utrecht-form-field--checkbox">
              <p className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`field-${name}`}>
                  <input
                    id={`field-${name}`}
                    type="checkbox"
                    name={name}
                    value="1"
                    defaultChecked={facet.selected}
                    className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
                  />
                  {t('sm.public.filters.count', { label, count: facet.count })}
                </label>
              </p>
            </div>
          ))}
        </fieldset>
        <div className="wijkwerk-form__actions">
          <SubmitButton variant="secondary">{t('sm.public.filters.apply')}</SubmitButton>
          {view.filtered ? (
            <Link className="utrecht-link utrecht-link--html-a" to={action}>
              {t('sm.public.filters.clear')}
            </Link>
          ) : null}
        </div>
      </section>
    </form>
  );
}

/** "Near": a text field; with JavaScript also a button that asks the browser for the location. */
function NearField({ defaultValue }: { defaultValue: string }) {
  const { t } = useShell();
  const [canLocate, setCanLocate] = useState(false);
  const [status, setStatus] = useState<'idle' | 'locating' | 'failed'>('idle');
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => setCanLocate(typeof navigator !== 'undefined' && 'geolocation' in navigator), []);
  const locate = () => {
    const form = buttonRef.current?.form;
    const input = form?.elements.namedItem('bij');
    if (!form || !(input instanceof HTMLInputElement)) return;
    setStatus('locating');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        input.value = `${pos.coords.latitude.toFixed(5)},${pos.coords.longitude.toFixed(5)}`;
        setStatus('idle');
        form.requestSubmit();
      },
      () => setStatus('failed'),
      { timeout: 10_000, maximumAge: 60_000 },
    );
  };
  return (
    <div className="wijkwerk-sm-near">
      <TextField
        name="bij"
        label={t('sm.public.search.near')}
        description={t('sm.public.search.nearHint')}
        defaultValue={defaultValue}
      />
      {canLocate ? (
        <button
          ref={buttonRef}
          type="button"
          className="utrecht-button utrecht-button--subtle-action"
          onClick={locate}
        >
          {t('sm.public.search.useLocation')}
        </button>
      ) : null}
      <p className="utrecht-paragraph wijkwerk-sm-near__status" role="status">
        {status === 'locating'
          ? t('sm.public.search.locating')
          : status === 'failed'
            ? t('sm.public.search.locationFailed')
            : ''}
      </p>
    </div>
  );
}
