import { Link } from 'react-router';
import { translate } from '../../../core/i18n/i18n.ts';
import { hasRole } from '../../../core/permissions/actor.ts';
import { can } from '../../../core/permissions/can.ts';
import { useShell } from '../../components/shell.ts';
import type { Route } from './+types/overview.ts';
import { adminContext } from './admin.server.ts';

// The front page of the administration section: the parts this person may use.

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = adminContext(context, request);
  const municipalityId = rc.actor.municipalityId;
  const may = (type: string) => can(rc.actor, 'list', { type, municipalityId });
  const office = hasRole(rc.actor, 'administrator') || hasRole(rc.actor, 'coordinator');
  const sections = [
    { href: '/beheer/gebruikers', key: 'users', show: may('person') },
    { href: '/beheer/organisaties', key: 'organisations', show: true },
    { href: '/beheer/gebieden', key: 'areas', show: true },
    { href: '/beheer/logboek', key: 'audit', show: may('audit_log') },
    { href: '/beheer/uitgaande-mail', key: 'outbox', show: may('outbox') },
    // The configuration of reports and initiatives (module initiatives): categories, routing, texts.
    { href: '/beheer/meldingen', key: 'initiatives', show: office },
  ];
  return {
    title: translate(rc.locale, 'admin.title'),
    municipality: rc.municipality.name,
    sections: sections.filter((s) => s.show).map(({ href, key }) => ({ href, key })),
  };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function AdminOverview({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  return (
    <>
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <p className="utrecht-paragraph">
        {t('admin.overview.intro', { municipality: loaderData.municipality })}
      </p>
      <ul className="wijkwerk-cards">
        {loaderData.sections.map((s) => (
          <li key={s.key} className="wijkwerk-card">
            <h2 className="utrecht-heading-3">
              <Link className="utrecht-link utrecht-link--html-a" to={s.href}>
                {t(`admin.${s.key}`)}
              </Link>
            </h2>
            <p className="utrecht-paragraph">{t(`admin.overview.${s.key}.description`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
