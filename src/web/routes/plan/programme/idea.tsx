import { data, Form, Link, redirect } from 'react-router';
import { ConflictError, DomainError, ValidationError } from '../../../../core/errors.ts';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { listPlanItems } from '../../../../modules/plan/list-items.ts';
import { listPlans } from '../../../../modules/plan/list-plans.ts';
import { assessIdea } from '../../../../modules/plan/programme/assess-idea.ts';
import { decideIdea } from '../../../../modules/plan/programme/decide-idea.ts';
import { getIdeaView } from '../../../../modules/plan/programme/get-idea.ts';
import { decisionKinds, type Score, scores } from '../../../../modules/plan/programme/programme.ts';
import '../../../../modules/plan/programme/programme-i18n.ts';
import { setIdeaGoals } from '../../../../modules/plan/programme/set-idea-goals.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary, type FieldErrors } from '../../../components/error-summary.tsx';
import { CheckboxGroup, SelectField, SubmitButton, TextAreaField } from '../../../components/form-field.tsx';
import { formatDate, formatEuros } from '../../../components/plan/programme-format.ts';
import { formString, throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { formStrings, signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/idea.ts';
import { translateErrors } from './programme.server.ts';

// One project idea for the programme office: the idea, the rule's outcome with its reasons, every
// assessor's scores with motivations, the assessor's own form, the goals it serves and the
// decision (accept under an action line, ask to revise, reject) with reasons for the submitter.

type Intent = 'assess' | 'goals' | 'decide';

interface Failure {
  intent: Intent;
  message: string;
  fieldErrors: FieldErrors;
  values: Record<string, string>;
}

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  const ctx = serviceContext(rc);
  try {
    const view = await getIdeaView(ctx, params.id);
    // Goals and action lines of the plans the actor can read (for the goals and decision forms).
    const plans = (await listPlans(ctx, { limit: 200 })).plans.filter((p) => p.state !== 'closed');
    const items = await listPlanItems(
      rc.app.db,
      rc.municipality.id,
      plans.map((p) => p.id),
    );
    const goals: Array<{ id: string; label: string }> = [];
    const actionLines: Array<{ id: string; label: string }> = [];
    for (const p of plans) {
      const list = items.get(p.id) ?? [];
      const byId = new Map(list.map((i) => [i.id, i]));
      for (const i of list) {
        if (i.level === 'goal') goals.push({ id: i.id, label: `${p.title} — ${i.title}` });
        if (i.level === 'action_line')
          actionLines.push({
            id: i.id,
            label: `${p.title} — ${byId.get(i.parentId ?? '')?.title ?? ''} — ${i.title}`,
          });
      }
    }
    const saved = new URL(request.url).searchParams.get('saved');
    return {
      title: view.idea.title,
      view: {
        ...view,
        evaluation: {
          ...view.evaluation,
          reasons: view.evaluation.reasons.map((r) => ({
            text: translate(rc.locale, r.key, r.params),
            ok: r.ok,
          })),
        },
      },
      goals,
      actionLines,
      viewerId: rc.actor.personId,
      saved: saved === 'assess' || saved === 'goals' || saved === 'decide' ? saved : null,
    };
  } catch (error) {
    return throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const ctx = serviceContext(rc);
  const form = await request.formData();
  const intent = formString(form, 'intent') as Intent;
  const values: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === 'string' && k !== '_csrf') values[k] = v;
  const fail = (
    fieldErrors: FieldErrors,
    message = translate(rc.locale, 'common.formErrors'),
    status = 400,
  ) => data<Failure>({ intent, message, fieldErrors, values }, { status });
  try {
    if (intent === 'assess') {
      const criterionIds = formStrings(form, 'criterionId');
      const sent = criterionIds
        .map((id) => ({
          criterionId: id,
          score: formString(form, `score-${id}`),
          motivation: formString(form, `motivation-${id}`),
        }))
        .filter((s) => s.score !== '' || s.motivation.trim() !== '');
      if (sent.length === 0) return fail({}, translate(rc.locale, 'plan.programme.idea.assessIntro'));
      try {
        await assessIdea(ctx, params.id, { scores: sent.map((s) => ({ ...s, score: s.score as Score })) });
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        // scores.2.motivation → motivation-<criterion of the third row sent>
        const fieldOf = (path: string) => {
          const m = path.match(/^scores\.(\d+)\.(score|motivation|criterionId)$/);
          const row = m ? sent[Number(m[1])] : undefined;
          if (!m || !row) return path;
          return `${m[2] === 'motivation' ? 'motivation' : 'score'}-${row.criterionId}`;
        };
        return fail(translateErrors(error.fieldErrors, rc.locale, fieldOf));
      }
    } else if (intent === 'goals') {
      await setIdeaGoals(ctx, params.id, { goalIds: formStrings(form, 'goalIds') });
    } else if (intent === 'decide') {
      await decideIdea(rc.app, ctx, params.id, {
        decision: formString(form, 'decision') as 'accept',
        reason: formString(form, 'reason'),
        actionLineId: formString(form, 'actionLineId'),
        version: formString(form, 'version'),
      });
    } else {
      return fail({});
    }
  } catch (error) {
    if (error instanceof ValidationError)
      return fail(
        translateErrors(error.fieldErrors, rc.locale, (p) => (p.startsWith('goalIds') ? 'goalIds' : p)),
      );
    if (error instanceof ConflictError) return fail({}, translate(rc.locale, error.key), 409);
    if (error instanceof DomainError && !(error.key === 'error.notFound'))
      return fail({}, translate(rc.locale, error.key, error.params));
    return throwAsRouteError(error);
  }
  return redirect(`/projecten/${params.id}?saved=${intent}`);
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

function DataList({ rows }: { rows: Array<{ label: string; value: React.ReactNode }> }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows">
      {rows.map((r) => (
        <div key={r.label} className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{r.label}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export default function IdeaPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useShell();
  const { view, goals, actionLines } = loaderData;
  const { idea, framework, evaluation, assessments, decisions, permissions } = view;
  const failure = actionData as Failure | undefined;
  const errorsFor = (intent: Intent) => (failure?.intent === intent ? failure.fieldErrors : {});
  const valuesFor = (intent: Intent) => (failure?.intent === intent ? failure.values : undefined);
  const criteria = [...framework.effects, ...framework.criteria].filter((c) => c.active);
  const effectName = new Map(framework.effects.map((e) => [e.id, e.name]));
  const resultOf = new Map(evaluation.results.map((r) => [r.criterionId, r]));
  const open = idea.status === 'submitted' || idea.status === 'in_assessment';
  const mine = new Map(
    assessments.filter((a) => a.assessor.id === loaderData.viewerId).map((a) => [a.criterionId, a]),
  );
  const scoreLabel = (s: string | null) =>
    t(s ? `plan.programme.score.${s}` : 'plan.programme.score.unscored');
  const assessErrors = errorsFor('assess');
  const assessValues = valuesFor('assess');
  const decideErrors = errorsFor('decide');
  const decideValues = valuesFor('decide');
  const labels: Record<string, string> = {
    decision: t('plan.programme.idea.decision'),
    reason: t('plan.programme.idea.reason'),
    actionLineId: t('plan.programme.idea.actionLine'),
    goalIds: t('plan.programme.idea.goalsHeading'),
    ...Object.fromEntries(
      criteria.flatMap((c) => [
        [`score-${c.id}`, `${c.name}: ${t('plan.programme.idea.score')}`],
        [`motivation-${c.id}`, `${c.name}: ${t('plan.programme.idea.motivation')}`],
      ]),
    ),
  };
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/', label: t('nav.home') },
          { href: '/projecten', label: t('plan.programme.list.title') },
        ]}
        current={idea.title}
      />
      <h1 className="utrecht-heading-1">{idea.title}</h1>
      {loaderData.saved ? (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">
            {t(
              loaderData.saved === 'assess'
                ? 'plan.programme.idea.assessed'
                : loaderData.saved === 'goals'
                  ? 'plan.programme.idea.goalsSaved'
                  : 'plan.programme.idea.decided',
            )}
          </p>
        </Alert>
      ) : null}
      {failure && Object.keys(failure.fieldErrors).length === 0 ? (
        <Alert type="error" live>
          <p className="utrecht-paragraph">{failure.message}</p>
        </Alert>
      ) : null}
      <p className="utrecht-paragraph" data-testid="idea-status">
        <strong>
          {t('plan.programme.follow.status', { status: t(`plan.programme.status.${idea.status}`) })}
        </strong>
      </p>
      <DataList
        rows={[
          { label: t('plan.programme.field.areaCode'), value: idea.area.name },
          { label: t('plan.programme.field.summary'), value: idea.summary },
          {
            label: t('plan.programme.field.description'),
            value: idea.description || t('plan.programme.idea.none'),
          },
          {
            label: t('plan.programme.field.durability'),
            value: idea.durability || t('plan.programme.idea.none'),
          },
          {
            label: t('plan.programme.field.partners'),
            value: idea.partners || t('plan.programme.idea.none'),
          },
          {
            label: t('plan.programme.idea.budget'),
            value:
              idea.budgetCents === null
                ? t('plan.programme.idea.none')
                : formatEuros(idea.budgetCents, locale),
          },
          {
            label: t('plan.programme.idea.aimed'),
            value:
              idea.aimedEffectIds.map((id) => effectName.get(id) ?? '').join(', ') ||
              t('plan.programme.idea.none'),
          },
          {
            label: t('plan.programme.idea.submitter'),
            value: `${idea.submitterName ?? '—'} (${t(`plan.programme.idea.submitterKind.${idea.submitterKind}`)}), ${formatDate(idea.createdAt, locale)}`,
          },
          ...(idea.planId && idea.planItemId
            ? [
                {
                  label: t('plan.programme.idea.intervention'),
                  value: (
                    <Link
                      className="utrecht-link utrecht-link--html-a"
                      to={`/wijkplannen/${idea.planId}/onderdelen/${idea.planItemId}`}
                    >
                      {idea.title}
                    </Link>
                  ),
                },
              ]
            : []),
        ]}
      />

      <section aria-labelledby="evaluation-heading">
        <h2 id="evaluation-heading" className="utrecht-heading-2">
          {t('plan.programme.idea.evaluation')}
        </h2>
        <p className="utrecht-paragraph" data-testid="rule-outcome">
          <strong>{t(`plan.programme.outcome.${evaluation.outcome}`)}</strong>
        </p>
        <ul className="utrecht-unordered-list">
          {evaluation.reasons.map((r) => (
            <li key={r.text} className="utrecht-unordered-list__item">
              {r.text}
            </li>
          ))}
        </ul>
        <table className="utrecht-table">
          <caption className="utrecht-table__caption">{t('plan.programme.idea.byAssessor')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('plan.programme.framework.name')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('plan.programme.idea.combined')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('plan.programme.idea.byAssessor')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {criteria.map((c) => (
              <tr key={c.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {c.name}
                </th>
                <td className="utrecht-table__cell">{scoreLabel(resultOf.get(c.id)?.score ?? null)}</td>
                <td className="utrecht-table__cell">
                  {assessments.filter((a) => a.criterionId === c.id).length === 0 ? (
                    t('plan.programme.idea.noScores')
                  ) : (
                    <ul className="utrecht-unordered-list">
                      {assessments
                        .filter((a) => a.criterionId === c.id)
                        .map((a) => (
                          <li key={a.assessor.id} className="utrecht-unordered-list__item">
                            {`${a.assessor.name}: ${scoreLabel(a.score)} — ${a.motivation}`}
                          </li>
                        ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {permissions.assess && open ? (
        <section aria-labelledby="assess-heading">
          <h2 id="assess-heading" className="utrecht-heading-2">
            {t('plan.programme.idea.assessHeading')}
          </h2>
          <p className="utrecht-paragraph">{t('plan.programme.idea.assessIntro')}</p>
          <ErrorSummary
            message={failure?.intent === 'assess' ? failure.message : undefined}
            errors={assessErrors}
            labels={labels}
          />
          <Form method="post" noValidate className="wijkwerk-form">
            <CsrfField />
            <input type="hidden" name="intent" value="assess" />
            {criteria.map((c) => (
              <fieldset
                key={c.id}
                className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wijkwerk-form__section"
              >
                <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
                  {c.name}
                </legend>
                <p className="utrecht-paragraph">{c.description}</p>
                <input type="hidden" name="criterionId" value={c.id} />
                <SelectField
                  name={`score-${c.id}`}
                  label={t('plan.programme.idea.score')}
                  options={scores.map((s) => ({ value: s, label: t(`plan.programme.score.${s}`) }))}
                  emptyLabel={t('plan.programme.score.unscored')}
                  defaultValue={assessValues?.[`score-${c.id}`] ?? mine.get(c.id)?.score ?? ''}
                  error={assessErrors[`score-${c.id}`]}
                />
                <TextAreaField
                  name={`motivation-${c.id}`}
                  label={t('plan.programme.idea.motivation')}
                  rows={2}
                  defaultValue={assessValues?.[`motivation-${c.id}`] ?? mine.get(c.id)?.motivation ?? ''}
                  error={assessErrors[`motivation-${c.id}`]}
                />
              </fieldset>
            ))}
            <div className="utrecht-button-group wijkwerk-form__actions">
              <SubmitButton>{t('plan.programme.idea.assessButton')}</SubmitButton>
            </div>
          </Form>
        </section>
      ) : null}

      {permissions.assess || permissions.decide ? (
        <section aria-labelledby="goals-heading">
          <h2 id="goals-heading" className="utrecht-heading-2">
            {t('plan.programme.idea.goalsHeading')}
          </h2>
          {goals.length === 0 ? (
            <p className="utrecht-paragraph">{t('plan.programme.idea.goalsNone')}</p>
          ) : (
            <Form method="post" noValidate className="wijkwerk-form">
              <CsrfField />
              <input type="hidden" name="intent" value="goals" />
              <CheckboxGroup
                name="goalIds"
                legend={t('plan.programme.idea.goalsHeading')}
                options={goals.map((g) => ({ value: g.id, label: g.label }))}
                defaultChecked={idea.goalIds}
                error={errorsFor('goals').goalIds}
              />
              <div className="utrecht-button-group wijkwerk-form__actions">
                <SubmitButton variant="secondary">{t('plan.programme.idea.goalsButton')}</SubmitButton>
              </div>
            </Form>
          )}
        </section>
      ) : null}

      {permissions.decide && open ? (
        <section aria-labelledby="decide-heading">
          <h2 id="decide-heading" className="utrecht-heading-2">
            {t('plan.programme.idea.decideHeading')}
          </h2>
          <ErrorSummary
            message={failure?.intent === 'decide' ? failure.message : undefined}
            errors={decideErrors}
            labels={labels}
          />
          <Form method="post" noValidate className="wijkwerk-form">
            <CsrfField />
            <input type="hidden" name="intent" value="decide" />
            <input type="hidden" name="version" value={idea.version} />
            <SelectField
              name="decision"
              label={labels.decision}
              options={decisionKinds.map((d) => ({ value: d, label: t(`plan.programme.decision.${d}`) }))}
              required
              defaultValue={decideValues?.decision ?? ''}
              emptyLabel=""
              error={decideErrors.decision}
            />
            <TextAreaField
              name="reason"
              label={labels.reason}
              description={t('plan.programme.idea.reasonHint')}
              defaultValue={decideValues?.reason ?? ''}
              error={decideErrors.reason}
            />
            {actionLines.length === 0 ? (
              <p className="utrecht-paragraph">{t('plan.programme.idea.noActionLines')}</p>
            ) : (
              <SelectField
                name="actionLineId"
                label={labels.actionLineId}
                description={t('plan.programme.idea.actionLineHint')}
                options={actionLines.map((a) => ({ value: a.id, label: a.label }))}
                emptyLabel=""
                defaultValue={decideValues?.actionLineId ?? ''}
                error={decideErrors.actionLineId}
              />
            )}
            <div className="utrecht-button-group wijkwerk-form__actions">
              <SubmitButton>{t('plan.programme.idea.decideButton')}</SubmitButton>
            </div>
          </Form>
        </section>
      ) : null}

      {decisions.length > 0 ? (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading" className="utrecht-heading-2">
            {t('plan.programme.idea.history')}
          </h2>
          <ol className="utrecht-ordered-list">
            {decisions.map((d) => (
              <li key={d.id} className="utrecht-ordered-list__item">
                <p className="utrecht-paragraph">
                  <strong>
                    {t('plan.programme.follow.decisionOn', {
                      decision: t(`plan.programme.decided.${d.decision}`),
                      date: formatDate(d.decidedAt, locale),
                    })}
                  </strong>
                  {d.decidedBy ? ` — ${d.decidedBy}` : ''}
                </p>
                <p className="utrecht-paragraph">{d.reason}</p>
                <p className="utrecht-paragraph">
                  {t('plan.programme.idea.ruleAtDecision', {
                    outcome: t(`plan.programme.outcome.${d.ruleOutcome}`),
                  })}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
