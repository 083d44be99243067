import { Link } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { listMessageTemplates } from '../../../../modules/initiatives/config/message-templates.ts';
import { residentEvents } from '../../../../modules/initiatives/config/resident-message.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import { DataTable } from '../../../components/data-table.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/templates.ts';
import { configContext } from './config.server.ts';
import { ConfigBreadcrumb, ConfigNav } from './config-ui.tsx';

// Every step at which the resident is told something, with whether the municipality uses its own
// text or the default, per language.

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = configContext(context, request);
  try {
    const templates = await listMessageTemplates(serviceContext(rc));
    return {
      title: translate(rc.locale, 'initiatives.config.templates.title'),
      rows: residentEvents.map((event) => ({
        event,
        nl: templates.find((x) => x.event === event && x.locale === 'nl')?.custom ?? false,
        en: templates.find((x) => x.event === event && x.locale === 'en')?.custom ?? false,
      })),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function TemplatesPage({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  const state = (custom: boolean) =>
    t(custom ? 'initiatives.config.templates.custom' : 'initiatives.config.templates.builtIn');
  return (
    <>
      <ConfigBreadcrumb current={loaderData.title} />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <ConfigNav />
      <p className="utrecht-paragraph">{t('initiatives.config.templates.intro')}</p>
      <DataTable
        caption={t('initiatives.config.templates.caption')}
        rows={loaderData.rows}
        rowKey={(r) => r.event}
        columns={[
          {
            header: t('initiatives.config.templates.event'),
            cell: (r) => (
              <Link className="utrecht-link utrecht-link--html-a" to={initiativesPaths.template(r.event)}>
                {t(`initiatives.config.event.${r.event}`)}
              </Link>
            ),
          },
          { header: t('initiatives.config.templates.dutch'), cell: (r) => state(r.nl) },
          { header: t('initiatives.config.templates.english'), cell: (r) => state(r.en) },
        ]}
      />
    </>
  );
}
