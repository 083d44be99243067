import { formatDateTime, translate } from '../../../core/i18n/i18n.ts';
import { listOutbox } from '../../../core/mail/list-outbox.ts';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { ListPaging } from '../../components/pagination.tsx';
import { throwAsRouteError } from '../../components/route-errors.ts';
import { useShell } from '../../components/shell.ts';
import type { Route } from './+types/outbox.ts';
import { adminContext, firstPageHref, nextPageHref, pageCursor, timeCursor } from './admin.server.ts';

// Outgoing e-mail, newest first. Without an SMTP server this is where mail ends up, so an
// administrator can pass on an invitation link by hand.

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = adminContext(context, request);
  const url = new URL(request.url);
  try {
    const page = await listOutbox(rc.app.db, rc.actor, { after: pageCursor(url, timeCursor), limit: 25 });
    const purpose = (p: string) => {
      const text = translate(rc.locale, `admin.outbox.purpose.${p}`);
      return text.startsWith('admin.outbox.purpose.') ? p : text;
    };
    return {
      title: translate(rc.locale, 'admin.outbox'),
      smtp: Boolean(rc.app.config.smtpUrl),
      messages: page.items.map((m) => ({
        id: m.id,
        createdAt: formatDateTime(rc.locale, m.createdAt),
        recipient: m.recipient,
        subject: m.subject,
        purpose: purpose(m.purpose),
        status: m.error
          ? translate(rc.locale, 'admin.outbox.failed', { error: m.error })
          : m.sentAt
            ? translate(rc.locale, 'admin.outbox.sent', { date: formatDateTime(rc.locale, m.sentAt) })
            : translate(rc.locale, 'admin.outbox.stored'),
        body: m.bodyText,
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

export default function Outbox({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  return (
    <>
      <Breadcrumb items={[{ href: '/beheer', label: t('admin.title') }]} current={d.title} />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      {d.smtp ? null : <p className="utrecht-paragraph">{t('admin.outbox.intro')}</p>}
      <DataTable
        caption={t('admin.outbox.list')}
        rows={d.messages}
        rowKey={(m) => m.id}
        empty={t('admin.outbox.none')}
        columns={[
          { header: t('admin.outbox.when'), cell: (m) => m.createdAt },
          { header: t('admin.outbox.to'), cell: (m) => m.recipient },
          {
            header: t('admin.outbox.subject'),
            cell: (m) => (
              <details>
                <summary>{m.subject}</summary>
                <pre className="utrecht-preserve-data-format wijkwerk-outbox__body">{m.body}</pre>
              </details>
            ),
          },
          { header: t('admin.outbox.purpose'), cell: (m) => m.purpose },
          { header: t('admin.outbox.status'), cell: (m) => m.status },
        ]}
      />
      <ListPaging firstHref={d.firstHref} nextHref={d.nextHref} />
    </>
  );
}
