import { Form, Link } from 'react-router';
import { formatDateTime, translate } from '../../../core/i18n/i18n.ts';
import { listPeople } from '../../../core/people/list-people.ts';
import { roles } from '../../../core/permissions/actor.ts';
import { can } from '../../../core/permissions/can.ts';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { SubmitButton, TextField } from '../../components/form-field.tsx';
import { ListPaging } from '../../components/pagination.tsx';
import { throwAsRouteError } from '../../components/route-errors.ts';
import { useShell } from '../../components/shell.ts';
import type { Route } from './+types/users.ts';
import { adminContext, firstPageHref, nameCursor, nextPageHref, pageCursor } from './admin.server.ts';
import { roleText, SelectField } from './admin-ui.tsx';

// Everyone with an account, searchable by name or e-mail and by role, in pages of 25.

const pageSize = 25;

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = adminContext(context, request);
  const url = new URL(request.url);
  const q = url.searchParams.get('q')?.trim().slice(0, 100) ?? '';
  const roleParam = url.searchParams.get('rol') ?? '';
  const role = roles.find((r) => r === roleParam);
  try {
    const page = await listPeople(rc.app.db, rc.actor, {
      q: q || undefined,
      role,
      after: pageCursor(url, nameCursor),
      limit: pageSize,
    });
    return {
      title: translate(rc.locale, 'admin.users'),
      q,
      role: role ?? '',
      canCreate: can(rc.actor, 'create', { type: 'person', municipalityId: rc.actor.municipalityId }),
      people: page.items.map((p) => ({
        id: p.id,
        name: p.name,
        email: p.email,
        status: p.status,
        lastSignInAt: p.lastSignInAt ? formatDateTime(rc.locale, p.lastSignInAt) : null,
        roles: p.roles.map((r) => ({ id: r.id, role: r.role, area: r.area, organisation: r.organisation })),
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

export default function Users({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  return (
    <>
      <Breadcrumb items={[{ href: '/beheer', label: t('admin.title') }]} current={d.title} />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      {d.canCreate ? (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to="/beheer/gebruikers/nieuw">
            {t('admin.users.new')}
          </Link>
        </p>
      ) : null}
      <Form
        method="get"
        className="wijkwerk-form wijkwerk-filter"
        role="search"
        aria-label={t('admin.users.search')}
      >
        <TextField name="q" type="search" label={t('admin.users.search')} defaultValue={d.q} />
        <SelectField
          name="rol"
          label={t('admin.users.role')}
          emptyLabel={t('admin.users.allRoles')}
          options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          defaultValue={d.role}
        />
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton variant="secondary">{t('common.search')}</SubmitButton>
        </div>
      </Form>
      <DataTable
        caption={t('admin.users.list')}
        rows={d.people}
        rowKey={(p) => p.id}
        empty={t('admin.users.none')}
        columns={[
          {
            header: t('admin.users.name'),
            cell: (p) => (
              <Link className="utrecht-link utrecht-link--html-a" to={`/beheer/gebruikers/${p.id}`}>
                {p.name}
              </Link>
            ),
          },
          { header: t('admin.users.email'), cell: (p) => p.email },
          {
            header: t('admin.users.roles'),
            cell: (p) => (p.roles.length ? p.roles.map((r) => roleText(t, r)).join('; ') : t('common.none')),
          },
          { header: t('admin.users.status'), cell: (p) => t(`admin.users.status.${p.status}`) },
          { header: t('admin.users.lastSignIn'), cell: (p) => p.lastSignInAt ?? t('admin.users.never') },
        ]}
      />
      <ListPaging firstHref={d.firstHref} nextHref={d.nextHref} />
    </>
  );
}
