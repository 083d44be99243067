import { Link } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { formatDateTime, type Locale, translate } from '../../../../core/i18n/i18n.ts';
import { compareVersions } from '../../../../modules/plan/reviews/list-versions.ts';
import { readablePlan } from '../../../../modules/plan/reviews/review-access.ts';
import '../../../../modules/plan/reviews/review-i18n.ts';
import { formatDay } from '../../../../modules/plan/reviews/review-i18n.ts';
import {
  type ItemRef,
  isEmptyDiff,
  type VersionDiff,
} from '../../../../modules/plan/reviews/version-diff.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { ReviewNav } from '../../../components/plan/review-nav.tsx';
import type { DiffSection } from '../../../components/plan/version-diff-tables.tsx';
import { VersionDiffTables } from '../../../components/plan/version-diff-tables.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/compare.ts';
import { readContext } from './reviews.server.ts';

// Two versions of a plan side by side: what was added, dropped, re-timed, re-owned, and whose
// status or progress changed, each as a table that spells out "was" and "becomes".

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = readContext(context);
  const url = new URL(request.url);
  try {
    const ctx = serviceContext(rc);
    const { plan } = await readablePlan(ctx, params.id);
    const { from, to, diff } = await compareVersions(
      ctx,
      plan.id,
      url.searchParams.get('van') ?? '',
      url.searchParams.get('naar') ?? '',
    );
    const t = (key: string, p?: Record<string, string | number>) => translate(rc.locale, key, p);
    return {
      planId: plan.id,
      planTitle: plan.title,
      title: t('plan.version.diff.title', { from: from.number, to: to.number, plan: plan.title }),
      meta: t('plan.version.diff.meta', {
        from: from.number,
        fromLabel: from.label,
        fromDate: formatDateTime(rc.locale, from.createdAt),
        to: to.number,
        toLabel: to.label,
        toDate: formatDateTime(rc.locale, to.createdAt),
      }),
      reversed: from.number > to.number,
      empty: isEmptyDiff(diff),
      summary: t('plan.version.diff.summary', {
        added: diff.added.length,
        dropped: diff.dropped.length,
        retimed: diff.retimed.length,
        reowned: diff.reowned.length,
        status: diff.statusChanged.length,
        progress: diff.progressChanged.length,
        unchanged: diff.unchanged,
      }),
      sections: sectionsOf(diff, rc.locale),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

function sectionsOf(diff: VersionDiff, locale: Locale): DiffSection[] {
  const t = (key: string, p?: Record<string, string | number>) => translate(locale, key, p);
  const name = (i: ItemRef) => `${t(`plan.review.level.${i.level}`)}: ${i.title}`;
  const under = (i: ItemRef) => i.parentTitle ?? t('plan.version.diff.top');
  const day = (d: string | null) => (d ? formatDay(locale, d) : t('plan.version.diff.open'));
  const pct = (p: number | null) => (p === null ? t('plan.review.progress.unknown') : `${p}%`);
  const owner = (o: { owner: string | null; contact: string | null }) =>
    o.owner === null && o.contact === null
      ? t('plan.version.diff.nobody')
      : o.contact
        ? t('plan.version.diff.ownership', {
            owner: o.owner ?? t('plan.version.diff.nobody'),
            contact: o.contact,
          })
        : (o.owner ?? '');
  const planValue = (field: string, v: string) =>
    field === 'state' ? t(`plan.review.planState.${v}`) : field === 'title' ? v : formatDay(locale, v);
  return [
    {
      key: 'plan',
      heading: t('plan.version.diff.plan'),
      twoSided: true,
      rows: diff.plan.map((c) => ({
        key: c.field,
        item: t(`plan.version.diff.field.${c.field}`),
        under: '',
        before: planValue(c.field, c.from),
        after: planValue(c.field, c.to),
      })),
    },
    {
      key: 'added',
      heading: t('plan.version.diff.added'),
      twoSided: false,
      rows: diff.added.map((i) => ({ key: i.id, item: name(i), under: under(i), before: '', after: '' })),
    },
    {
      key: 'dropped',
      heading: t('plan.version.diff.dropped'),
      twoSided: false,
      rows: diff.dropped.map((i) => ({ key: i.id, item: name(i), under: under(i), before: '', after: '' })),
    },
    {
      key: 'retimed',
      heading: t('plan.version.diff.retimed'),
      twoSided: true,
      rows: diff.retimed.map((c) => ({
        key: c.item.id,
        item: name(c.item),
        under: under(c.item),
        before: t('plan.version.diff.period', { start: day(c.from.startDate), end: day(c.from.endDate) }),
        after: t('plan.version.diff.period', { start: day(c.to.startDate), end: day(c.to.endDate) }),
      })),
    },
    {
      key: 'reowned',
      heading: t('plan.version.diff.reowned'),
      twoSided: true,
      rows: diff.reowned.map((c) => ({
        key: c.item.id,
        item: name(c.item),
        under: under(c.item),
        before: owner(c.from),
        after: owner(c.to),
      })),
    },
    {
      key: 'status',
      heading: t('plan.version.diff.statusChanged'),
      twoSided: true,
      rows: diff.statusChanged.map((c) => ({
        key: c.item.id,
        item: name(c.item),
        under: under(c.item),
        before: t(`plan.review.status.${c.from}`),
        after: t(`plan.review.status.${c.to}`),
      })),
    },
    {
      key: 'progress',
      heading: t('plan.version.diff.progressChanged'),
      twoSided: true,
      rows: diff.progressChanged.map((c) => ({
        key: c.item.id,
        item: name(c.item),
        under: under(c.item),
        before: pct(c.from),
        after: pct(c.to),
      })),
    },
    {
      key: 'renamed',
      heading: t('plan.version.diff.renamed'),
      twoSided: true,
      rows: diff.renamed.map((c) => ({
        key: c.item.id,
        item: name(c.item),
        under: under(c.item),
        before: c.from,
        after: c.to,
      })),
    },
    {
      key: 'moved',
      heading: t('plan.version.diff.moved'),
      twoSided: true,
      rows: diff.moved.map((c) => ({
        key: c.item.id,
        item: name(c.item),
        under: under(c.item),
        before: c.from ?? t('plan.version.diff.top'),
        after: c.to ?? t('plan.version.diff.top'),
      })),
    },
  ];
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function Compare({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  return (
    <>
      <Breadcrumb
        items={[
          { href: `/wijkplannen/${d.planId}`, label: d.planTitle },
          { href: `/wijkplannen/${d.planId}/versies`, label: t('plan.review.nav.versions') },
        ]}
        current={t('plan.version.compare.title')}
      />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <ReviewNav planId={d.planId} current={null} />
      <p className="utrecht-paragraph">{d.meta}</p>
      {d.reversed ? <Alert type="info">{t('plan.version.diff.reversed')}</Alert> : null}
      {d.empty ? (
        <p className="utrecht-paragraph">{t('plan.version.diff.none')}</p>
      ) : (
        <p className="utrecht-paragraph">{d.summary}</p>
      )}
      <VersionDiffTables sections={d.sections} />
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={`/wijkplannen/${d.planId}/versies`}>
          {t('plan.version.diff.back')}
        </Link>
      </p>
    </>
  );
}
