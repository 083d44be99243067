import { randomUUID } from 'node:crypto';
import { data, Form, Link, redirect } from 'react-router';
import { ValidationError } from '../../../../core/errors.ts';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { assetKinds } from '../../../../modules/social-map/asset.ts';
import { parseSocialMapInput } from '../../../../modules/social-map/asset-input.ts';
import { findSimilarAssets } from '../../../../modules/social-map/find-similar-assets.ts';
import { getSocialMapSettings } from '../../../../modules/social-map/settings.ts';
import { submitAsset, submitAssetInput } from '../../../../modules/social-map/submit-asset.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary, type FieldErrors } from '../../../components/error-summary.tsx';
import { CheckboxGroup, SubmitButton, TextField } from '../../../components/form-field.tsx';
import { formString } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import {
  AssetFields,
  assetFieldLabels,
  HoneypotField,
} from '../../../components/social-map/asset-fields.tsx';
import {
  type AssetFormValues,
  assetInputFromForm,
  formFieldOf,
  many,
  one,
  readAssetForm,
} from '../../../components/social-map/asset-form.ts';
import '../../../components/social-map/contribute-i18n.ts';
import type { Route } from './+types/submit.ts';
import {
  formChoices,
  isFormError,
  retryHeaders,
  statusOf,
  translateFieldErrors,
} from './contribute.server.ts';

// A resident puts something on the social map without an account: a place, an offering, a group
// or initiative, or an activity. The form is plain HTML; the server checks it with the service's
// own schema, warns about items that look the same, and mails a link to confirm. Nothing is
// kept until that link is followed.

const residentKinds = assetKinds.filter((k) => k !== 'key_person');
/** Fields of this page besides the item's own. */
const ownFields = ['submitterName', 'submitterEmail', 'consent', 'notDuplicate', 'idempotencyKey'];

interface SubmitFailure {
  message: string;
  fieldErrors: FieldErrors;
  values: AssetFormValues;
  duplicates?: Array<{ id: string; title: string }>;
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  const sent = new URL(request.url).searchParams.get('verzonden') === '1';
  return {
    title: translate(rc.locale, sent ? 'sm.contribute.sent.title' : 'sm.contribute.submit.title'),
    sent,
    choices: sent ? null : await formChoices(rc),
    retentionMonths: (await getSocialMapSettings(rc.app.db, rc.municipality.id)).submitterRetentionMonths,
    // One key per form shown: a double click or a resent post submits once.
    idempotencyKey: randomUUID(),
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = getRequestContext(context);
  const form = await request.formData();
  const values = readAssetForm(form, ownFields);
  const honeypot = formString(form, 'homepage');
  const sentPage = '/sociale-kaart/aanmelden?verzonden=1';
  const fail = (failure: Omit<SubmitFailure, 'values' | 'message'> & { message?: string }, status = 400) =>
    data<SubmitFailure>(
      { message: failure.message ?? translate(rc.locale, 'common.formErrors'), values, ...failure },
      { status },
    );

  const { input: content, errors, contactFields } = assetInputFromForm(values);
  const input = {
    ...content,
    submitterName: one(values, 'submitterName') || null,
    submitterEmail: one(values, 'submitterEmail'),
    locale: rc.locale,
    idempotencyKey: one(values, 'idempotencyKey') || undefined,
    ...(honeypot ? { honeypot } : {}),
  };
  const fieldOf = (path: string) => formFieldOf(path, contactFields);

  if (!honeypot) {
    // Everything the form and the service's schema can say at once, before anything is written.
    if (one(values, 'consent') !== 'yes')
      errors.push({ field: 'consent', key: 'sm.contribute.error.consent' });
    try {
      parseSocialMapInput(submitAssetInput, input);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      errors.push(...error.fieldErrors);
    }
    if (errors.length > 0) return fail({ fieldErrors: translateFieldErrors(errors, rc.locale, fieldOf) });

    if (one(values, 'notDuplicate') !== 'yes') {
      const duplicates = await findSimilarAssets(rc.app.db, rc.actor, {
        kind: content.kind,
        title: content.title,
        areaCode: content.areaCode,
        point: content.point,
      });
      if (duplicates.length > 0)
        return fail(
          { message: translate(rc.locale, 'sm.contribute.duplicates.heading'), fieldErrors: {}, duplicates },
          200,
        );
    }
  }

  try {
    await submitAsset(rc.app, serviceContext(rc), input);
  } catch (error) {
    if (error instanceof ValidationError)
      return fail({ fieldErrors: translateFieldErrors(error.fieldErrors, rc.locale, fieldOf) });
    if (isFormError(error))
      return data<SubmitFailure>(
        { message: translate(rc.locale, error.key, error.params), fieldErrors: {}, values },
        { status: statusOf(error), headers: retryHeaders(error) },
      );
    throw error;
  }
  return redirect(sentPage);
}

/** The action's headers (Retry-After with a 429) reach the response. */
export function headers({ actionHeaders, loaderHeaders }: Route.HeadersArgs) {
  return actionHeaders.has('Retry-After') ? actionHeaders : loaderHeaders;
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function SubmitAsset({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const crumbs = [
    { href: '/', label: t('nav.home') },
    { href: '/sociale-kaart', label: t('socialMap.title') },
  ];
  if (loaderData.sent) {
    return (
      <>
        <Breadcrumb items={crumbs} current={loaderData.title} />
        <h1 className="utrecht-heading-1">{loaderData.title}</h1>
        <Alert type="ok">
          <p className="utrecht-paragraph">{t('sm.contribute.sent.body')}</p>
        </Alert>
        <p className="utrecht-paragraph">{t('sm.contribute.sent.spam')}</p>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to="/sociale-kaart">
            {t('sm.contribute.backToMap')}
          </Link>
        </p>
      </>
    );
  }
  const failure = actionData as SubmitFailure | undefined;
  const values: AssetFormValues = failure?.values ?? { kind: '', idempotencyKey: loaderData.idempotencyKey };
  const errors = failure?.fieldErrors ?? {};
  const labels = {
    ...assetFieldLabels(t),
    submitterName: t('sm.contribute.field.submitterName'),
    submitterEmail: t('sm.contribute.field.submitterEmail'),
    consent: t('sm.contribute.field.consent'),
  };
  const choices = loaderData.choices ?? { themes: [], targetGroups: [], areas: [] };
  const duplicates = failure?.duplicates ?? [];
  return (
    <>
      <Breadcrumb items={crumbs} current={loaderData.title} />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <p className="utrecht-paragraph">{t('sm.contribute.submit.intro')}</p>
      <p className="utrecht-paragraph">{t('sm.contribute.submit.keyPersons')}</p>
      {duplicates.length > 0 ? (
        <Alert type="warning" live>
          <h2 className="utrecht-heading-2">{t('sm.contribute.duplicates.heading')}</h2>
          <p className="utrecht-paragraph">{t('sm.contribute.duplicates.intro')}</p>
          <ul className="utrecht-unordered-list">
            {duplicates.map((d) => (
              <li key={d.id} className="utrecht-unordered-list__item">
                <a className="utrecht-link utrecht-link--html-a" href={`/sociale-kaart/${d.id}`}>
                  {d.title}
                </a>
              </li>
            ))}
          </ul>
          <p className="utrecht-paragraph">
            <a className="utrecht-link utrecht-link--html-a" href="#field-notDuplicate">
              {t('sm.contribute.duplicates.toCheckbox')}
            </a>
          </p>
        </Alert>
      ) : (
        <ErrorSummary message={failure?.message} errors={errors} labels={labels} />
      )}
      <Form method="post" noValidate className="wijkwerk-form">
        <CsrfField />
        <input type="hidden" name="idempotencyKey" value={one(values, 'idempotencyKey')} />
        <HoneypotField />
        <AssetFields
          kinds={residentKinds}
          themes={choices.themes}
          targetGroups={choices.targetGroups}
          areas={choices.areas}
          values={values}
          errors={errors}
        />
        <fieldset
          id="section-you"
          className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wijkwerk-form__section"
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            <span className="utrecht-heading-2">{t('sm.contribute.section.you')}</span>
          </legend>
          <p className="utrecht-paragraph">{t('sm.contribute.submit.whyEmail')}</p>
          <TextField
            name="submitterName"
            label={labels.submitterName}
            autoComplete="name"
            defaultValue={one(values, 'submitterName')}
            error={errors.submitterName}
          />
          <TextField
            name="submitterEmail"
            type="email"
            label={labels.submitterEmail}
            autoComplete="email"
            spellCheck={false}
            required
            defaultValue={one(values, 'submitterEmail')}
            error={errors.submitterEmail}
          />
          <CheckboxGroup
            name="consent"
            legend={labels.consent}
            description={t('sm.contribute.consent.text', { months: loaderData.retentionMonths })}
            options={[{ value: 'yes', label: t('sm.contribute.consent.agree') }]}
            defaultChecked={many(values, 'consent')}
            error={errors.consent}
          />
          {duplicates.length > 0 ? (
            <CheckboxGroup
              name="notDuplicate"
              legend={t('sm.contribute.duplicates.legend')}
              options={[{ value: 'yes', label: t('sm.contribute.duplicates.confirm') }]}
            />
          ) : null}
        </fieldset>
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton>{t('sm.contribute.submit.button')}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
