import { Form, Link, redirect } from 'react-router';
import { z } from 'zod';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { formatDateTime, translate } from '../../../../core/i18n/i18n.ts';
import { createVersion } from '../../../../modules/plan/reviews/create-version.ts';
import { listReviews } from '../../../../modules/plan/reviews/list-reviews.ts';
import { listVersions } from '../../../../modules/plan/reviews/list-versions.ts';
import { mayManage, readablePlan } from '../../../../modules/plan/reviews/review-access.ts';
import '../../../../modules/plan/reviews/review-i18n.ts';
import { formatDay } from '../../../../modules/plan/reviews/review-i18n.ts';
import { Alert } from '../../../components/alert.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextField } from '../../../components/form-field.tsx';
import { ListPaging } from '../../../components/pagination.tsx';
import { ReviewNav } from '../../../components/plan/review-nav.tsx';
import {
  type FormFailure,
  formFailure,
  formString,
  throwAsRouteError,
} from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { firstPageHref, nextPageHref, pageCursor } from '../../admin/admin.server.ts';
import type { Route } from './+types/versions.ts';
import { readContext, savedMessage, writeContext } from './reviews.server.ts';

// The plan's history: every saved version (newest first) with the review moment it came from,
// the review outcomes and summaries in between, a form to compare any two versions (a plain GET
// form, so it works without JavaScript), and for managers "save as version now".

const cursor = z.object({ before: z.number().int() });

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = readContext(context);
  const url = new URL(request.url);
  try {
    const ctx = serviceContext(rc);
    const { plan, permissions } = await readablePlan(ctx, params.id);
    const page = await listVersions(ctx, plan.id, { before: pageCursor(url, cursor)?.before, limit: 50 });
    const reviews = await listReviews(ctx, plan.id);
    const reviewById = new Map(reviews.map((r) => [r.id, r]));
    const t = (key: string, p?: Record<string, string | number>) => translate(rc.locale, key, p);
    const versions = page.items.map((v, index) => {
      const review = v.reviewId ? reviewById.get(v.reviewId) : undefined;
      const previous = page.items[index + 1];
      return {
        id: v.id,
        number: v.number,
        name: t('plan.version.number', { number: v.number }),
        label: v.label,
        when: formatDateTime(rc.locale, v.createdAt),
        who: v.createdBy,
        items: v.itemCount,
        review: review
          ? {
              id: review.id,
              title: review.title,
              outcome: t('plan.review.outcome', { ...review.counts }),
              summary: review.summary,
              date: formatDay(rc.locale, review.scheduledOn),
            }
          : null,
        compareWithPrevious: previous
          ? {
              href: `/wijkplannen/${plan.id}/versies/vergelijken?van=${previous.id}&naar=${v.id}`,
              label: t('plan.version.compare.withPrevious', { number: previous.number }),
            }
          : null,
      };
    });
    return {
      planId: plan.id,
      title: t('plan.version.list.title', { plan: plan.title }),
      manage: mayManage(rc.actor, permissions),
      saved: savedMessage(url, rc.locale, ['version']),
      versions,
      options: versions.map((v) => ({ value: v.id, label: `${v.name}: ${v.label}` })),
      nextHref: page.nextBefore !== null ? nextPageHref(url, { before: page.nextBefore }) : null,
      firstHref: firstPageHref(url),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = writeContext(context, request);
  const form = await request.formData();
  const values = { label: formString(form, 'label') };
  try {
    await createVersion(serviceContext(rc), params.id, values);
    return redirect(`/wijkplannen/${params.id}/versies?saved=version`);
  } catch (error) {
    return formFailure(error, rc.locale, values);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function Versions({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  const failure = actionData as FormFailure | undefined;
  return (
    <>
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <ReviewNav planId={d.planId} current="versions" />
      {d.saved ? (
        <Alert type="ok" live>
          {d.saved}
        </Alert>
      ) : null}
      <p className="utrecht-paragraph">{t('plan.version.list.intro')}</p>
      {d.options.length >= 2 ? (
        <section aria-labelledby="compare" className="wijkwerk-section">
          <h2 className="utrecht-heading-2" id="compare">
            {t('plan.version.compare.title')}
          </h2>
          <Form
            method="get"
            action={`/wijkplannen/${d.planId}/versies/vergelijken`}
            className="wijkwerk-form"
          >
            <SelectField
              name="van"
              label={t('plan.version.compare.from')}
              options={d.options}
              defaultValue={d.options[1]?.value}
            />
            <SelectField
              name="naar"
              label={t('plan.version.compare.to')}
              options={d.options}
              defaultValue={d.options[0]?.value}
            />
            <div className="utrecht-button-group wijkwerk-form__actions">
              <SubmitButton>{t('plan.version.compare.submit')}</SubmitButton>
            </div>
          </Form>
        </section>
      ) : null}
      <section aria-labelledby="history" className="wijkwerk-section">
        <h2 className="utrecht-heading-2" id="history">
          {t('plan.version.history.title')}
        </h2>
        {d.versions.length === 0 ? <p className="utrecht-paragraph">{t('plan.version.list.none')}</p> : null}
        {d.versions.map((v) => (
          <article key={v.id} aria-labelledby={`version-${v.id}`} className="wijkwerk-section">
            <h3 className="utrecht-heading-3" id={`version-${v.id}`}>
              {`${v.name}: ${v.label}`}
            </h3>
            <dl className="wijkwerk-data-list">
              <dt>{t('plan.version.col.when')}</dt>
              <dd>{v.when}</dd>
              <dt>{t('plan.version.col.who')}</dt>
              <dd>{v.who}</dd>
              <dt>{t('plan.version.col.items')}</dt>
              <dd>{v.items}</dd>
              {v.review ? (
                <>
                  <dt>{t('plan.version.col.review')}</dt>
                  <dd>
                    <Link
                      className="utrecht-link utrecht-link--html-a"
                      to={`/wijkplannen/${d.planId}/peilmomenten/${v.review.id}`}
                    >
                      {v.review.title} ({v.review.date})
                    </Link>
                    : {v.review.outcome}
                  </dd>
                </>
              ) : null}
            </dl>
            {v.review?.summary ? <p className="utrecht-paragraph">{v.review.summary}</p> : null}
            {v.compareWithPrevious ? (
              <p className="utrecht-paragraph">
                <Link className="utrecht-link utrecht-link--html-a" to={v.compareWithPrevious.href}>
                  {v.compareWithPrevious.label}
                  <span className="wijkwerk-visually-hidden"> ({v.name})</span>
                </Link>
              </p>
            ) : null}
          </article>
        ))}
        <ListPaging firstHref={d.firstHref} nextHref={d.nextHref} />
      </section>
      {d.manage ? (
        <section aria-labelledby="save-version" className="wijkwerk-section">
          <h2 className="utrecht-heading-2" id="save-version">
            {t('plan.version.create.title')}
          </h2>
          <ErrorSummary
            errors={failure?.fieldErrors}
            message={failure?.message}
            labels={{ label: t('plan.version.field.label') }}
          />
          <Form method="post" className="wijkwerk-form" noValidate>
            <CsrfField />
            <TextField
              name="label"
              label={t('plan.version.field.label')}
              description={t('plan.version.field.label.hint')}
              required
              defaultValue={failure?.values?.label}
              error={failure?.fieldErrors?.label}
            />
            <div className="utrecht-button-group wijkwerk-form__actions">
              <SubmitButton variant="secondary">{t('plan.version.create.submit')}</SubmitButton>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
