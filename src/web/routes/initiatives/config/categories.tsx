import { Link } from 'react-router';
import { translate } from '../../../../core/i18n/i18n.ts';
import { listCategories, listKinds } from '../../../../modules/initiatives/config/list-categories.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import { DataTable } from '../../../components/data-table.tsx';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/categories.ts';
import { configContext } from './config.server.ts';
import { ConfigBreadcrumb, ConfigNav, yesNo } from './config-ui.tsx';

// Every category, grouped by kind in the order residents see them, with owner and handling time.

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = configContext(context, request);
  const m = rc.actor.municipalityId;
  const [kinds, categories] = await Promise.all([
    listKinds(rc.app.db, m, { activeOnly: false }),
    listCategories(rc.app.db, m, { activeOnly: false }),
  ]);
  return {
    title: translate(rc.locale, 'initiatives.config.categories.title'),
    groups: kinds.map((k) => ({
      kind: { id: k.id, name: k.name, active: k.active },
      categories: categories.filter((c) => c.kindId === k.id),
    })),
  };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function CategoriesPage({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  return (
    <>
      <ConfigBreadcrumb current={loaderData.title} />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <ConfigNav />
      <p className="utrecht-paragraph">{t('initiatives.config.categories.intro')}</p>
      {loaderData.groups.length === 0 ? (
        <p className="utrecht-paragraph">
          {t('initiatives.config.categories.noKinds')}{' '}
          <Link className="utrecht-link utrecht-link--html-a" to={initiativesPaths.kinds()}>
            {t('initiatives.config.nav.kinds')}
          </Link>
        </p>
      ) : (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to={initiativesPaths.newCategory()}>
            {t('initiatives.config.categories.new')}
          </Link>
        </p>
      )}
      {loaderData.groups.map((g) => (
        <section key={g.kind.id} aria-labelledby={`kind-${g.kind.id}`}>
          <h2 id={`kind-${g.kind.id}`} className="utrecht-heading-2">
            {g.kind.name}
            {g.kind.active ? '' : ` (${t('initiatives.config.inactive')})`}
          </h2>
          <DataTable
            labelledBy={`kind-${g.kind.id}`}
            rows={g.categories}
            rowKey={(c) => c.id}
            empty={t('initiatives.config.categories.none')}
            columns={[
              { header: t('initiatives.config.position'), cell: (c) => c.position, numeric: true },
              {
                header: t('initiatives.config.name'),
                cell: (c) => (
                  <Link className="utrecht-link utrecht-link--html-a" to={initiativesPaths.category(c.id)}>
                    {c.name}
                  </Link>
                ),
              },
              { header: t('initiatives.config.categories.owner'), cell: (c) => c.ownerOrganisationName },
              {
                header: t('initiatives.config.categories.handlingDays'),
                cell: (c) =>
                  t('initiatives.config.categories.term', {
                    days: c.handlingDays,
                    dayType: t(`initiatives.config.categories.dayType.${c.dayType}`),
                  }),
              },
              {
                header: t('initiatives.config.categories.attributes'),
                cell: (c) => c.attributes.length,
                numeric: true,
              },
              { header: t('initiatives.config.categories.publicMap'), cell: (c) => yesNo(t, c.onPublicMap) },
              {
                header: t('initiatives.config.active'),
                cell: (c) => t(c.active ? 'initiatives.config.active' : 'initiatives.config.inactive'),
              },
            ]}
          />
          <p className="utrecht-paragraph">
            <Link
              className="utrecht-link utrecht-link--html-a"
              to={`${initiativesPaths.newCategory()}?soort=${encodeURIComponent(g.kind.id)}`}
            >
              {t('initiatives.config.categories.new')}
              <span className="wijkwerk-visually-hidden"> ({g.kind.name})</span>
            </Link>
          </p>
        </section>
      ))}
    </>
  );
}
