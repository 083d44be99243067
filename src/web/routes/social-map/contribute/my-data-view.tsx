import { data, Form, Link, redirect } from 'react-router';
import { DomainError, NotFoundError } from '../../../../core/errors.ts';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { formatDateTime, translate } from '../../../../core/i18n/i18n.ts';
import { type ConsentPurpose, consentPurposes } from '../../../../modules/social-map/key-person-consent.ts';
import {
  type PersonalData,
  removePersonalData,
  viewPersonalData,
} from '../../../../modules/social-map/personal-data.ts';
import { getSocialMapSettings } from '../../../../modules/social-map/settings.ts';
import { withdrawConsentByLink } from '../../../../modules/social-map/withdraw-consent-by-link.ts';
import { Alert } from '../../../components/alert.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { SubmitButton } from '../../../components/form-field.tsx';
import { formString, throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { ContributePage, InvalidLink } from '../../../components/social-map/contribute-page.tsx';
import type { Route } from './+types/my-data-view.ts';
import { invalidLink } from './contribute.server.ts';

// What the social map keeps about the address in the link: as a key person, as someone who
// submitted or looks after items, as a reporter. From here it can be downloaded, a key person's
// consent withdrawn, or everything removed (after a confirmation step).

function isInvalidLink(error: unknown): boolean {
  return error instanceof DomainError && error.key === 'socialMap.error.invalidLink';
}

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  const title = translate(rc.locale, 'sm.contribute.myData.viewTitle');
  const search = new URL(request.url).searchParams;
  try {
    const personal = await viewPersonalData(rc.app, serviceContext(rc), params.token);
    const settings = await getSocialMapSettings(rc.app.db, rc.municipality.id);
    return {
      title,
      retention: {
        submitterMonths: settings.submitterRetentionMonths,
        keyPersonMonths: settings.keyPersonRetentionMonths,
      },
      personal: personal as PersonalData | null,
      step: search.get('verwijderen') === '1' ? ('confirmRemove' as const) : null,
      notice:
        search.get('verwijderd') === '1' ? 'removed' : search.get('ingetrokken') === '1' ? 'withdrawn' : null,
    };
  } catch (error) {
    if (isInvalidLink(error))
      return data({ title, retention: null, personal: null, step: null, notice: null }, { status: 410 });
    throw error;
  }
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const rc = getRequestContext(context);
  const form = await request.formData();
  const intent = formString(form, 'intent');
  const here = `/sociale-kaart/mijn-gegevens/${params.token}`;
  try {
    if (intent === 'remove') {
      await removePersonalData(rc.app, serviceContext(rc), params.token);
      return redirect(`${here}?verwijderd=1`);
    }
    const purpose = formString(form, 'purpose') as ConsentPurpose;
    if (intent === 'withdraw' && consentPurposes.includes(purpose)) {
      await withdrawConsentByLink(
        rc.app,
        serviceContext(rc),
        params.token,
        formString(form, 'assetId'),
        purpose,
      );
      return redirect(`${here}?ingetrokken=1`);
    }
  } catch (error) {
    if (isInvalidLink(error)) return invalidLink(rc.locale);
    if (error instanceof NotFoundError) throwAsRouteError(error);
    throw error;
  }
  return data(
    { invalidLink: false as const, message: translate(rc.locale, 'error.validation') },
    { status: 400 },
  );
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

function DataList({ rows }: { rows: Array<[string, string]> }) {
  return (
    <dl className="utrecht-data-list wijkwerk-data-list">
      {rows.map(([k, v]) => (
        <div key={k} className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{k}</dt>
          <dd className="utrecht-data-list__item-value">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export default function MyDataView({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t, locale } = useShell();
  const { personal } = loaderData;
  if (!personal || (actionData && 'invalidLink' in actionData && actionData.invalidLink)) {
    return (
      <ContributePage title={loaderData.title}>
        <InvalidLink
          message={t('socialMap.error.invalidLink')}
          again={{ href: '/sociale-kaart/mijn-gegevens', label: t('sm.contribute.myData.newLink') }}
        />
      </ContributePage>
    );
  }
  const here = `/sociale-kaart/mijn-gegevens/${params.token}`;
  const date = (d: Date | string) => formatDateTime(locale, d);
  const nothing =
    personal.keyPersons.length +
      personal.items.length +
      personal.submissions.length +
      personal.reports.length ===
    0;

  if (loaderData.step === 'confirmRemove' && !nothing) {
    return (
      <ContributePage title={t('sm.contribute.myData.removeTitle')}>
        <p className="utrecht-paragraph">{t('sm.contribute.myData.removeExplain')}</p>
        <Form method="post" action={here} className="wijkwerk-form">
          <CsrfField />
          <div className="utrecht-button-group wijkwerk-form__actions">
            <SubmitButton name="intent" value="remove">
              {t('sm.contribute.myData.removeConfirm')}
            </SubmitButton>
            <Link className="utrecht-button-link utrecht-button-link--secondary-action" to={here}>
              {t('common.cancel')}
            </Link>
          </div>
        </Form>
      </ContributePage>
    );
  }

  return (
    <ContributePage title={loaderData.title}>
      {loaderData.notice ? (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">{t(`sm.contribute.myData.notice.${loaderData.notice}`)}</p>
        </Alert>
      ) : null}
      <p className="utrecht-paragraph">{t('sm.contribute.myData.viewIntro', { email: personal.email })}</p>
      <p className="utrecht-paragraph">{t('sm.contribute.myData.retention', loaderData.retention ?? {})}</p>
      {nothing ? <p className="utrecht-paragraph">{t('sm.contribute.myData.nothing')}</p> : null}

      {personal.keyPersons.length > 0 ? (
        <section aria-labelledby="key-persons">
          <h2 className="utrecht-heading-2" id="key-persons">
            {t('sm.contribute.myData.keyPersons')}
          </h2>
          {personal.keyPersons.map((k) => (
            <article key={k.assetId} aria-labelledby={`kp-${k.assetId}`}>
              <h3 className="utrecht-heading-3" id={`kp-${k.assetId}`}>
                {k.name}
              </h3>
              <DataList
                rows={[
                  [t('sm.contribute.myData.area'), k.area],
                  [t('sm.contribute.field.summary'), k.summary || '—'],
                  [t('sm.contribute.myData.contact'), k.contact.map((c) => c.value).join(', ') || '—'],
                  [
                    t('sm.contribute.myData.publiclyListed'),
                    k.publiclyListed ? t('common.yes') : t('common.no'),
                  ],
                ]}
              />
              <h4 className="utrecht-heading-4">{t('sm.contribute.myData.consents')}</h4>
              {k.consents.length === 0 ? (
                <p className="utrecht-paragraph">{t('sm.contribute.myData.noConsents')}</p>
              ) : (
                <ul className="utrecht-unordered-list">
                  {k.consents.map((c) => (
                    <li key={`${c.purpose}-${String(c.givenAt)}`} className="utrecht-unordered-list__item">
                      <p className="utrecht-paragraph">
                        {t('sm.contribute.myData.consentLine', {
                          purpose: t(`socialMap.consent.purpose.${c.purpose}`),
                          date: date(c.givenAt),
                        })}
                        {c.withdrawnAt
                          ? ` ${t('sm.contribute.myData.withdrawnOn', { date: date(c.withdrawnAt) })}`
                          : ''}
                      </p>
                      <blockquote className="utrecht-blockquote">
                        <p className="utrecht-paragraph">{c.consentText}</p>
                      </blockquote>
                      {c.withdrawnAt ? null : (
                        <Form method="post" action={here} className="wijkwerk-inline-form">
                          <CsrfField />
                          <input type="hidden" name="assetId" value={k.assetId} />
                          <input type="hidden" name="purpose" value={c.purpose} />
                          <SubmitButton variant="secondary" name="intent" value="withdraw">
                            {t('sm.contribute.myData.withdraw', {
                              purpose: t(`socialMap.consent.purpose.${c.purpose}`),
                            })}
                          </SubmitButton>
                        </Form>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </article>
          ))}
        </section>
      ) : null}

      {personal.items.length > 0 ? (
        <section aria-labelledby="items">
          <h2 className="utrecht-heading-2" id="items">
            {t('sm.contribute.myData.items')}
          </h2>
          <ul className="utrecht-unordered-list">
            {personal.items.map((i) => (
              <li key={i.assetId} className="utrecht-unordered-list__item">
                {i.title}
                {i.youMaintainIt ? ` — ${t('sm.contribute.myData.youMaintain')}` : ''}
                {i.contact.length > 0 ? ` — ${t('sm.contribute.myData.yourContact')}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {personal.submissions.length > 0 ? (
        <section aria-labelledby="submissions">
          <h2 className="utrecht-heading-2" id="submissions">
            {t('sm.contribute.myData.submissions')}
          </h2>
          <ul className="utrecht-unordered-list">
            {personal.submissions.map((s) => (
              <li key={s.id} className="utrecht-unordered-list__item">
                {t('sm.contribute.myData.submissionLine', {
                  title: s.title,
                  date: date(s.createdAt),
                  status: t(`sm.contribute.myData.submissionStatus.${s.status}`),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {personal.reports.length > 0 ? (
        <section aria-labelledby="reports">
          <h2 className="utrecht-heading-2" id="reports">
            {t('sm.contribute.myData.reports')}
          </h2>
          <ul className="utrecht-unordered-list">
            {personal.reports.map((r) => (
              <li key={r.id} className="utrecht-unordered-list__item">
                {t('sm.contribute.myData.reportLine', {
                  title: r.itemTitle,
                  date: date(r.createdAt),
                  reason: t(`socialMap.reportReason.${r.reason}`),
                })}
                {r.message ? `: “${r.message}”` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2 className="utrecht-heading-2">{t('sm.contribute.myData.whatNow')}</h2>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link utrecht-link--html-a" href={`${here}/download`} download>
            {t('sm.contribute.myData.download')}
          </a>
        </li>
        {nothing ? null : (
          <li className="utrecht-unordered-list__item">
            <Link className="utrecht-link utrecht-link--html-a" to={`${here}?verwijderen=1`}>
              {t('sm.contribute.myData.remove')}
            </Link>
          </li>
        )}
      </ul>
    </ContributePage>
  );
}
