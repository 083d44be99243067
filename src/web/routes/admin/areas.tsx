import { Link } from 'react-router';
import type { AreaKind } from '../../../core/areas/area.ts';
import { treeOrder } from '../../../core/areas/area-tree.ts';
import { listAreas } from '../../../core/areas/list-areas.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { hasRole } from '../../../core/permissions/actor.ts';
import { can } from '../../../core/permissions/can.ts';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { useShell } from '../../components/shell.ts';
import type { Route } from './+types/areas.ts';
import { forbidden, mayAdminister, signedInContext } from './admin.server.ts';

// The area tree (gemeente → gebied → wijk → buurt), with a link to edit each area's description
// where this person may.

interface AreaNode {
  code: string;
  name: string;
  kind: AreaKind;
  canEdit: boolean;
  children: AreaNode[];
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  if (!mayAdminister(rc.actor) && !hasRole(rc.actor, 'area_officer')) forbidden();
  const { items } = await listAreas(rc.app.db, rc.actor, { limit: 5000 });
  const nodes = new Map<string, AreaNode>();
  const roots: AreaNode[] = [];
  // Tree order puts every parent before its children.
  for (const a of treeOrder(items)) {
    const node: AreaNode = {
      code: a.code,
      name: a.name,
      kind: a.kind,
      canEdit: can(rc.actor, 'update', {
        type: 'area',
        municipalityId: rc.actor.municipalityId,
        areaPath: a.path,
      }),
      children: [],
    };
    nodes.set(a.id, node);
    const parent = a.parentId ? nodes.get(a.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return { title: translate(rc.locale, 'admin.areas'), roots };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

function AreaTree({ nodes }: { nodes: AreaNode[] }) {
  const { t } = useShell();
  return (
    <ul className="utrecht-unordered-list wijkwerk-area-tree">
      {nodes.map((n) => (
        <li key={n.code} className="utrecht-unordered-list__item">
          <Link className="utrecht-link utrecht-link--html-a" to={`/wijken/${n.code}`}>
            {n.name}
          </Link>{' '}
          <span className="wijkwerk-area-kind">
            {t(`area.kind.${n.kind}`)} · {n.code}
          </span>
          {n.canEdit ? (
            <>
              {' · '}
              <Link className="utrecht-link utrecht-link--html-a" to={`/beheer/gebieden/${n.code}`}>
                {t('admin.areas.edit')}
                <span className="wijkwerk-visually-hidden">: {n.name}</span>
              </Link>
            </>
          ) : null}
          {n.children.length > 0 ? <AreaTree nodes={n.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

export default function Areas({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  return (
    <>
      <Breadcrumb items={[{ href: '/beheer', label: t('admin.title') }]} current={loaderData.title} />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <p className="utrecht-paragraph">{t('admin.areas.intro')}</p>
      {loaderData.roots.length === 0 ? (
        <p className="utrecht-paragraph">{t('home.noAreas')}</p>
      ) : (
        <nav aria-label={t('admin.areas.tree')}>
          <AreaTree nodes={loaderData.roots} />
        </nav>
      )}
    </>
  );
}
