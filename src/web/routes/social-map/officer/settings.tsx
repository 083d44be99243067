import { Form, Link } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { can } from '../../../../core/permissions/can.ts';
import { editorialPolicies } from '../../../../modules/social-map/asset.ts';
import { isEditorAnywhere } from '../../../../modules/social-map/policy.ts';
import '../../../../modules/social-map/overview/officer-i18n.ts';
import { listAreaPolicies } from '../../../../modules/social-map/overview/list-area-policies.ts';
import {
  listSynonyms,
  restoreDefaultSynonyms,
  setSynonyms,
} from '../../../../modules/social-map/search/synonyms.ts';
import { setEditorialPolicy } from '../../../../modules/social-map/set-editorial-policy.ts';
import { getSocialMapSettings, updateSocialMapSettings } from '../../../../modules/social-map/settings.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../../components/form-field.tsx';
import { type FormFailure, formFailure, formString } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { forbidden, redirectSaved, signedInContext } from '../../admin/admin.server.ts';
import { SavedNotice } from '../../admin/admin-ui.tsx';
import type { Route } from './+types/settings.ts';

// How the social map is run: the editorial policy per area (area officers for their own
// areas), the search synonyms and the module settings (coordinators and administrators).
// One action; the `intent` field says which form was posted.

const settingFields = [
  'reportHideThreshold',
  'verifyAfterMonths',
  'graceMonths',
  'hideAfterMonths',
  'keyPersonRetentionMonths',
  'submitterRetentionMonths',
] as const;
const savedFlags = { policy: 'policySaved', synonyms: 'synonymsSaved', settings: 'moduleSaved' } as const;

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  if (!isEditorAnywhere(rc.actor)) forbidden();
  const municipalityId = rc.actor.municipalityId;
  const t = (key: string, p?: Record<string, string | number>) => translate(rc.locale, key, p);
  const [policies, synonyms, settings] = await Promise.all([
    listAreaPolicies(rc.app.db, rc.actor),
    listSynonyms(rc.app.db, rc.actor),
    getSocialMapSettings(rc.app.db, municipalityId),
  ]);
  const saved = new URL(request.url).searchParams.get('saved');
  const flag = saved && saved in savedFlags ? savedFlags[saved as keyof typeof savedFlags] : null;
  return {
    title: t('sm.officer.settings.title'),
    saved: flag ? t(`sm.officer.settings.${flag}`) : null,
    policies: policies.map((p) => ({
      code: p.code,
      name: `${p.name} (${t(`area.kind.${p.kind}`)})`,
      depth: p.depth,
      own: p.own,
      ownLabel: p.own ? t(`socialMap.policy.${p.own}`) : t('sm.officer.settings.inherit'),
      effective: `${t(`socialMap.policy.${p.effective}`)}${
        p.own
          ? ''
          : ` (${p.fromAreaName ? t('sm.officer.settings.inheritedFrom', { area: p.fromAreaName }) : t('sm.officer.settings.default')})`
      }`,
    })),
    policyOptions: [
      ...editorialPolicies.map((p) => ({ value: p, label: t(`socialMap.policy.${p}`) })),
      { value: 'inherit', label: t('sm.officer.settings.inherit') },
    ],
    synonyms,
    mayEditSynonyms: can(rc.actor, 'update', { type: 'social_map_synonyms', municipalityId }),
    mayEditSettings: can(rc.actor, 'update', { type: 'municipality', municipalityId }),
    settings,
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const form = await request.formData();
  const intent = formString(form, 'intent');
  const ctx = serviceContext(rc);
  const values = Object.fromEntries(
    [...form.entries()]
      .filter(([k, v]) => typeof v === 'string' && k !== '_csrf')
      .map(([k, v]) => [k, v as string]),
  );
  try {
    if (intent === 'policy') {
      const choice = formString(form, 'policy');
      await setEditorialPolicy(ctx, formString(form, 'area'), {
        policy: choice === 'inherit' ? null : (choice as never),
      });
      return redirectSaved('/sociale-kaart/instellingen', 'policy');
    }
    if (intent === 'synonym') {
      const synonyms = formString(form, 'synonyms')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      await setSynonyms(ctx, { term: formString(form, 'term'), synonyms });
      return redirectSaved('/sociale-kaart/instellingen', 'synonyms');
    }
    if (intent === 'synonymRemove') {
      await setSynonyms(ctx, { term: formString(form, 'term'), synonyms: [] });
      return redirectSaved('/sociale-kaart/instellingen', 'synonyms');
    }
    if (intent === 'restore') {
      await restoreDefaultSynonyms(ctx);
      return redirectSaved('/sociale-kaart/instellingen', 'synonyms');
    }
    if (intent === 'settings') {
      await updateSocialMapSettings(
        ctx,
        Object.fromEntries(settingFields.map((f) => [f, formString(form, f)])) as never,
      );
      return redirectSaved('/sociale-kaart/instellingen', 'settings');
    }
    forbidden();
  } catch (error) {
    const res = formFailure(error, rc.locale, values);
    (res.data as FormFailure & { intent?: string }).intent = intent;
    return res;
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function SettingsPage({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const failure = actionData as (FormFailure & { intent?: string }) | undefined;
  const failed = (intent: string) => (failure?.intent === intent ? failure : undefined);
  const policyFailure = failed('policy');
  const synonymFailure = failed('synonym') ?? failed('synonymRemove') ?? failed('restore');
  const settingsFailure = failed('settings');
  return (
    <>
      <Breadcrumb items={[{ href: '/sociale-kaart', label: t('socialMap.title') }]} current={d.title} />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <SavedNotice message={d.saved} />

      <section aria-labelledby="policies">
        <h2 className="utrecht-heading-2" id="policies">
          {t('sm.officer.settings.policies')}
        </h2>
        <p className="utrecht-paragraph">{t('sm.officer.settings.policiesIntro')}</p>
        <ErrorSummary
          message={policyFailure?.message}
          errors={policyFailure?.fieldErrors}
          labels={{ policy: t('sm.officer.settings.own') }}
        />
        <div className="utrecht-table-container wijkwerk-table-scroll">
          <table className="utrecht-table utrecht-table--html-table" aria-labelledby="policies">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('sm.officer.settings.area')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('sm.officer.settings.effective')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('sm.officer.settings.own')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {d.policies.map((p) => (
                <tr key={p.code} className="utrecht-table__row">
                  <th
                    scope="row"
                    className="utrecht-table__header-cell"
                    style={{ paddingInlineStart: `${p.depth + 0.5}em` }}
                  >
                    {p.name}
                  </th>
                  <td className="utrecht-table__cell">{p.effective}</td>
                  <td className="utrecht-table__cell">
                    <Form method="post" className="wijkwerk-inline-form">
                      <CsrfField />
                      <input type="hidden" name="intent" value="policy" />
                      <input type="hidden" name="area" value={p.code} />
                      <label className="utrecht-form-label" htmlFor={`policy-${p.code}`}>
                        <span className="wijkwerk-visually-hidden">
                          {t('sm.officer.settings.policyFor', { area: p.name })}
                        </span>
                      </label>
                      <select
                        id={`policy-${p.code}`}
                        name="policy"
                        className="utrecht-select utrecht-select--html-select"
                        defaultValue={p.own ?? 'inherit'}
                      >
                        {d.policyOptions.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>{' '}
                      <SubmitButton variant="secondary">{t('common.save')}</SubmitButton>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="synonyms">
        <h2 className="utrecht-heading-2" id="synonyms">
          {t('sm.officer.settings.synonyms')}
        </h2>
        <p className="utrecht-paragraph">{t('sm.officer.settings.synonymsIntro')}</p>
        {d.mayEditSynonyms ? null : <p className="utrecht-paragraph">{t('sm.officer.settings.readOnly')}</p>}
        <ErrorSummary
          message={synonymFailure?.message}
          errors={synonymFailure?.fieldErrors}
          labels={{ term: t('sm.officer.settings.term'), synonyms: t('sm.officer.settings.synonymsField') }}
        />
        <div className="utrecht-table-container wijkwerk-table-scroll">
          <table className="utrecht-table utrecht-table--html-table" aria-labelledby="synonyms">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('sm.officer.settings.term')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('sm.officer.settings.synonymsField')}
                </th>
                {d.mayEditSynonyms ? (
                  <th scope="col" className="utrecht-table__header-cell">
                    <span className="wijkwerk-visually-hidden">{t('sm.officer.settings.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {d.synonyms.map((s) => (
                <tr key={s.term} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {s.term}
                  </th>
                  <td className="utrecht-table__cell">{s.synonyms.join(', ')}</td>
                  {d.mayEditSynonyms ? (
                    <td className="utrecht-table__cell">
                      <Form method="post">
                        <CsrfField />
                        <input type="hidden" name="intent" value="synonymRemove" />
                        <input type="hidden" name="term" value={s.term} />
                        <SubmitButton variant="subtle">
                          {t('sm.officer.settings.removeSynonym', { term: s.term })}
                        </SubmitButton>
                      </Form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {d.mayEditSynonyms ? (
          <>
            <Form method="post" noValidate className="wijkwerk-form">
              <CsrfField />
              <input type="hidden" name="intent" value="synonym" />
              <TextField
                name="term"
                label={t('sm.officer.settings.term')}
                required
                defaultValue={synonymFailure?.values?.term}
                error={synonymFailure?.fieldErrors?.term}
              />
              <TextField
                name="synonyms"
                label={t('sm.officer.settings.synonymsField')}
                defaultValue={synonymFailure?.values?.synonyms}
                error={synonymFailure?.fieldErrors?.synonyms ?? synonymFailure?.fieldErrors?.['synonyms.0']}
              />
              <div className="utrecht-button-group wijkwerk-form__actions">
                <SubmitButton>{t('sm.officer.settings.addSynonym')}</SubmitButton>
              </div>
            </Form>
            <Form method="post">
              <CsrfField />
              <input type="hidden" name="intent" value="restore" />
              <SubmitButton variant="secondary">{t('sm.officer.settings.restoreDefaults')}</SubmitButton>
            </Form>
          </>
        ) : null}
      </section>

      <section aria-labelledby="module-settings">
        <h2 className="utrecht-heading-2" id="module-settings">
          {t('sm.officer.settings.module')}
        </h2>
        {d.mayEditSettings ? (
          <Form method="post" noValidate className="wijkwerk-form">
            <CsrfField />
            <input type="hidden" name="intent" value="settings" />
            <ErrorSummary
              message={settingsFailure?.message}
              errors={settingsFailure?.fieldErrors}
              labels={Object.fromEntries(settingFields.map((f) => [f, t(`sm.officer.settings.${f}`)]))}
            />
            {settingFields.map((f) => (
              <TextField
                key={f}
                name={f}
                type="number"
                inputMode="numeric"
                required
                label={t(`sm.officer.settings.${f}`)}
                defaultValue={settingsFailure?.values?.[f] ?? d.settings[f]}
                error={settingsFailure?.fieldErrors?.[f]}
              />
            ))}
            <div className="utrecht-button-group wijkwerk-form__actions">
              <SubmitButton>{t('common.save')}</SubmitButton>
            </div>
          </Form>
        ) : (
          <>
            <p className="utrecht-paragraph">{t('sm.officer.settings.readOnly')}</p>
            <dl>
              {settingFields.map((f) => (
                <div key={f}>
                  <dt>{t(`sm.officer.settings.${f}`)}</dt>
                  <dd>{d.settings[f]}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to="/sociale-kaart/overzicht">
            {t('sm.officer.overview.title')}
          </Link>
        </p>
      </section>
    </>
  );
}
