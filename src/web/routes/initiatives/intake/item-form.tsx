import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { CsrfField } from '../../../components/csrf-field.tsx';
import type { FieldErrors } from '../../../components/error-summary.tsx';
import {
  CheckboxGroup,
  fieldId,
  SelectField,
  type SelectOption,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../../components/form-field.tsx';
import { useShell } from '../../../components/shell.ts';

// The fields of a new item, shared by the public form and staff registering on behalf of a
// resident: the category (with help for choosing), what and where, photos (multipart), contact
// details with the consent text, a honeypot and the idempotency key. Works without JavaScript;
// with it, a map lets people point at the place (the buurt list stays as the alternative).

export interface CategoryChoice {
  id: string;
  name: string;
  help: string;
  nextSteps: string;
  handlingDays: number;
  dayType: 'working' | 'calendar';
  attributes: Array<{
    code: string;
    datatype: string;
    required: boolean;
    label: string;
    values: Array<{ key: string; name: string }>;
  }>;
}

export interface KindChoice {
  id: string;
  code: string;
  name: string;
  description: string;
  budgetRequest: boolean;
  categories: CategoryChoice[];
}

export type Bounds = [west: number, south: number, east: number, north: number];

function fieldset(legend: ReactNode, children: ReactNode, describedBy?: string) {
  return (
    <fieldset
      className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wijkwerk-form__section"
      aria-describedby={describedBy}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        <span className="utrecht-heading-2">{legend}</span>
      </legend>
      {children}
    </fieldset>
  );
}

/** Radio buttons in a fieldset, each with an optional description (help for choosing). */
export function RadioGroup(p: {
  name: string;
  legend: ReactNode;
  options: Array<{ value: string; label: ReactNode; description?: ReactNode }>;
  defaultValue?: string | undefined;
  error?: string | undefined;
}) {
  const base = fieldId(p.name);
  const errorId = p.error ? `${base}-error` : undefined;
  return (
    <fieldset
      id={base}
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${p.error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={errorId}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {p.legend}
      </legend>
      {p.error ? (
        <div className="utrecht-form-field-error-message" id={errorId}>
          {p.error}
        </div>
      ) : null}
      {p.options.map((o) => {
        const id = `${base}-${o.value}`;
        const descriptionId = o.description ? `${id}-description` : undefined;
        return (
          <div key={o.value} className="utrecht-form-field utrecht-form-field--radio">
            <p className="utrecht-form-field__label utrecht-form-field__label--radio">
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={id}>
                <input
                  id={id}
                  type="radio"
                  name={p.name}
                  value={o.value}
                  defaultChecked={p.defaultValue === o.value}
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                  aria-describedby={descriptionId}
                  aria-invalid={p.error ? true : undefined}
                />
                {o.label}
              </label>
            </p>
            {o.description ? (
              <div
                className="utrecht-form-field__description utrecht-form-field-description"
                id={descriptionId}
              >
                {o.description}
              </div>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

export function handlingText(
  t: (k: string, p?: Record<string, string | number>) => string,
  c: CategoryChoice,
) {
  return t(
    c.dayType === 'working'
      ? 'initiatives.intake.start.handlingWorking'
      : 'initiatives.intake.start.handlingCalendar',
    { days: c.handlingDays },
  );
}

/** Labels of the fields, for the error summary. */
export function itemFieldLabels(t: (k: string) => string, kind: KindChoice | null): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const f of [
    'categoryId',
    'title',
    'description',
    'requestedEuros',
    'areaCode',
    'address',
    'photos',
    'contactName',
    'contactEmail',
    'contactPhone',
    'consent',
    'channel',
  ])
    labels[f] = t(`initiatives.intake.field.${f}`);
  for (const c of kind?.categories ?? [])
    for (const a of c.attributes) labels[`attribute[${a.code}]`] = a.label;
  return labels;
}

export function ItemFormFields(p: {
  kind: KindChoice;
  areas: SelectOption[];
  bounds: Bounds | null;
  mapStyleUrl: string | null;
  values: Record<string, string>;
  errors: FieldErrors;
  /** Staff registering on behalf of a resident: the channel, and consent given by the resident. */
  onBehalf?: { channels: SelectOption[] } | undefined;
  /** After a failed post: the browser forgot the chosen files. */
  photosLost: boolean;
}) {
  const { t } = useShell();
  const { kind, values, errors } = p;
  const v = (k: string) => values[k] ?? '';
  return (
    <>
      <CsrfField />
      <input type="hidden" name="idempotencyKey" value={v('idempotencyKey')} />
      <input type="hidden" name="kind" value={kind.code} />
      <div className="wijkwerk-visually-hidden">
        <label htmlFor={fieldId('website')}>{t('initiatives.intake.submit.honeypot')}</label>
        <input
          id={fieldId('website')}
          type="text"
          name="website"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      {p.onBehalf ? (
        <SelectField
          name="channel"
          label={t('initiatives.intake.field.channel')}
          options={p.onBehalf.channels}
          defaultValue={v('channel') || p.onBehalf.channels[0]?.value}
          error={errors.channel}
          required
        />
      ) : null}
      {fieldset(
        t('initiatives.intake.submit.sectionWhat'),
        <>
          <RadioGroup
            name="categoryId"
            legend={t('initiatives.intake.field.categoryId')}
            defaultValue={
              v('categoryId') || (kind.categories.length === 1 ? kind.categories[0]?.id : undefined)
            }
            error={errors.categoryId}
            options={kind.categories.map((c) => ({
              value: c.id,
              label: c.name,
              description: [c.help, handlingText(t, c)].filter(Boolean).join(' '),
            }))}
          />
          <TextField
            name="title"
            label={t('initiatives.intake.field.title')}
            description={t('initiatives.intake.field.titleHelp')}
            defaultValue={v('title')}
            error={errors.title}
          />
          <TextAreaField
            name="description"
            label={t('initiatives.intake.field.description')}
            description={t('initiatives.intake.field.descriptionHelp')}
            rows={6}
            defaultValue={v('description')}
            error={errors.description}
          />
          {kind.budgetRequest ? (
            <TextField
              name="requestedEuros"
              label={t('initiatives.intake.field.requestedEuros')}
              description={t('initiatives.intake.field.requestedEurosHelp')}
              inputMode="decimal"
              defaultValue={v('requestedEuros')}
              error={errors.requestedEuros}
            />
          ) : null}
          {kind.categories.flatMap((c) =>
            c.attributes.map((a) => {
              const name = `attribute[${a.code}]`;
              const label = kind.categories.length > 1 ? `${a.label} (${c.name})` : a.label;
              return a.datatype === 'singlevaluelist' ? (
                <SelectField
                  key={`${c.id}-${a.code}`}
                  name={name}
                  label={label}
                  options={a.values.map((o) => ({ value: o.key, label: o.name }))}
                  emptyLabel=""
                  defaultValue={v(name)}
                  error={errors[name]}
                />
              ) : (
                <TextField
                  key={`${c.id}-${a.code}`}
                  name={name}
                  label={label}
                  defaultValue={v(name)}
                  error={errors[name]}
                />
              );
            }),
          )}
        </>,
      )}
      {fieldset(
        t('initiatives.intake.submit.sectionWhere'),
        <>
          <p className="utrecht-paragraph">{t('initiatives.intake.submit.whereHelp')}</p>
          <SelectField
            name="areaCode"
            label={t('initiatives.intake.field.areaCode')}
            options={p.areas}
            emptyLabel=""
            defaultValue={v('areaCode')}
            error={errors.areaCode}
            required
          />
          <TextField
            name="address"
            label={t('initiatives.intake.field.address')}
            description={t('initiatives.intake.field.addressHelp')}
            autoComplete="street-address"
            defaultValue={v('address')}
            error={errors.address}
          />
          <PointPicker bounds={p.bounds} mapStyleUrl={p.mapStyleUrl} lon={v('lon')} lat={v('lat')} />
        </>,
      )}
      {fieldset(
        t('initiatives.intake.submit.sectionPhotos'),
        <PhotoField error={errors.photos} lost={p.photosLost} />,
      )}
      {fieldset(
        t('initiatives.intake.submit.sectionYou'),
        <>
          <p className="utrecht-paragraph">{t('initiatives.intake.submit.youHelp')}</p>
          <TextField
            name="contactName"
            label={t('initiatives.intake.field.contactName')}
            autoComplete={p.onBehalf ? 'off' : 'name'}
            defaultValue={v('contactName')}
            error={errors.contactName}
          />
          <TextField
            name="contactEmail"
            type="email"
            label={t('initiatives.intake.field.contactEmail')}
            autoComplete={p.onBehalf ? 'off' : 'email'}
            spellCheck={false}
            defaultValue={v('contactEmail')}
            error={errors.contactEmail}
          />
          <TextField
            name="contactPhone"
            type="tel"
            label={t('initiatives.intake.field.contactPhone')}
            autoComplete={p.onBehalf ? 'off' : 'tel'}
            defaultValue={v('contactPhone')}
            error={errors.contactPhone}
          />
          <CheckboxGroup
            name="consent"
            legend={t('initiatives.intake.field.consent')}
            description={t('initiatives.intake.consent.text')}
            options={[
              {
                value: 'yes',
                label: t(
                  p.onBehalf
                    ? 'initiatives.intake.register.consentAgree'
                    : 'initiatives.intake.consent.agree',
                ),
              },
            ]}
            defaultChecked={v('consent') ? ['yes'] : []}
            error={errors.consent}
          />
        </>,
      )}
    </>
  );
}

function PhotoField({ error, lost }: { error?: string | undefined; lost: boolean }) {
  const { t } = useShell();
  const id = fieldId('photos');
  const descriptionId = `${id}-description`;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}
    >
      <p className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {t('initiatives.intake.field.photos')}
        </label>
      </p>
      <div className="utrecht-form-field__description utrecht-form-field-description" id={descriptionId}>
        {t('initiatives.intake.submit.photosHelp')}
        {lost ? ` ${t('initiatives.intake.submit.photosAgain')}` : ''}
      </div>
      {error ? (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={errorId}>
          {error}
        </div>
      ) : null}
      <p className="utrecht-form-field__input">
        <input
          id={id}
          name="photos"
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp"
          className="utrecht-textbox utrecht-textbox--html-input"
          aria-describedby={[descriptionId, errorId].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
        />
      </p>
    </div>
  );
}

/**
 * With JavaScript and WebGL: a map to point at the place; the point goes in the hidden lon/lat
 * fields. Without them nothing shows and the buurt and address fields do the work.
 */
function PointPicker(p: { bounds: Bounds | null; mapStyleUrl: string | null; lon: string; lat: string }) {
  const { t } = useShell();
  const mapRef = useRef<HTMLDivElement>(null);
  const [canMap, setCanMap] = useState(false);
  const [point, setPoint] = useState<{ lon: number; lat: number } | null>(
    p.lon && p.lat ? { lon: Number(p.lon), lat: Number(p.lat) } : null,
  );
  const markerRef = useRef<Marker | null>(null);
  const mapInstance = useRef<MapLibreMap | null>(null);

  useEffect(() => {
    if (p.bounds && supportsWebGl()) setCanMap(true);
  }, [p.bounds]);

  useEffect(() => {
    const container = mapRef.current;
    if (!canMap || !container || !p.bounds) return;
    let cancelled = false;
    (async () => {
      try {
        const [maplibre, worker] = await Promise.all([
          import('maplibre-gl'),
          import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
          import('maplibre-gl/dist/maplibre-gl.css'),
        ]);
        if (cancelled || !p.bounds) return;
        maplibre.setWorkerUrl(worker.default);
        const m = new maplibre.Map({
          container,
          style: p.mapStyleUrl || {
            version: 8,
            sources: {},
            layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f4f0' } }],
          },
          bounds: p.bounds,
          fitBoundsOptions: { padding: 16 },
          scrollZoom: false,
          attributionControl: { compact: true },
          locale: { 'Map.Title': t('initiatives.intake.map.title') },
        });
        mapInstance.current = m;
        m.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
        m.on('click', (e) => {
          const next = { lon: Number(e.lngLat.lng.toFixed(6)), lat: Number(e.lngLat.lat.toFixed(6)) };
          markerRef.current?.remove();
          markerRef.current = new maplibre.Marker().setLngLat([next.lon, next.lat]).addTo(m);
          setPoint(next);
        });
      } catch (error) {
        console.warn('map: no point picking', error);
        if (!cancelled) setCanMap(false);
      }
    })();
    return () => {
      cancelled = true;
      mapInstance.current?.remove();
      mapInstance.current = null;
    };
  }, [canMap, p.bounds, p.mapStyleUrl, t]);

  return (
    <div className="wijkwerk-form__map">
      <input type="hidden" name="lon" value={point ? String(point.lon) : ''} />
      <input type="hidden" name="lat" value={point ? String(point.lat) : ''} />
      {canMap ? (
        <div>
          <p className="utrecht-paragraph" id="point-help">
            {t('initiatives.intake.map.help')}
          </p>
          <div
            ref={mapRef}
            role="application"
            aria-label={t('initiatives.intake.map.title')}
            aria-describedby="point-help"
            style={{ height: '20rem', width: '100%' }}
          />
          <p className="utrecht-paragraph" aria-live="polite">
            {point ? t('initiatives.intake.map.chosen', { lat: point.lat, lon: point.lon }) : ''}
          </p>
          {point ? (
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle-action"
              onClick={() => {
                markerRef.current?.remove();
                setPoint(null);
              }}
            >
              {t('initiatives.intake.map.clear')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function supportsWebGl(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

export { SubmitButton };
