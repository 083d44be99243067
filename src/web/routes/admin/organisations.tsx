import { Form, Link } from 'react-router';
import { translate } from '../../../core/i18n/i18n.ts';
import { mayCreateAnyOrganisation } from '../../../core/organisations/create-organisation.ts';
import { listOrganisations } from '../../../core/organisations/list-organisations.ts';
import { organisationKinds } from '../../../core/organisations/organisation.ts';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { SubmitButton, TextField } from '../../components/form-field.tsx';
import { ListPaging } from '../../components/pagination.tsx';
import { throwAsRouteError } from '../../components/route-errors.ts';
import { useShell } from '../../components/shell.ts';
import type { Route } from './+types/organisations.ts';
import { adminContext, firstPageHref, nameCursor, nextPageHref, pageCursor } from './admin.server.ts';
import { SelectField } from './admin-ui.tsx';

// The organisations of the municipality: departments, partners, resident organisations and
// informal groups, with the areas they work in.

const pageSize = 25;

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = adminContext(context, request);
  const url = new URL(request.url);
  const q = url.searchParams.get('q')?.trim().slice(0, 100) ?? '';
  const kindParam = url.searchParams.get('soort') ?? '';
  const kind = organisationKinds.find((k) => k === kindParam);
  try {
    const page = await listOrganisations(rc.app.db, rc.actor, {
      q: q || undefined,
      kind,
      after: pageCursor(url, nameCursor),
      limit: pageSize,
    });
    return {
      title: translate(rc.locale, 'admin.organisations'),
      q,
      kind: kind ?? '',
      canCreate: mayCreateAnyOrganisation(rc.actor),
      organisations: page.items.map((o) => ({
        id: o.id,
        name: o.name,
        kind: o.kind,
        sector: o.sector,
        email: o.email,
        areas: o.areas.map((a) => a.name),
      })),
      firstHref: firstPageHref(url),
      nextHref: nextPageHref(url, page.nextCursor),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function Organisations({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  return (
    <>
      <Breadcrumb items={[{ href: '/beheer', label: t('admin.title') }]} current={d.title} />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      {d.canCreate ? (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to="/beheer/organisaties/nieuw">
            {t('admin.organisations.new')}
          </Link>
        </p>
      ) : null}
      <Form
        method="get"
        className="wijkwerk-form wijkwerk-filter"
        role="search"
        aria-label={t('admin.organisations.search')}
      >
        <TextField name="q" type="search" label={t('admin.organisations.search')} defaultValue={d.q} />
        <SelectField
          name="soort"
          label={t('admin.organisations.kind')}
          emptyLabel={t('admin.organisations.allKinds')}
          options={organisationKinds.map((k) => ({ value: k, label: t(`org.kind.${k}`) }))}
          defaultValue={d.kind}
        />
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton variant="secondary">{t('common.search')}</SubmitButton>
        </div>
      </Form>
      <DataTable
        caption={t('admin.organisations.list')}
        rows={d.organisations}
        rowKey={(o) => o.id}
        empty={t('admin.organisations.none')}
        columns={[
          {
            header: t('admin.organisations.name'),
            cell: (o) => (
              <Link className="utrecht-link utrecht-link--html-a" to={`/beheer/organisaties/${o.id}`}>
                {o.name}
              </Link>
            ),
          },
          { header: t('admin.organisations.kind'), cell: (o) => t(`org.kind.${o.kind}`) },
          { header: t('admin.organisations.sector'), cell: (o) => o.sector ?? '' },
          { header: t('admin.organisations.areas'), cell: (o) => o.areas.join(', ') || t('common.none') },
          { header: t('admin.organisations.email'), cell: (o) => o.email ?? '' },
        ]}
      />
      <ListPaging firstHref={d.firstHref} nextHref={d.nextHref} />
    </>
  );
}
