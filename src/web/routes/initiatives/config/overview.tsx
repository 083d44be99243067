import { Link } from 'react-router';
import { translate } from '../../../../core/i18n/i18n.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/overview.ts';
import { configContext } from './config.server.ts';
import { ConfigBreadcrumb, configSections } from './config-ui.tsx';

// The start of setting up initiatives and signals: the parts, each with what it is for.

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = configContext(context, request);
  return { title: translate(rc.locale, 'initiatives.config.title') };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function ConfigOverview({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  return (
    <>
      <ConfigBreadcrumb current={loaderData.title} />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <p className="utrecht-paragraph">{t('initiatives.config.intro')}</p>
      <ul className="wijkwerk-cards">
        {configSections.map((s) => (
          <li key={s.key} className="wijkwerk-card">
            <h2 className="utrecht-heading-3">
              <Link className="utrecht-link utrecht-link--html-a" to={s.href}>
                {t(`initiatives.config.nav.${s.key}`)}
              </Link>
            </h2>
            <p className="utrecht-paragraph">{t(`initiatives.config.nav.${s.key}.description`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
