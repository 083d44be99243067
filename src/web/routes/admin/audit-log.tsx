import { Form, Link } from 'react-router';
import { listAudit } from '../../../core/audit/list-audit.ts';
import { ValidationError } from '../../../core/errors.ts';
import { formatDateTime, translate } from '../../../core/i18n/i18n.ts';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { ErrorSummary, type FieldErrors } from '../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../components/form-field.tsx';
import { ListPaging } from '../../components/pagination.tsx';
import { fieldErrorsOf, throwAsRouteError } from '../../components/route-errors.ts';
import { useShell } from '../../components/shell.ts';
import type { Route } from './+types/audit-log.ts';
import { adminContext, firstPageHref, nextPageHref } from './admin.server.ts';

// The audit log for administrators: who changed what and when, newest first, with filters in
// the address (a GET form), so a filtered view can be bookmarked and shared.

const filterNames = ['actor', 'action', 'resourceType', 'resourceId', 'from', 'to'] as const;
type Filters = Record<(typeof filterNames)[number], string>;

/** Where a logged resource can be looked at in the administration pages. */
function resourceHref(type: string, id: string | null): string | null {
  if (!id) return null;
  if (type === 'person') return `/beheer/gebruikers/${id}`;
  if (type === 'organisation') return `/beheer/organisaties/${id}`;
  if (type === 'area') return `/beheer/gebieden/${id}`;
  return null;
}

/** "field: from → to" for updates, "field: value" otherwise. */
function changeLines(changes: Record<string, unknown>): string[] {
  const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  return Object.entries(changes).map(([field, value]) => {
    if (value && typeof value === 'object' && 'from' in value && 'to' in value) {
      return `${field}: ${show(value.from)} → ${show(value.to)}`;
    }
    return `${field}: ${show(value)}`;
  });
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = adminContext(context, request);
  const url = new URL(request.url);
  const filters = Object.fromEntries(
    filterNames.map((n) => [n, url.searchParams.get(n)?.trim() ?? '']),
  ) as Filters;
  const title = translate(rc.locale, 'admin.audit');
  try {
    const page = await listAudit(rc.app.db, rc.actor, {
      ...filters,
      cursor: url.searchParams.get('cursor') ?? undefined,
      limit: 50,
    });
    return {
      title,
      filters,
      errors: null as FieldErrors | null,
      entries: page.items.map((e) => ({
        id: e.id,
        when: formatDateTime(rc.locale, e.occurredAt),
        actor: e.actor,
        action: e.action,
        resource: {
          type: e.resourceType,
          id: e.resourceId,
          href: resourceHref(e.resourceType, e.resourceId),
        },
        changes: changeLines(e.changes),
      })),
      firstHref: firstPageHref(url),
      nextHref: nextPageHref(url, page.nextCursor),
    };
  } catch (error) {
    // A wrong filter (a date that is not one) is shown at the form, not as an error page.
    if (error instanceof ValidationError) {
      return {
        title,
        filters,
        errors: fieldErrorsOf(error, rc.locale),
        entries: [],
        firstHref: null,
        nextHref: null,
      };
    }
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function AuditLog({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  const e = d.errors ?? undefined;
  return (
    <>
      <Breadcrumb items={[{ href: '/beheer', label: t('admin.title') }]} current={d.title} />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <ErrorSummary
        errors={e}
        labels={{
          actor: t('admin.audit.filterActor'),
          action: t('admin.audit.filterAction'),
          resourceType: t('admin.audit.filterResourceType'),
          resourceId: t('admin.audit.filterResourceId'),
          from: t('admin.audit.from'),
          to: t('admin.audit.to'),
        }}
      />
      <Form
        method="get"
        noValidate
        className="wijkwerk-form wijkwerk-filter"
        role="search"
        aria-label={t('admin.audit.filter')}
      >
        <TextField
          name="actor"
          label={t('admin.audit.filterActor')}
          defaultValue={d.filters.actor}
          error={e?.actor}
        />
        <TextField
          name="action"
          label={t('admin.audit.filterAction')}
          defaultValue={d.filters.action}
          error={e?.action}
        />
        <TextField
          name="resourceType"
          label={t('admin.audit.filterResourceType')}
          description={t('admin.audit.filterResourceTypeHint')}
          defaultValue={d.filters.resourceType}
          error={e?.resourceType}
        />
        <TextField
          name="resourceId"
          label={t('admin.audit.filterResourceId')}
          defaultValue={d.filters.resourceId}
          error={e?.resourceId}
        />
        <TextField
          name="from"
          label={t('admin.audit.from')}
          description={t('admin.audit.dateHint')}
          defaultValue={d.filters.from}
          error={e?.from}
        />
        <TextField
          name="to"
          label={t('admin.audit.to')}
          description={t('admin.audit.dateHint')}
          defaultValue={d.filters.to}
          error={e?.to}
        />
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton variant="secondary">{t('admin.audit.filter')}</SubmitButton>
          <Link className="utrecht-link utrecht-link--html-a" to="/beheer/logboek">
            {t('admin.audit.clear')}
          </Link>
        </div>
      </Form>
      <DataTable
        caption={t('admin.audit.list')}
        rows={d.entries}
        rowKey={(x) => x.id}
        empty={t('admin.audit.none')}
        columns={[
          { header: t('admin.audit.when'), cell: (x) => x.when },
          {
            header: t('admin.audit.who'),
            cell: (x) =>
              x.actor.id ? (
                <Link className="utrecht-link utrecht-link--html-a" to={`/beheer/gebruikers/${x.actor.id}`}>
                  {x.actor.label}
                </Link>
              ) : (
                x.actor.label
              ),
          },
          { header: t('admin.audit.action'), cell: (x) => <span className="wijkwerk-code">{x.action}</span> },
          {
            header: t('admin.audit.resource'),
            cell: (x) => {
              const label = x.resource.id ? `${x.resource.type} ${x.resource.id}` : x.resource.type;
              return x.resource.href ? (
                <Link className="utrecht-link utrecht-link--html-a" to={x.resource.href}>
                  {label}
                </Link>
              ) : (
                label
              );
            },
          },
          {
            header: t('admin.audit.changes'),
            cell: (x) =>
              x.changes.length === 0 ? (
                '—'
              ) : (
                <ul className="utrecht-unordered-list wijkwerk-changes">
                  {x.changes.map((line) => (
                    <li key={line} className="utrecht-unordered-list__item">
                      {line}
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
      <ListPaging firstHref={d.firstHref} nextHref={d.nextHref} />
    </>
  );
}
