import { Form, Link } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { formatDateTime, translate } from '../../../../core/i18n/i18n.ts';
import { can } from '../../../../core/permissions/can.ts';
import { answerCheck } from '../../../../modules/plan/checks/answer-check.ts';
import { checkVerdicts } from '../../../../modules/plan/checks/check.ts';
import { mayAnswerFor } from '../../../../modules/plan/checks/checks-policy.ts';
import { closeCheck } from '../../../../modules/plan/checks/close-check.ts';
import { checkResource, getCheck } from '../../../../modules/plan/checks/get-check.ts';
import '../../../../modules/plan/cycles/cycle-i18n.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextAreaField } from '../../../components/form-field.tsx';
import { formatDay } from '../../../components/plan/timeline-format.ts';
import {
  type FormFailure,
  formFailure,
  formString,
  throwAsRouteError,
} from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { redirectSaved, signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/check.ts';

// One wijktoets: the proposal and question, and per area the answer; the officers of an area
// answer (or correct their answer) here until the requester closes it.

const savedFlags = ['created', 'answered', 'closed'] as const;

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  try {
    const check = await getCheck(rc.app.db, rc.actor, params.id);
    const saved = new URL(request.url).searchParams.get('saved');
    return {
      title: check.title,
      check,
      answerable: check.closedAt
        ? []
        : check.areas.filter((a) => mayAnswerFor(rc.actor, a.area.path)).map((a) => a.area.code),
      mayClose:
        check.closedAt === null && can(rc.actor, 'update', checkResource(rc.actor.municipalityId, check)),
      saved: savedFlags.find((f) => f === saved) ?? null,
      answeredAt: Object.fromEntries(
        check.areas.map((a) => [a.area.code, a.answeredAt ? formatDateTime(rc.locale, a.answeredAt) : null]),
      ),
      crumb: translate(rc.locale, 'plan.check.title'),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const form = await request.formData();
  const intent = formString(form, 'intent');
  if (intent === 'close') {
    try {
      await closeCheck(serviceContext(rc), params.id);
    } catch (error) {
      return formFailure(error, rc.locale);
    }
    return redirectSaved(`/wijktoetsen/${params.id}`, 'closed');
  }
  const areaCode = formString(form, 'areaCode');
  // Each area has its own form; the field names carry the area so their ids stay unique.
  const values = {
    verdict: formString(form, `verdict-${areaCode}`),
    answer: formString(form, `answer-${areaCode}`),
  };
  try {
    await answerCheck(serviceContext(rc), params.id, areaCode, {
      verdict: values.verdict as (typeof checkVerdicts)[number],
      answer: values.answer,
    });
  } catch (error) {
    // The field names carry the area, so the error lands on the right form.
    const failure = formFailure(error, rc.locale, {
      [`verdict-${areaCode}`]: values.verdict,
      [`answer-${areaCode}`]: values.answer,
      areaCode,
    });
    if (failure.data.fieldErrors) {
      failure.data.fieldErrors = Object.fromEntries(
        Object.entries(failure.data.fieldErrors).map(([k, v]) => [`${k}-${areaCode}`, v]),
      );
    }
    return failure;
  }
  return redirectSaved(`/wijktoetsen/${params.id}`, 'answered');
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function NeighbourhoodCheckPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useShell();
  const { check } = loaderData;
  const failure = actionData as FormFailure | undefined;
  const labels = Object.fromEntries(
    check.areas.flatMap((a) => [
      [`verdict-${a.area.code}`, t('plan.check.field.verdict', { area: a.area.name })],
      [`answer-${a.area.code}`, t('plan.check.field.answer', { area: a.area.name })],
    ]),
  );
  return (
    <>
      <Breadcrumb items={[{ href: '/wijktoetsen', label: loaderData.crumb }]} current={check.title} />
      <h1 className="utrecht-heading-1">{check.title}</h1>
      {loaderData.saved ? (
        <Alert type="ok" live>
          {t(`plan.check.saved.${loaderData.saved}`)}
        </Alert>
      ) : null}
      <ErrorSummary message={failure?.message} errors={failure?.fieldErrors} labels={labels} />
      <dl className="utrecht-data-list wijkwerk-data-list">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('plan.check.col.status')}</dt>
          <dd className="utrecht-data-list__item-value">{t(`plan.check.status.${check.status}`)}</dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('plan.check.col.department')}</dt>
          <dd className="utrecht-data-list__item-value">
            {[check.requestingOrganisation?.name, check.requestedBy?.name].filter(Boolean).join(', ') || '–'}
          </dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('plan.check.col.answerBy')}</dt>
          <dd className="utrecht-data-list__item-value">{formatDay(locale, check.answerBy)}</dd>
        </div>
        {check.plan ? (
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('plan.check.plan')}</dt>
            <dd className="utrecht-data-list__item-value">
              <Link className="utrecht-link" to={`/wijkplannen/${check.plan.id}`}>
                {check.plan.title}
              </Link>{' '}
              (
              <Link className="utrecht-link" to={`/wijkplannen/${check.plan.id}/tijdlijn`}>
                {t('plan.cycle.timeline.title')}
              </Link>
              )
            </dd>
          </div>
        ) : null}
      </dl>
      <h2 className="utrecht-heading-2">{t('plan.check.proposal')}</h2>
      <p className="utrecht-paragraph">{check.proposal}</p>
      {check.question ? (
        <>
          <h2 className="utrecht-heading-2">{t('plan.check.question')}</h2>
          <p className="utrecht-paragraph">{check.question}</p>
        </>
      ) : null}
      <h2 className="utrecht-heading-2">{t('plan.check.answers')}</h2>
      {check.areas.map((a) => {
        const mine = loaderData.answerable.includes(a.area.code);
        const again = failure?.values?.areaCode === a.area.code ? failure.values : undefined;
        return (
          <section key={a.area.id} aria-labelledby={`area-${a.area.code}`}>
            <h3 className="utrecht-heading-3" id={`area-${a.area.code}`}>
              {a.area.name}
            </h3>
            {a.verdict ? (
              <>
                <p className="utrecht-paragraph">
                  <strong>{t(`plan.check.verdict.${a.verdict}`)}</strong>
                </p>
                <p className="utrecht-paragraph">{a.answer}</p>
                <p className="utrecht-paragraph">
                  {t('plan.check.answeredBy', {
                    name: a.answeredBy?.name ?? '–',
                    date: loaderData.answeredAt[a.area.code] ?? '',
                  })}
                </p>
              </>
            ) : (
              <p className="utrecht-paragraph">{t('plan.check.notAnswered')}</p>
            )}
            {mine ? (
              <Form method="post" noValidate className="wijkwerk-form">
                <CsrfField />
                <input type="hidden" name="areaCode" value={a.area.code} />
                <SelectField
                  name={`verdict-${a.area.code}`}
                  label={t('plan.check.field.verdict', { area: a.area.name })}
                  options={checkVerdicts.map((v) => ({ value: v, label: t(`plan.check.verdict.${v}`) }))}
                  defaultValue={again?.[`verdict-${a.area.code}`] ?? a.verdict ?? undefined}
                  error={failure?.fieldErrors?.[`verdict-${a.area.code}`]}
                />
                <TextAreaField
                  name={`answer-${a.area.code}`}
                  label={t('plan.check.field.answer', { area: a.area.name })}
                  defaultValue={again?.[`answer-${a.area.code}`] ?? a.answer}
                  error={failure?.fieldErrors?.[`answer-${a.area.code}`]}
                  rows={4}
                />
                <SubmitButton name="intent" value="answer">
                  {t('plan.check.answer')}
                </SubmitButton>
              </Form>
            ) : null}
          </section>
        );
      })}
      {loaderData.mayClose ? (
        <Form method="post">
          <CsrfField />
          <SubmitButton name="intent" value="close" variant="secondary">
            {t('plan.check.close')}
          </SubmitButton>
        </Form>
      ) : null}
    </>
  );
}
