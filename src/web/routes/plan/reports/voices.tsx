import { data, Form, Link } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { getPlanView } from '../../../../modules/plan/get-plan.ts';
import { flattenTree } from '../../../../modules/plan/plan-tree.ts';
import { addVoice } from '../../../../modules/plan/reports/add-voice.ts';
import { listVoices } from '../../../../modules/plan/reports/list-voices.ts';
import { removeVoice } from '../../../../modules/plan/reports/remove-voice.ts';
import '../../../../modules/plan/reports/report-i18n.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/form-field.tsx';
import {
  type FormFailure,
  formFailure,
  formString,
  throwAsRouteError,
} from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { redirectSaved, signedInContext } from '../../admin/admin.server.ts';
import { SavedNotice } from '../../admin/admin-ui.tsx';
import type { Route } from './+types/voices.ts';

// /wijkplannen/:id/rapportage/stemmen: the owners of items add short quotes of the people involved
// for the progress report (with the speaker's consent), and remove them again. Plain forms.

const WHOLE_PLAN = 'plan';

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  try {
    const ctx = serviceContext(rc);
    const view = await getPlanView(ctx, params.id);
    const voices = await listVoices(ctx, params.id);
    const editable = new Set(view.permissions.editableItemIds);
    const items = flattenTree(view.tree)
      .filter((n) => editable.has(n.item.id))
      .map((n) => ({ value: n.item.id, label: n.item.title }));
    const saved = new URL(request.url).searchParams.get('saved');
    return {
      planId: view.plan.id,
      planTitle: view.plan.title,
      options: [
        ...(view.permissions.manage
          ? [{ value: WHOLE_PLAN, label: translate(rc.locale, 'plan.report.voices.wholePlan') }]
          : []),
        ...items,
      ],
      voices: voices.map((v) => ({
        id: v.id,
        quote: v.quote,
        attribution: v.attribution,
        item: v.item?.title ?? null,
        removable:
          view.permissions.manage ||
          (v.addedById !== null &&
            v.addedById === rc.actor.personId &&
            (v.item ? editable.has(v.item.id) : false)),
      })),
      saved:
        saved === 'added' || saved === 'removed' ? translate(rc.locale, `plan.report.voices.${saved}`) : null,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const form = await request.formData();
  const intent = formString(form, 'intent');
  const ctx = serviceContext(rc);
  const here = `/wijkplannen/${params.id}/rapportage/stemmen`;
  const values = {
    intent,
    quote: formString(form, 'quote'),
    attribution: formString(form, 'attribution'),
    itemId: formString(form, 'itemId'),
    consent: formString(form, 'consent'),
  };
  try {
    if (intent === 'add') {
      await addVoice(ctx, params.id, {
        quote: values.quote,
        attribution: values.attribution,
        itemId: values.itemId && values.itemId !== WHOLE_PLAN ? values.itemId : null,
        consent: values.consent === 'yes',
      });
      return redirectSaved(here, 'added');
    }
    if (intent === 'remove') {
      await removeVoice(ctx, params.id, formString(form, 'voiceId'));
      return redirectSaved(here, 'removed');
    }
  } catch (error) {
    return formFailure(error, rc.locale, values);
  }
  throw data(null, { status: 400 });
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.planTitle ?? ''} | Wijkwerk` }];
}

export default function VoicesPage({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const failure = actionData as FormFailure | undefined;
  const errors = failure?.fieldErrors;
  const v = failure?.values;
  const report = `/wijkplannen/${d.planId}/rapportage`;
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/wijkplannen', label: t('plan.title') },
          { href: `/wijkplannen/${d.planId}`, label: d.planTitle },
          { href: report, label: t('plan.report.title') },
        ]}
        current={t('plan.report.voices.title')}
      />
      <h1 className="utrecht-heading-1">{t('plan.report.voices.title')}</h1>
      <p className="utrecht-paragraph">{t('plan.report.voices.intro')}</p>
      <SavedNotice message={d.saved} />
      <section aria-labelledby="voices-list">
        <h2 className="utrecht-heading-2" id="voices-list">
          {t('plan.report.table.voices')}
        </h2>
        {d.voices.length === 0 ? <p className="utrecht-paragraph">{t('plan.report.voices.none')}</p> : null}
        {d.voices.map((voice) => (
          <figure key={voice.id} className="wijkwerk-report-voice">
            <blockquote className="utrecht-blockquote">
              <p className="utrecht-paragraph">{voice.quote}</p>
            </blockquote>
            <figcaption>
              {voice.attribution}
              {voice.item ? ` · ${voice.item}` : ''}
            </figcaption>
            {voice.removable ? (
              <Form method="post" className="wijkwerk-inline-form">
                <CsrfField />
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="voiceId" value={voice.id} />
                <button
                  type="submit"
                  className="utrecht-button utrecht-button--secondary-action"
                  aria-label={t('plan.report.voices.removeLabel', { attribution: voice.attribution })}
                >
                  {t('plan.report.voices.remove')}
                </button>
              </Form>
            ) : null}
          </figure>
        ))}
      </section>
      <section aria-labelledby="voices-add">
        <h2 className="utrecht-heading-2" id="voices-add">
          {t('plan.report.voices.add')}
        </h2>
        {d.options.length === 0 ? (
          <p className="utrecht-paragraph">{t('plan.report.voices.mayNotAdd')}</p>
        ) : (
          <Form method="post" noValidate className="wijkwerk-form" aria-labelledby="voices-add">
            <ErrorSummary
              message={failure?.message}
              errors={errors}
              labels={{
                quote: t('plan.report.voices.quote'),
                attribution: t('plan.report.voices.attribution'),
                itemId: t('plan.report.voices.item'),
                consent: t('plan.report.voices.consentLabel'),
              }}
            />
            <CsrfField />
            <input type="hidden" name="intent" value="add" />
            <TextAreaField
              name="quote"
              label={t('plan.report.voices.quote')}
              description={t('plan.report.voices.quoteHint')}
              defaultValue={v?.quote}
              error={errors?.quote}
              rows={3}
            />
            <TextField
              name="attribution"
              label={t('plan.report.voices.attribution')}
              description={t('plan.report.voices.attributionHint')}
              defaultValue={v?.attribution}
              error={errors?.attribution}
              required
            />
            <SelectField
              name="itemId"
              label={t('plan.report.voices.item')}
              options={d.options}
              defaultValue={v?.itemId}
              error={errors?.itemId}
            />
            <div
              className={`utrecht-form-field utrecht-form-field--checkbox${errors?.consent ? ' utrecht-form-field--invalid' : ''}`}
            >
              {errors?.consent ? (
                <div className="utrecht-form-field-error-message" id="field-consent-error">
                  {errors.consent}
                </div>
              ) : null}
              <p className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="field-consent">
                  <input
                    id="field-consent"
                    type="checkbox"
                    name="consent"
                    value="yes"
                    defaultChecked={v?.consent === 'yes'}
                    className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
                    aria-invalid={errors?.consent ? true : undefined}
                    aria-describedby={errors?.consent ? 'field-consent-error' : undefined}
                  />
                  {t('plan.report.voices.consent')}
                </label>
              </p>
            </div>
            <div className="utrecht-button-group wijkwerk-form__actions">
              <SubmitButton>{t('plan.report.voices.submit')}</SubmitButton>
              <Link className="utrecht-link" to={report}>
                {t('plan.report.voices.back')}
              </Link>
            </div>
          </Form>
        )}
      </section>
    </>
  );
}
