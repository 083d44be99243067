import type { AreaKind } from '../../../core/areas/area.ts';
import { listAreaRows } from '../../../core/areas/areas.repository.ts';
import type { Db } from '../../../core/db/database.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { can } from '../../../core/permissions/can.ts';
import type { EditorialPolicy } from '../asset.ts';
import { policySettings } from '../editorial-policies.repository.ts';
import { effectivePolicy } from '../editorial-policy.ts';
import '../policy.ts';
import { smDb } from '../social-map.tables.ts';

// The editorial policy of every area the actor may change, own and effective, for the settings
// page: two queries for the whole tree (instead of one getEditorialPolicy per area).

export interface AreaPolicyRow {
  code: string;
  name: string;
  kind: AreaKind;
  depth: number;
  own: EditorialPolicy | null;
  effective: EditorialPolicy;
  /** Name of the area the effective policy comes from; null for the default. */
  fromAreaName: string | null;
}

export async function listAreaPolicies(db: Db, actor: Actor): Promise<AreaPolicyRow[]> {
  const municipalityId = actor.municipalityId;
  const [areas, settings] = await Promise.all([
    listAreaRows(db, municipalityId),
    policySettings(smDb(db), municipalityId),
  ]);
  const names = new Map(areas.map((a) => [a.path, a.name]));
  return areas
    .filter((a) => can(actor, 'update', { type: 'editorial_policy', municipalityId, areaPath: a.path }))
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((a) => {
      const eff = effectivePolicy(a.path, settings);
      return {
        code: a.code,
        name: a.name,
        kind: a.kind as AreaKind,
        depth: a.path.split('/').length - 1,
        own: settings.find((s) => s.areaPath === a.path)?.policy ?? null,
        effective: eff.policy,
        fromAreaName: eff.fromPath && eff.fromPath !== a.path ? (names.get(eff.fromPath) ?? null) : null,
      };
    });
}
