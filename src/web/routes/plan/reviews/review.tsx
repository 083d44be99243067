import { data, Form, Link, redirect } from 'react-router';
import { ValidationError } from '../../../../core/errors.ts';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { formatDateTime, translate } from '../../../../core/i18n/i18n.ts';
import { getPlanView } from '../../../../modules/plan/get-plan.ts';
import type { PlanTreeNode } from '../../../../modules/plan/plan.ts';
import { holdReview } from '../../../../modules/plan/reviews/hold-review.ts';
import { getReview } from '../../../../modules/plan/reviews/list-reviews.ts';
import { getVersion } from '../../../../modules/plan/reviews/list-versions.ts';
import { verdicts } from '../../../../modules/plan/reviews/review.ts';
import { mayManage, readablePlan } from '../../../../modules/plan/reviews/review-access.ts';
import '../../../../modules/plan/reviews/review-i18n.ts';
import { formatDay } from '../../../../modules/plan/reviews/review-i18n.ts';
import type { AssessmentInput } from '../../../../modules/plan/reviews/review-input.ts';
import { saveAssessments } from '../../../../modules/plan/reviews/save-assessments.ts';
import { cancelReview, updateReview } from '../../../../modules/plan/reviews/update-review.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary, type FieldErrors } from '../../../components/error-summary.tsx';
import { fieldId, SubmitButton, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { ReviewNav } from '../../../components/plan/review-nav.tsx';
import {
  type FormFailure,
  fieldErrorsOf,
  formFailure,
  formString,
  throwAsRouteError,
} from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/review.ts';
import { readContext, savedMessage, writeContext } from './reviews.server.ts';

// One review moment. While it is scheduled, a plan manager holds it here: every item of the plan
// in tree order with a verdict (on track / needs attention / to be adjusted) and a note, saved in
// between or completed at once (which saves the plan as a version). Once held, the page shows
// the outcome per item as it was frozen in that version.

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = readContext(context);
  try {
    const ctx = serviceContext(rc);
    const { plan, permissions } = await readablePlan(ctx, params.id);
    const review = await getReview(ctx, plan.id, params.reviewId);
    const t = (key: string, p?: Record<string, string | number>) => translate(rc.locale, key, p);
    const manage = mayManage(rc.actor, permissions);
    const base = {
      planId: plan.id,
      planTitle: plan.title,
      reviewId: review.id,
      title: review.title,
      meta: t('plan.review.hold.meta', { plan: plan.title, date: formatDay(rc.locale, review.scheduledOn) }),
      saved: savedMessage(new URL(request.url), rc.locale, ['assessed', 'held'], {
        number: review.versionNumber ?? '',
      }),
      version: review.version,
      scheduledOn: review.scheduledOn,
      remindDaysBefore: review.remindDaysBefore,
    };
    if (review.state === 'held') {
      const version = review.versionId ? await getVersion(ctx, plan.id, review.versionId) : null;
      const rows = version
        ? version.snapshot.items.map((i) => ({
            id: i.id,
            title: i.title,
            level: t(`plan.review.level.${i.level}`),
            verdict: i.verdict
              ? t(`plan.review.verdict.${i.verdict.verdict}`)
              : t('plan.review.verdict.none'),
            note: i.verdict?.note ?? '',
          }))
        : review.assessments.map((a, n) => ({
            id: a.itemId ?? `gone-${n}`,
            title: a.itemTitle,
            level: '',
            verdict: t(`plan.review.verdict.${a.verdict}`),
            note: a.note,
          }));
      return {
        ...base,
        held: {
          meta: t('plan.review.held.meta', {
            date: review.heldAt ? formatDateTime(rc.locale, review.heldAt) : '',
            who: review.heldBy ?? '',
          }),
          outcome: t('plan.review.outcome', { ...review.counts }),
          summary: review.summary,
          versionLabel: version ? t('plan.review.held.version', { number: version.number }) : null,
          rows,
        },
        form: null,
      };
    }
    if (!manage) return { ...base, held: null, form: null };
    const view = await getPlanView(ctx, plan.id);
    const current = new Map(review.assessments.map((a) => [a.itemId, a]));
    const items: Array<{
      id: string;
      depth: number;
      title: string;
      meta: string;
      owner: string;
      verdict: string;
      note: string;
    }> = [];
    const walk = (nodes: PlanTreeNode[], depth: number) => {
      for (const n of nodes) {
        const i = n.item;
        const a = current.get(i.id);
        items.push({
          id: i.id,
          depth,
          title: i.title,
          meta: t('plan.review.hold.itemMeta', {
            level: t(`plan.review.level.${i.level}`),
            status: t(`plan.review.status.${i.status}`),
            progress:
              n.rolledUpProgress === null
                ? t('plan.review.progress.unknown')
                : `${Math.round(n.rolledUpProgress)}%`,
          }),
          owner: i.ownerOrganisation
            ? t('plan.review.hold.owner', {
                owner: i.contactPerson
                  ? `${i.ownerOrganisation.name}, ${i.contactPerson.name}`
                  : i.ownerOrganisation.name,
              })
            : t('plan.review.hold.noOwner'),
          verdict: a?.verdict ?? '',
          note: a?.note ?? '',
        });
        walk(n.children, depth + 1);
      }
    };
    walk(view.tree, 0);
    return {
      ...base,
      held: null,
      form: {
        items,
        progress: t('plan.review.hold.progress', {
          done: items.filter((i) => i.verdict !== '').length,
          total: items.length,
        }),
        summary: review.summary,
      },
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = writeContext(context, request);
  const form = await request.formData();
  const intent = formString(form, 'intent');
  const ctx = serviceContext(rc);
  const back = `/wijkplannen/${params.id}/peilmomenten/${params.reviewId}`;
  if (intent === 'cancel') {
    try {
      await cancelReview(ctx, params.id, params.reviewId);
      return redirect(`/wijkplannen/${params.id}/peilmomenten?saved=cancelled`);
    } catch (error) {
      return formFailure(error, rc.locale);
    }
  }
  if (intent === 'update') {
    const values = {
      title: formString(form, 'title'),
      scheduledOn: formString(form, 'scheduledOn').trim(),
      remindDaysBefore: formString(form, 'remindDaysBefore').trim() || '14',
      version: formString(form, 'version'),
    };
    try {
      await updateReview(ctx, params.id, params.reviewId, values);
      return redirect(back);
    } catch (error) {
      return formFailure(error, rc.locale, values);
    }
  }
  // Save or complete: the verdicts of every item, in the order of the page.
  const itemIds = form.getAll('itemId').filter((v): v is string => typeof v === 'string');
  const values: Record<string, string> = { summary: formString(form, 'summary') };
  const assessments: AssessmentInput[] = [];
  const posted: string[] = [];
  for (const id of itemIds) {
    const verdict = formString(form, `verdict-${id}`);
    const note = formString(form, `note-${id}`);
    values[`verdict-${id}`] = verdict;
    values[`note-${id}`] = note;
    if (verdict === '') continue;
    assessments.push({ itemId: id, verdict: verdict as AssessmentInput['verdict'], note });
    posted.push(id);
  }
  try {
    if (intent === 'complete') {
      await holdReview(ctx, params.id, params.reviewId, {
        summary: values.summary ?? '',
        assessments,
        version: formString(form, 'version'),
      });
      return redirect(`${back}?saved=held`);
    }
    await saveAssessments(ctx, params.id, params.reviewId, { assessments });
    return redirect(`${back}?saved=assessed`);
  } catch (error) {
    if (!(error instanceof ValidationError)) return formFailure(error, rc.locale, values);
    // Field errors of the service name the n-th verdict sent; the page names its controls by item.
    const errors: FieldErrors = {};
    const byField = fieldErrorsOf(error, rc.locale);
    for (const [field, text] of Object.entries(byField)) {
      const m = /^assessments\.(\d+)\.(\w+)$/.exec(field);
      const id = m ? posted[Number(m[1])] : undefined;
      if (id && m) errors[m[2] === 'note' ? `note-${id}` : `verdict-${id}`] ??= text;
      else if (field === 'assessments') {
        errors._ = text;
        for (const itemId of itemIds)
          if (!values[`verdict-${itemId}`])
            errors[`verdict-${itemId}`] ??= translate(rc.locale, 'validation.choice');
      } else errors[field] = text;
    }
    const whole = errors._;
    delete errors._;
    return data<FormFailure>(
      { message: whole ?? translate(rc.locale, 'common.formErrors'), fieldErrors: errors, values },
      { status: 400 },
    );
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function Review({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  const failure = actionData as FormFailure | undefined;
  const v = failure?.values;
  const labels: Record<string, string> = {
    title: t('plan.review.field.title'),
    scheduledOn: t('plan.review.field.scheduledOn'),
    remindDaysBefore: t('plan.review.field.remindDaysBefore'),
  };
  for (const i of d.form?.items ?? []) {
    labels[`verdict-${i.id}`] = t('plan.review.hold.verdict', { title: i.title });
    labels[`note-${i.id}`] = t('plan.review.hold.note', { title: i.title });
  }
  return (
    <>
      <Breadcrumb
        items={[
          { href: `/wijkplannen/${d.planId}`, label: d.planTitle },
          { href: `/wijkplannen/${d.planId}/peilmomenten`, label: t('plan.review.nav.reviews') },
        ]}
        current={d.title}
      />
      <h1 className="utrecht-heading-1">{t('plan.review.hold.title', { review: d.title })}</h1>
      <p className="utrecht-paragraph">{d.meta}</p>
      <ReviewNav planId={d.planId} current={null} />
      {d.saved ? (
        <Alert type="ok" live>
          {d.saved}
        </Alert>
      ) : null}
      {d.held ? (
        <section aria-labelledby="outcome" className="wijkwerk-section">
          <h2 className="utrecht-heading-2" id="outcome">
            {t('plan.review.col.outcome')}
          </h2>
          <p className="utrecht-paragraph">{d.held.meta}</p>
          <p className="utrecht-paragraph">{d.held.outcome}</p>
          {d.held.summary ? <p className="utrecht-paragraph">{d.held.summary}</p> : null}
          {d.held.versionLabel ? (
            <p className="utrecht-paragraph">
              <Link className="utrecht-link utrecht-link--html-a" to={`/wijkplannen/${d.planId}/versies`}>
                {d.held.versionLabel}
              </Link>
            </p>
          ) : null}
          <div className="wijkwerk-table-scroll">
            <table className="utrecht-table utrecht-table--html-table">
              <caption className="utrecht-table__caption">{t('plan.review.held.caption')}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('plan.review.col.item')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('plan.review.col.verdict')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('plan.review.col.note')}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {d.held.rows.map((r) => (
                  <tr key={r.id} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">
                      {r.level ? `${r.level}: ` : ''}
                      {r.title}
                    </th>
                    <td className="utrecht-table__cell">{r.verdict}</td>
                    <td className="utrecht-table__cell">{r.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {d.form ? (
        <>
          <ErrorSummary errors={failure?.fieldErrors} message={failure?.message} labels={labels} />
          <p className="utrecht-paragraph">{t('plan.review.hold.intro')}</p>
          <p className="utrecht-paragraph" id="hold-progress">
            {d.form.progress}
          </p>
          {d.form.items.length === 0 ? (
            <p className="utrecht-paragraph">{t('plan.review.hold.noItems')}</p>
          ) : null}
          <Form method="post" className="wijkwerk-form" noValidate>
            <CsrfField />
            <input type="hidden" name="version" value={d.version} />
            {d.form.items.map((i) => {
              const base = fieldId(`verdict-${i.id}`);
              const error = failure?.fieldErrors?.[`verdict-${i.id}`];
              const chosen = v ? (v[`verdict-${i.id}`] ?? '') : i.verdict;
              const Heading = i.depth === 0 ? 'h2' : i.depth === 1 ? 'h3' : 'h4';
              return (
                <section key={i.id} aria-labelledby={`item-${i.id}`} className="wijkwerk-section">
                  <input type="hidden" name="itemId" value={i.id} />
                  <Heading className={`utrecht-heading-${i.depth + 2}`} id={`item-${i.id}`}>
                    {i.title}
                  </Heading>
                  <p className="utrecht-paragraph">
                    {i.meta}
                    <br />
                    {i.owner}
                  </p>
                  <fieldset
                    id={base}
                    className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
                    aria-describedby={error ? `${base}-error` : undefined}
                  >
                    <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
                      {t('plan.review.hold.verdict', { title: i.title })}
                    </legend>
                    {error ? (
                      <div className="utrecht-form-field-error-message" id={`${base}-error`}>
                        {error}
                      </div>
                    ) : null}
                    {verdicts.map((verdict) => (
                      <div key={verdict} className="utrecht-form-field utrecht-form-field--radio">
                        <p className="utrecht-form-field__label utrecht-form-field__label--radio">
                          <label
                            className="utrecht-form-label utrecht-form-label--radio"
                            htmlFor={`${base}-${verdict}`}
                          >
                            <input
                              id={`${base}-${verdict}`}
                              type="radio"
                              name={`verdict-${i.id}`}
                              value={verdict}
                              defaultChecked={chosen === verdict}
                              className="utrecht-radio-button utrecht-radio-button--html-input"
                              aria-invalid={error ? true : undefined}
                            />
                            {t(`plan.review.verdict.${verdict}`)}
                          </label>
                        </p>
                      </div>
                    ))}
                  </fieldset>
                  <TextAreaField
                    name={`note-${i.id}`}
                    label={t('plan.review.hold.note', { title: i.title })}
                    rows={2}
                    defaultValue={v ? v[`note-${i.id}`] : i.note}
                    error={failure?.fieldErrors?.[`note-${i.id}`]}
                  />
                </section>
              );
            })}
            <TextAreaField
              name="summary"
              label={t('plan.review.hold.summary')}
              description={t('plan.review.hold.summary.hint')}
              rows={4}
              defaultValue={v ? v.summary : d.form.summary}
            />
            <div className="utrecht-button-group wijkwerk-form__actions">
              <SubmitButton name="intent" value="complete">
                {t('plan.review.hold.complete')}
              </SubmitButton>
              <SubmitButton name="intent" value="save" variant="secondary">
                {t('plan.review.hold.save')}
              </SubmitButton>
            </div>
          </Form>
          <section aria-labelledby="change" className="wijkwerk-section">
            <h2 className="utrecht-heading-2" id="change">
              {t('plan.review.hold.edit')}
            </h2>
            <Form method="post" className="wijkwerk-form" noValidate>
              <CsrfField />
              <input type="hidden" name="intent" value="update" />
              <input type="hidden" name="version" value={d.version} />
              <TextField
                name="title"
                label={t('plan.review.field.title')}
                required
                defaultValue={v?.title ?? d.title}
                error={failure?.fieldErrors?.title}
              />
              <TextField
                name="scheduledOn"
                label={t('plan.review.field.scheduledOn')}
                description={t('plan.review.field.scheduledOn.hint')}
                required
                defaultValue={v?.scheduledOn ?? d.scheduledOn}
                error={failure?.fieldErrors?.scheduledOn}
              />
              <TextField
                name="remindDaysBefore"
                label={t('plan.review.field.remindDaysBefore')}
                description={t('plan.review.field.remindDaysBefore.hint')}
                inputMode="numeric"
                defaultValue={v?.remindDaysBefore ?? d.remindDaysBefore}
                error={failure?.fieldErrors?.remindDaysBefore}
              />
              <div className="utrecht-button-group wijkwerk-form__actions">
                <SubmitButton variant="secondary">{t('plan.review.hold.editSubmit')}</SubmitButton>
              </div>
            </Form>
            <Form method="post" className="wijkwerk-inline-form">
              <CsrfField />
              <input type="hidden" name="intent" value="cancel" />
              <SubmitButton variant="subtle">{t('plan.review.hold.cancel')}</SubmitButton>
            </Form>
          </section>
        </>
      ) : null}
    </>
  );
}
