import { Link } from 'react-router';
import type { PlanKind, PlanState } from '../../../modules/plan/plan.ts';
import { useShell } from '../shell.ts';
import { planDate, planMonth } from './plan-format.ts';
import { ProgressBar } from './progress-bar.tsx';

// A plan in a list (the plans list, the area page): title, area, period, stage, how far it is.

export interface PlanCardData {
  id: string;
  title: string;
  summary: string;
  kind: PlanKind;
  state: PlanState;
  area: { code: string; name: string };
  periodStart: string;
  periodEnd: string;
  adoptedAt: string | null;
  /** Rolled-up progress; left out where it would cost queries per plan (the area page). */
  progress?: number | null;
}

export function PlanStateText({ state, adoptedAt }: { state: PlanState; adoptedAt: string | null }) {
  const { t, locale } = useShell();
  if (state === 'adopted' && adoptedAt)
    return <>{t('plan.public.state.adoptedOn', { date: planDate(locale, adoptedAt) })}</>;
  return <>{t(`plan.public.state.${state}`)}</>;
}

export function PlanCard({ plan, headingLevel = 2 }: { plan: PlanCardData; headingLevel?: 2 | 3 }) {
  const { t, locale } = useShell();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="wijkwerk-plan-card" aria-labelledby={`plan-${plan.id}`}>
      <Heading
        id={`plan-${plan.id}`}
        className={headingLevel === 2 ? 'utrecht-heading-3' : 'utrecht-heading-4'}
      >
        <Link className="utrecht-link utrecht-link--html-a" to={`/wijkplannen/${plan.id}`}>
          {plan.title}
        </Link>
      </Heading>
      <ul className="wijkwerk-plan-facts">
        <li>
          {t(`plan.public.kind.${plan.kind}`)}
          {plan.kind === 'area_plan' ? ` · ${plan.area.name}` : ''}
        </li>
        <li>
          <span className="wijkwerk-plan-facts__key">{t('plan.public.periodLabel')}: </span>
          {t('plan.public.period', {
            start: planMonth(locale, plan.periodStart),
            end: planMonth(locale, plan.periodEnd),
          })}
        </li>
        <li>
          <span className="wijkwerk-plan-facts__key">{t('plan.public.stateLabel')}: </span>
          <PlanStateText state={plan.state} adoptedAt={plan.adoptedAt} />
        </li>
      </ul>
      {plan.summary ? <p className="utrecht-paragraph">{plan.summary}</p> : null}
      {plan.progress !== undefined ? (
        <p className="utrecht-paragraph">
          <span className="wijkwerk-plan-facts__key">{t('plan.public.overall')} </span>
          <ProgressBar percent={plan.progress} />
        </p>
      ) : null}
    </article>
  );
}
