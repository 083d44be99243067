import { data } from 'react-router';
import { isAreaCode } from '../../../../core/areas/area.ts';
import { getAreaBoundary } from '../../../../core/areas/get-area.ts';
import type { RequestContext } from '../../../../core/http/request-context.ts';
import { listTaxonomy } from '../../../../modules/social-map/taxonomy.ts';
import { emptyFilter } from '../../../components/social-map/filter-state.ts';
import type { ResolvedFilters } from './public.server.ts';

// The embed pages show one area; its code is in the path, not the query.

/** The filters of an embed: only the area of the path (404 when there is no such area). */
export async function embedFilters(rc: RequestContext, codeParam: string): Promise<ResolvedFilters> {
  const code = codeParam.toUpperCase();
  if (!isAreaCode(code)) throw data(null, { status: 404 });
  const area = await getAreaBoundary(rc.app.db, rc.actor, code);
  const terms = await listTaxonomy(rc.app.db, rc.actor.municipalityId);
  return {
    state: { ...emptyFilter, area: code },
    ignored: [],
    area,
    near: null,
    nearNote: null,
    terms,
  };
}
