import { Form, Link, redirect } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { listReviews } from '../../../../modules/plan/reviews/list-reviews.ts';
import { mayManage, readablePlan } from '../../../../modules/plan/reviews/review-access.ts';
import { formatDay } from '../../../../modules/plan/reviews/review-i18n.ts';
import { scheduleReview } from '../../../../modules/plan/reviews/schedule-review.ts';
import { Alert } from '../../../components/alert.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../../components/form-field.tsx';
import { ReviewNav } from '../../../components/plan/review-nav.tsx';
import {
  type FormFailure,
  formFailure,
  formString,
  throwAsRouteError,
} from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/reviews.ts';
import '../../../../modules/plan/reviews/review-i18n.ts';
import { readContext, savedMessage, writeContext } from './reviews.server.ts';

// The review moments (peilmomenten) of a plan: those to come (with the day the owners are
// reminded) and those held (with their outcome and the version they saved); managers schedule
// a new one here.

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = readContext(context);
  try {
    const { plan, permissions } = await readablePlan(serviceContext(rc), params.id);
    const reviews = await listReviews(serviceContext(rc), plan.id);
    const t = (key: string, p?: Record<string, string | number>) => translate(rc.locale, key, p);
    const row = (r: (typeof reviews)[number]) => ({
      id: r.id,
      title: r.title,
      date: formatDay(rc.locale, r.scheduledOn),
      reminder: r.reminderSentAt
        ? t('plan.review.reminder.sent')
        : t('plan.review.reminder.on', { date: formatDay(rc.locale, r.remindOn) }),
      outcome: t('plan.review.outcome', { ...r.counts }),
      versionNumber: r.versionNumber,
      versionId: r.versionId,
    });
    return {
      planId: plan.id,
      title: t('plan.review.list.title', { plan: plan.title }),
      planTitle: plan.title,
      manage: mayManage(rc.actor, permissions),
      saved: savedMessage(new URL(request.url), rc.locale, ['scheduled', 'cancelled']),
      upcoming: reviews.filter((r) => r.state === 'scheduled').map(row),
      held: reviews
        .filter((r) => r.state === 'held')
        .reverse()
        .map(row),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = writeContext(context, request);
  const form = await request.formData();
  const values = {
    title: formString(form, 'title'),
    scheduledOn: formString(form, 'scheduledOn').trim(),
    remindDaysBefore: formString(form, 'remindDaysBefore').trim() || '14',
  };
  try {
    await scheduleReview(serviceContext(rc), params.id, values);
    return redirect(`/wijkplannen/${params.id}/peilmomenten?saved=scheduled`);
  } catch (error) {
    return formFailure(error, rc.locale, values);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function Reviews({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  const failure = actionData as FormFailure | undefined;
  const table = (rows: typeof d.upcoming, held: boolean, caption: string) => (
    <div className="wijkwerk-table-scroll">
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('plan.review.col.date')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('plan.review.col.title')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {held ? t('plan.review.col.outcome') : t('plan.review.col.reminder')}
            </th>
            {held ? (
              <th scope="col" className="utrecht-table__header-cell">
                {t('plan.review.col.version')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((r) => (
            <tr key={r.id} className="utrecht-table__row">
              <td className="utrecht-table__cell">{r.date}</td>
              <th scope="row" className="utrecht-table__header-cell">
                <Link
                  className="utrecht-link utrecht-link--html-a"
                  to={`/wijkplannen/${d.planId}/peilmomenten/${r.id}`}
                >
                  {r.title}
                </Link>
              </th>
              <td className="utrecht-table__cell">{held ? r.outcome : r.reminder}</td>
              {held ? (
                <td className="utrecht-table__cell">
                  {r.versionId ? (
                    <Link
                      className="utrecht-link utrecht-link--html-a"
                      to={`/wijkplannen/${d.planId}/versies`}
                    >
                      {t('plan.version.number', { number: r.versionNumber ?? '' })}
                    </Link>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <>
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <ReviewNav planId={d.planId} current="reviews" />
      {d.saved ? (
        <Alert type="ok" live>
          {d.saved}
        </Alert>
      ) : null}
      <p className="utrecht-paragraph">{t('plan.review.list.intro')}</p>
      <section aria-labelledby="upcoming" className="wijkwerk-section">
        <h2 className="utrecht-heading-2" id="upcoming">
          {t('plan.review.list.upcoming')}
        </h2>
        {d.upcoming.length === 0 ? (
          <p className="utrecht-paragraph">{t('plan.review.list.noneUpcoming')}</p>
        ) : (
          table(d.upcoming, false, t('plan.review.list.upcoming'))
        )}
      </section>
      <section aria-labelledby="held" className="wijkwerk-section">
        <h2 className="utrecht-heading-2" id="held">
          {t('plan.review.list.held')}
        </h2>
        {d.held.length === 0 ? (
          <p className="utrecht-paragraph">{t('plan.review.list.noneHeld')}</p>
        ) : (
          table(d.held, true, t('plan.review.list.held'))
        )}
      </section>
      {d.manage ? (
        <section aria-labelledby="schedule" className="wijkwerk-section">
          <h2 className="utrecht-heading-2" id="schedule">
            {t('plan.review.schedule.title')}
          </h2>
          <ErrorSummary
            errors={failure?.fieldErrors}
            message={failure?.message}
            labels={{
              title: t('plan.review.field.title'),
              scheduledOn: t('plan.review.field.scheduledOn'),
              remindDaysBefore: t('plan.review.field.remindDaysBefore'),
            }}
          />
          <Form method="post" className="wijkwerk-form" noValidate>
            <CsrfField />
            <TextField
              name="title"
              label={t('plan.review.field.title')}
              description={t('plan.review.field.title.hint')}
              required
              defaultValue={failure?.values?.title}
              error={failure?.fieldErrors?.title}
            />
            <TextField
              name="scheduledOn"
              label={t('plan.review.field.scheduledOn')}
              description={t('plan.review.field.scheduledOn.hint')}
              required
              defaultValue={failure?.values?.scheduledOn}
              error={failure?.fieldErrors?.scheduledOn}
            />
            <TextField
              name="remindDaysBefore"
              label={t('plan.review.field.remindDaysBefore')}
              description={t('plan.review.field.remindDaysBefore.hint')}
              inputMode="numeric"
              defaultValue={failure?.values?.remindDaysBefore ?? '14'}
              error={failure?.fieldErrors?.remindDaysBefore}
            />
            <div className="utrecht-button-group wijkwerk-form__actions">
              <SubmitButton>{t('plan.review.schedule.submit')}</SubmitButton>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
