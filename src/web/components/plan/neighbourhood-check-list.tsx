import { Link } from 'react-router';
import type { NeighbourhoodCheck } from '../../../modules/plan/checks/check.ts';
import { useShell } from '../shell.ts';
import { formatDay } from './timeline-format.ts';

// The wijktoetsen of an area as a list: each request with its status and the answers given per
// area asked. Used on the plan's timeline; other pages of an area may use
// it too (it needs the cycle part's messages: import modules/plan/cycles/cycle-i18n.ts).

export function NeighbourhoodCheckList({ checks }: { checks: NeighbourhoodCheck[] }) {
  const { t, locale } = useShell();
  if (checks.length === 0) return <p className="utrecht-paragraph">{t('plan.check.noneInArea')}</p>;
  return (
    <ul className="utrecht-unordered-list">
      {checks.map((check) => {
        const answers = check.areas.filter((a) => a.answeredAt !== null);
        return (
          <li key={check.id} className="utrecht-unordered-list__item">
            <p className="utrecht-paragraph">
              <Link className="utrecht-link" to={`/wijktoetsen/${check.id}`}>
                {check.title}
              </Link>{' '}
              — {t(`plan.check.status.${check.status}`)}
              {check.requestingOrganisation ? ` · ${check.requestingOrganisation.name}` : ''} ·{' '}
              {t('plan.check.col.answerBy')} {formatDay(locale, check.answerBy)}
            </p>
            {answers.length > 0 ? (
              <dl className="utrecht-data-list wijkwerk-data-list">
                {answers.map((a) => (
                  <div key={a.area.id} className="utrecht-data-list__item">
                    <dt className="utrecht-data-list__item-key">
                      {a.area.name}: {a.verdict ? t(`plan.check.verdict.${a.verdict}`) : ''}
                    </dt>
                    <dd className="utrecht-data-list__item-value">{a.answer}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="utrecht-paragraph">{t('plan.check.notAnswered')}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
