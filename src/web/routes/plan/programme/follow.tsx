import { data, Form, Link, redirect } from 'react-router';
import { DomainError, ValidationError } from '../../../../core/errors.ts';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { getIdeaStatus, reviseIdea } from '../../../../modules/plan/programme/idea-status.ts';
import '../../../../modules/plan/programme/programme-i18n.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary, type FieldErrors } from '../../../components/error-summary.tsx';
import { SubmitButton } from '../../../components/form-field.tsx';
import { formatDate, formatEuros } from '../../../components/plan/programme-format.ts';
import {
  IdeaFields,
  type IdeaFormValues,
  ideaFieldLabels,
  ideaFieldOf,
  ideaInputFromForm,
} from '../../../components/plan/programme-idea-fields.tsx';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/follow.ts';
import { invalidLinkPage, translateErrors } from './programme.server.ts';

// The submitter's status page, reached only through the private link in their e-mail: where the
// idea stands, every decision with its reasons, and — when asked to revise — a form to send a
// revised idea.

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  const title = translate(rc.locale, 'plan.programme.follow.title');
  try {
    const idea = await getIdeaStatus(rc.app, rc.app.db, rc.municipality.id, params.token);
    return { title, idea, revised: new URL(request.url).searchParams.get('aangepast') === '1' };
  } catch (error) {
    if (error instanceof DomainError && error.key === 'plan.programme.error.invalidLink')
      return data(
        { title, idea: null, revised: false, message: translate(rc.locale, error.key) },
        { status: 410 },
      );
    throw error;
  }
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const rc = getRequestContext(context);
  const form = await request.formData();
  const input = ideaInputFromForm(form);
  try {
    await reviseIdea(rc.app, serviceContext(rc), params.token, input);
  } catch (error) {
    if (error instanceof ValidationError)
      return data(
        {
          message: translate(rc.locale, 'common.formErrors'),
          fieldErrors: translateErrors(error.fieldErrors, rc.locale, ideaFieldOf),
          values: input as IdeaFormValues,
        },
        { status: 400 },
      );
    if (error instanceof DomainError && error.key === 'plan.programme.error.invalidLink')
      return invalidLinkPage(rc.locale);
    throw error;
  }
  return redirect(`/projecten/volgen/${params.token}?aangepast=1`);
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }, { name: 'robots', content: 'noindex' }];
}

export default function FollowIdea({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useShell();
  const crumbs = [{ href: '/', label: t('nav.home') }];
  const idea = loaderData.idea;
  if (!idea) {
    return (
      <>
        <Breadcrumb items={crumbs} current={loaderData.title} />
        <h1 className="utrecht-heading-1">{loaderData.title}</h1>
        <Alert type="warning">
          <p className="utrecht-paragraph">{'message' in loaderData ? loaderData.message : ''}</p>
        </Alert>
      </>
    );
  }
  const failure = actionData && 'fieldErrors' in actionData ? actionData : undefined;
  const errors: FieldErrors = failure?.fieldErrors ?? {};
  const values: IdeaFormValues = failure?.values ?? {
    title: idea.title,
    summary: idea.summary,
    description: idea.description,
    durability: idea.durability,
    partners: idea.partners,
    budgetEuros: idea.budgetCents === null ? '' : String(Math.round(idea.budgetCents / 100)),
    aimedEffectIds: idea.aimedEffects.map((e) => e.id),
  };
  const rows = [
    { label: t('plan.programme.field.areaCode'), value: idea.area.name },
    { label: t('plan.programme.field.summary'), value: idea.summary },
    {
      label: t('plan.programme.field.description'),
      value: idea.description || t('plan.programme.idea.none'),
    },
    {
      label: t('plan.programme.field.aimedEffectIds'),
      value: idea.aimedEffects.map((e) => e.name).join(', ') || t('plan.programme.idea.none'),
    },
    { label: t('plan.programme.field.durability'), value: idea.durability || t('plan.programme.idea.none') },
    { label: t('plan.programme.field.partners'), value: idea.partners || t('plan.programme.idea.none') },
    {
      label: t('plan.programme.idea.budget'),
      value:
        idea.budgetCents === null ? t('plan.programme.idea.none') : formatEuros(idea.budgetCents, locale),
    },
  ];
  return (
    <>
      <Breadcrumb items={crumbs} current={loaderData.title} />
      <h1 className="utrecht-heading-1">
        {loaderData.title}: {idea.title}
      </h1>
      {loaderData.revised ? (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">{t('plan.programme.follow.revised')}</p>
        </Alert>
      ) : null}
      <p className="utrecht-paragraph">{t('plan.programme.follow.privateLink')}</p>
      <h2 className="utrecht-heading-2">{t('plan.programme.follow.statusHeading')}</h2>
      <p className="utrecht-paragraph" data-testid="idea-status">
        <strong>
          {t('plan.programme.follow.status', { status: t(`plan.programme.status.${idea.status}`) })}
        </strong>
      </p>
      <p className="utrecht-paragraph">
        {t('plan.programme.follow.submittedOn', { date: formatDate(idea.submittedAt, locale) })}
      </p>
      {idea.status === 'accepted' && idea.planId ? (
        <Alert type="ok">
          <p className="utrecht-paragraph">{t('plan.programme.follow.accepted')}</p>
          <p className="utrecht-paragraph">
            <Link className="utrecht-link utrecht-link--html-a" to={`/wijkplannen/${idea.planId}`}>
              {t('plan.programme.follow.toPlan')}
            </Link>
          </p>
        </Alert>
      ) : null}
      <h2 className="utrecht-heading-2">{t('plan.programme.follow.decisions')}</h2>
      {idea.decisions.length === 0 ? (
        <p className="utrecht-paragraph">{t('plan.programme.follow.noDecision')}</p>
      ) : (
        <ol className="utrecht-ordered-list">
          {idea.decisions.map((d) => (
            <li key={d.decidedAt} className="utrecht-ordered-list__item">
              <h3 className="utrecht-heading-3">
                {t('plan.programme.follow.decisionOn', {
                  decision: t(`plan.programme.decided.${d.decision}`),
                  date: formatDate(d.decidedAt, locale),
                })}
              </h3>
              <p className="utrecht-paragraph">{d.reason}</p>
            </li>
          ))}
        </ol>
      )}
      <h2 className="utrecht-heading-2">{t('plan.programme.follow.yourIdea')}</h2>
      <dl className="utrecht-data-list utrecht-data-list--rows">
        {rows.map((r) => (
          <div key={r.label} className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{r.label}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
              {r.value}
            </dd>
          </div>
        ))}
      </dl>
      {idea.status === 'revise' ? (
        <section aria-labelledby="revise-heading">
          <h2 id="revise-heading" className="utrecht-heading-2">
            {t('plan.programme.follow.reviseHeading')}
          </h2>
          <p className="utrecht-paragraph">{t('plan.programme.follow.reviseIntro')}</p>
          <ErrorSummary message={failure?.message} errors={errors} labels={ideaFieldLabels(t)} />
          <Form method="post" noValidate className="wijkwerk-form">
            <CsrfField />
            <IdeaFields values={values} errors={errors} effects={idea.effectChoices} />
            <div className="utrecht-button-group wijkwerk-form__actions">
              <SubmitButton>{t('plan.programme.follow.reviseButton')}</SubmitButton>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
