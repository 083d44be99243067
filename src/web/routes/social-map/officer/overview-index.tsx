import { Link } from 'react-router';
import { translate } from '../../../../core/i18n/i18n.ts';
import '../../../../modules/social-map/overview/officer-i18n.ts';
import { listOverviewAreas } from '../../../../modules/social-map/overview/get-area-overview.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { useShell } from '../../../components/shell.ts';
import { forbidden, signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/overview-index.ts';

// Choose the area whose social map overview to see: the areas the officer edits.

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  const areas = await listOverviewAreas(rc.app.db, rc.actor);
  if (areas.length === 0) forbidden();
  return {
    title: translate(rc.locale, 'sm.officer.overview.title'),
    areas: areas.map((a) => ({
      code: a.code,
      label: `${a.name} (${translate(rc.locale, `area.kind.${a.kind}`)})`,
      depth: a.depth,
    })),
  };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function OverviewIndex({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  const minDepth = Math.min(...loaderData.areas.map((a) => a.depth));
  return (
    <>
      <Breadcrumb
        items={[{ href: '/sociale-kaart', label: t('socialMap.title') }]}
        current={loaderData.title}
      />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <p className="utrecht-paragraph">{t('sm.officer.overview.choose')}</p>
      <ul className="utrecht-unordered-list">
        {loaderData.areas.map((a) => (
          <li
            key={a.code}
            className="utrecht-unordered-list__item"
            style={{ marginInlineStart: `${(a.depth - minDepth) * 1.5}em` }}
          >
            <Link className="utrecht-link" to={`/sociale-kaart/overzicht/${a.code}`}>
              {a.label}
            </Link>
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/sociale-kaart/instellingen">
          {t('sm.officer.settings.title')}
        </Link>
      </p>
    </>
  );
}
