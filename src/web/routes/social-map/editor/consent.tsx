import { Form, redirect } from 'react-router';
import { DomainError, NotFoundError } from '../../../../core/errors.ts';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { formatDateTime, translate } from '../../../../core/i18n/i18n.ts';
import { getAsset } from '../../../../modules/social-map/get-asset.ts';
import {
  type ConsentPurpose,
  consentPurposes,
  listConsents,
  recordConsent,
  withdrawConsent,
} from '../../../../modules/social-map/key-person-consent.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextAreaField } from '../../../components/form-field.tsx';
import {
  type FormFailure,
  formFailure,
  formString,
  throwAsRouteError,
} from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { AssetEditorNav } from '../../../components/social-map/asset-editor-nav.tsx';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/consent.ts';
import './editor-i18n.ts';
import { savedMessage } from './editor.server.ts';

// A key person is staff-only until they consent to publication. An editor records a consent
// (purpose, how it was given, the exact text; the date is the moment of recording) or its
// withdrawal; the services send the person a copy with their personal-data link.

const givenVias = ['in_person', 'email', 'form', 'phone'] as const;

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  try {
    const asset = await getAsset(rc.app.db, rc.actor, params.id);
    if (asset.kind !== 'key_person') throw new NotFoundError('asset');
    const consents = await listConsents(serviceContext(rc), asset.id);
    const t = (key: string, p?: Record<string, string | number>) => translate(rc.locale, key, p);
    return {
      title: t('sm.editor.consent.title', { title: asset.title }),
      assetTitle: asset.title,
      assetId: asset.id,
      hubTitle: t('sm.editor.hub.title'),
      publicNow: asset.publiclyVisible,
      saved: savedMessage(new URL(request.url), rc.locale, ['consentRecorded', 'consentWithdrawn']),
      consents: consents.map((c) => ({
        id: c.id,
        purpose: t(`socialMap.consent.purpose.${c.purpose}`),
        givenAt: formatDateTime(rc.locale, c.givenAt),
        givenVia: t(`sm.editor.consent.via.${c.givenVia}`),
        text: c.consentText,
        recordedBy: c.recordedByLabel,
        status: c.withdrawnAt
          ? t('sm.editor.consent.withdrawnAt', { date: formatDateTime(rc.locale, c.withdrawnAt) })
          : t('sm.editor.consent.active'),
      })),
      activePurposes: consentPurposes.filter((p) => consents.some((c) => c.purpose === p && !c.withdrawnAt)),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const form = await request.formData();
  const values = {
    purpose: formString(form, 'purpose'),
    consentText: formString(form, 'consentText'),
    givenVia: formString(form, 'givenVia'),
    locale: formString(form, 'locale'),
  };
  try {
    if (formString(form, 'intent') === 'withdraw') {
      const purpose = formString(form, 'purpose');
      if (!(consentPurposes as readonly string[]).includes(purpose))
        throw new DomainError('error.validation');
      await withdrawConsent(serviceContext(rc), params.id, purpose as ConsentPurpose);
      return redirect(`/sociale-kaart/${params.id}/toestemming?saved=consentWithdrawn`);
    }
    await recordConsent(rc.app, serviceContext(rc), params.id, values as Parameters<typeof recordConsent>[3]);
    return redirect(`/sociale-kaart/${params.id}/toestemming?saved=consentRecorded`);
  } catch (error) {
    return formFailure(error, rc.locale, values);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function Consent({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  const failure = actionData as FormFailure | undefined;
  const v = failure?.values;
  const e = failure?.fieldErrors;
  return (
    <>
      <Breadcrumb items={[{ href: '/sociale-kaart/redactie', label: d.hubTitle }]} current={d.assetTitle} />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <AssetEditorNav assetId={d.assetId} keyPerson />
      {d.saved ? (
        <Alert type="ok" live>
          {d.saved}
        </Alert>
      ) : null}
      <ErrorSummary
        message={failure?.message}
        errors={e}
        labels={{
          purpose: t('sm.editor.consent.purpose'),
          consentText: t('sm.editor.consent.text'),
          givenVia: t('sm.editor.consent.givenVia'),
          locale: t('sm.editor.consent.locale'),
        }}
      />
      <p className="utrecht-paragraph">{t('sm.editor.consent.intro')}</p>
      <p className="utrecht-paragraph">
        <strong>{d.publicNow ? t('sm.editor.consent.publicNow') : t('sm.editor.consent.staffOnly')}</strong>
      </p>
      <section aria-labelledby="consent-list" className="wijkwerk-section">
        <h2 className="utrecht-heading-2" id="consent-list">
          {t('sm.editor.consent.list')}
        </h2>
        <DataTable
          labelledBy="consent-list"
          rows={d.consents}
          rowKey={(c) => c.id}
          empty={t('sm.editor.consent.none')}
          columns={[
            { header: t('sm.editor.consent.purpose'), cell: (c) => c.purpose },
            { header: t('sm.editor.consent.givenAt'), cell: (c) => c.givenAt },
            { header: t('sm.editor.consent.givenVia'), cell: (c) => c.givenVia },
            { header: t('sm.editor.consent.text'), cell: (c) => c.text },
            { header: t('sm.editor.consent.recordedBy'), cell: (c) => c.recordedBy },
            { header: t('sm.editor.consent.status'), cell: (c) => c.status },
          ]}
        />
        {d.activePurposes.map((p) => (
          <Form key={p} method="post" className="wijkwerk-inline-form">
            <CsrfField />
            <input type="hidden" name="intent" value="withdraw" />
            <input type="hidden" name="purpose" value={p} />
            <SubmitButton variant="secondary">
              {t('sm.editor.consent.withdraw', { purpose: t(`socialMap.consent.purpose.${p}`) })}
            </SubmitButton>
          </Form>
        ))}
      </section>
      <section aria-labelledby="consent-record" className="wijkwerk-section">
        <h2 className="utrecht-heading-2" id="consent-record">
          {t('sm.editor.consent.record')}
        </h2>
        <Form method="post" noValidate className="wijkwerk-form">
          <CsrfField />
          <input type="hidden" name="intent" value="record" />
          <SelectField
            name="purpose"
            label={t('sm.editor.consent.purpose')}
            options={consentPurposes.map((p) => ({ value: p, label: t(`socialMap.consent.purpose.${p}`) }))}
            defaultValue={v?.purpose}
            error={e?.purpose}
            required
          />
          <SelectField
            name="givenVia"
            label={t('sm.editor.consent.givenVia')}
            options={givenVias.map((g) => ({ value: g, label: t(`sm.editor.consent.via.${g}`) }))}
            defaultValue={v?.givenVia}
            error={e?.givenVia}
            required
          />
          <SelectField
            name="locale"
            label={t('sm.editor.consent.locale')}
            options={[
              { value: 'nl', label: t('sm.editor.locale.nl') },
              { value: 'en', label: t('sm.editor.locale.en') },
            ]}
            defaultValue={v?.locale}
            error={e?.locale}
          />
          <TextAreaField
            name="consentText"
            label={t('sm.editor.consent.text')}
            description={t('sm.editor.consent.textHint')}
            rows={5}
            defaultValue={v?.consentText}
            error={e?.consentText}
          />
          <div className="utrecht-button-group wijkwerk-form__actions">
            <SubmitButton>{t('sm.editor.consent.record')}</SubmitButton>
          </div>
        </Form>
      </section>
    </>
  );
}
