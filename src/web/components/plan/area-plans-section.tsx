import { Link } from 'react-router';
import { useShell } from '../shell.ts';
import { PlanCard, type PlanCardData } from './plan-card.tsx';
import './plan-public-i18n.ts';

// The area page's section on the neighbourhood plan: the plans of the area (and the areas inside
// it) the visitor may read, with a link to all of them. Data: areaPlans() in plan-public.server.ts.

export function AreaPlansSection({
  area,
  plans,
}: {
  area: { code: string; name: string };
  plans: { cards: PlanCardData[]; more: boolean };
}) {
  const { t } = useShell();
  return (
    <section aria-labelledby="plans-heading">
      <h2 id="plans-heading" className="utrecht-heading-2">
        {t('plan.public.area.heading', { area: area.name })}
      </h2>
      {plans.cards.length === 0 ? (
        <p className="utrecht-paragraph">{t('plan.public.area.none', { area: area.name })}</p>
      ) : (
        <ul className="wijkwerk-plan-list">
          {plans.cards.map((p) => (
            <li key={p.id} className="wijkwerk-plan-list__item">
              <PlanCard plan={p} headingLevel={3} />
            </li>
          ))}
        </ul>
      )}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={`/wijkplannen?gebied=${area.code}`}>
          {t('plan.public.area.all', { area: area.name })}
        </Link>
      </p>
    </section>
  );
}
