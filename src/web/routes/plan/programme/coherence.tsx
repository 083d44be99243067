import { Form, Link } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { getCoherence } from '../../../../modules/plan/programme/coherence.ts';
import '../../../../modules/plan/programme/programme-i18n.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { SelectField, SubmitButton } from '../../../components/form-field.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/coherence.ts';
import { areaOptions } from './programme.server.ts';

// Fragmentation is a danger (seed 002). Per area: every project in play with its effects and the
// plan goals it serves; the projects that serve no goal, the goals no project serves, and the
// effects nobody serves substantially. A table, readable without JavaScript.

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  const code = new URL(request.url).searchParams.get('gebied') ?? '';
  const areas = await areaOptions(rc, ['gebied', 'wijk']);
  const title = translate(rc.locale, 'plan.programme.coherence.title');
  if (!code) return { title, areas, code, view: null };
  try {
    return { title, areas, code, view: await getCoherence(serviceContext(rc), code) };
  } catch (error) {
    return throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function Coherence({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  const { view } = loaderData;
  const scoreText = (s: string | null | undefined) =>
    t(s ? `plan.programme.score.${s}` : 'plan.programme.score.unscored');
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/', label: t('nav.home') },
          { href: '/projecten', label: t('plan.programme.list.title') },
        ]}
        current={loaderData.title}
      />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <p className="utrecht-paragraph">{t('plan.programme.coherence.intro')}</p>
      <Form method="get" className="wijkwerk-form wijkwerk-filter">
        <SelectField
          name="gebied"
          label={t('plan.programme.coherence.choose')}
          options={loaderData.areas}
          emptyLabel=""
          defaultValue={loaderData.code}
        />
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton variant="secondary">{t('plan.programme.coherence.show')}</SubmitButton>
        </div>
      </Form>
      {view ? (
        <>
          <h2 className="utrecht-heading-2">{t('plan.programme.coherence.for', { area: view.area.name })}</h2>
          {view.plans.length === 0 ? (
            <p className="utrecht-paragraph">{t('plan.programme.coherence.noPlans')}</p>
          ) : null}
          <h3 className="utrecht-heading-3">{t('plan.programme.coherence.matrix')}</h3>
          {view.ideas.length === 0 ? (
            <p className="utrecht-paragraph">{t('plan.programme.coherence.noIdeas')}</p>
          ) : (
            <div className="wijkwerk-table-scroll">
              <table className="utrecht-table">
                <caption className="utrecht-table__caption">
                  {t('plan.programme.coherence.matrixCaption')}
                </caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('plan.programme.list.colTitle')}
                    </th>
                    {view.effects.map((e) => (
                      <th key={e.id} scope="col" className="utrecht-table__header-cell">
                        {e.name}
                      </th>
                    ))}
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('plan.programme.coherence.goalsCol')}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {view.ideas.map((i) => (
                    <tr key={i.id} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__header-cell">
                        <Link className="utrecht-link utrecht-link--html-a" to={`/projecten/${i.id}`}>
                          {i.title}
                        </Link>{' '}
                        ({t(`plan.programme.status.${i.status}`)})
                      </th>
                      {view.effects.map((e) => (
                        <td key={e.id} className="utrecht-table__cell">
                          {scoreText(i.effectScores[e.id])}
                        </td>
                      ))}
                      <td className="utrecht-table__cell">
                        {i.goalIds.map((g) => view.goals.find((x) => x.id === g)?.title ?? '').join('; ') ||
                          '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3 className="utrecht-heading-3">{t('plan.programme.coherence.ideasWithoutGoal')}</h3>
          {view.ideasWithoutGoal.length === 0 ? (
            <p className="utrecht-paragraph">{t('plan.programme.coherence.allLinked')}</p>
          ) : (
            <ul className="utrecht-unordered-list" data-testid="ideas-without-goal">
              {view.ideasWithoutGoal.map((id) => (
                <li key={id} className="utrecht-unordered-list__item">
                  <Link className="utrecht-link utrecht-link--html-a" to={`/projecten/${id}`}>
                    {view.ideas.find((i) => i.id === id)?.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <h3 className="utrecht-heading-3">{t('plan.programme.coherence.goalsWithoutIdea')}</h3>
          {view.goalsWithoutIdea.length === 0 ? (
            <p className="utrecht-paragraph">{t('plan.programme.coherence.allServed')}</p>
          ) : (
            <ul className="utrecht-unordered-list" data-testid="goals-without-idea">
              {view.goalsWithoutIdea.map((id) => {
                const g = view.goals.find((x) => x.id === id);
                return (
                  <li key={id} className="utrecht-unordered-list__item">
                    <Link
                      className="utrecht-link utrecht-link--html-a"
                      to={`/wijkplannen/${g?.planId}/onderdelen/${id}`}
                    >
                      {t('plan.programme.coherence.inPlan', {
                        goal: g?.title ?? '',
                        plan: g?.planTitle ?? '',
                      })}
                    </Link>
                  </li>
                );
              })}
            </ul>
          )}
          <h3 className="utrecht-heading-3">{t('plan.programme.coherence.effectsUnserved')}</h3>
          {view.effectsUnserved.length === 0 ? (
            <p className="utrecht-paragraph">{t('plan.programme.coherence.allEffects')}</p>
          ) : (
            <ul className="utrecht-unordered-list">
              {view.effectsUnserved.map((id) => (
                <li key={id} className="utrecht-unordered-list__item">
                  {view.effects.find((e) => e.id === id)?.name}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </>
  );
}
