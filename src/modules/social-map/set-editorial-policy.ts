import { z } from 'zod';
import { findAreaRowByCode } from '../../core/areas/areas.repository.ts';
import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import type { Db } from '../../core/db/database.ts';
import { NotFoundError } from '../../core/errors.ts';
import type { Actor } from '../../core/permissions/actor.ts';
import { requireAccess } from '../../core/permissions/can.ts';
import { parseInput } from '../../core/validation.ts';
import { type EditorialPolicy, editorialPolicies } from './asset.ts';
import { findPolicyOf, policySettings, savePolicy } from './editorial-policies.repository.ts';
import { effectivePolicy } from './editorial-policy.ts';
import './policy.ts';
import { smDb, smTx } from './social-map.tables.ts';

export const setEditorialPolicyInput = z.object({
  /** null: no own setting, the area inherits from above. */
  policy: z.enum(editorialPolicies).nullable(),
});
export type SetEditorialPolicyInput = z.input<typeof setEditorialPolicyInput>;

export interface AreaEditorialPolicy {
  areaCode: string;
  /** The area's own setting, if any. */
  own: EditorialPolicy | null;
  /** What applies: the own setting or the nearest ancestor's, else the default. */
  effective: EditorialPolicy;
  /** Code of the area the effective policy comes from; null for the default. */
  fromAreaCode: string | null;
}

/** How the social map of an area is edited (public). */
export async function getEditorialPolicy(
  db: Db,
  actor: Actor,
  areaCode: string,
): Promise<AreaEditorialPolicy> {
  const area = await findAreaRowByCode(db, actor.municipalityId, areaCode);
  if (!area) throw new NotFoundError('area');
  requireAccess(actor, 'read', {
    type: 'editorial_policy',
    municipalityId: actor.municipalityId,
    areaPath: area.path,
  });
  const settings = await policySettings(smDb(db), actor.municipalityId);
  const eff = effectivePolicy(area.path, settings);
  return {
    areaCode: area.code,
    own: settings.find((s) => s.areaPath === area.path)?.policy ?? null,
    effective: eff.policy,
    fromAreaCode: eff.fromPath ? (eff.fromPath.split('/').at(-1) ?? null) : null,
  };
}

/** Area officers (of the area's subtree), coordinators and administrators set the policy of an area. */
export async function setEditorialPolicy(
  ctx: ServiceContext,
  areaCode: string,
  input: SetEditorialPolicyInput,
): Promise<AreaEditorialPolicy> {
  const municipalityId = ctx.actor.municipalityId;
  const area = await findAreaRowByCode(ctx.db, municipalityId, areaCode);
  if (!area) throw new NotFoundError('area');
  requireAccess(ctx.actor, 'update', { type: 'editorial_policy', municipalityId, areaPath: area.path });
  const data = parseInput(setEditorialPolicyInput, input);
  const before = await findPolicyOf(smDb(ctx.db), municipalityId, area.id);
  await runWrite(ctx, async (wtx, audit) => {
    await savePolicy(smTx(wtx), municipalityId, area.id, data.policy);
    audit({
      action: 'social_map.editorial_policy.set',
      resourceType: 'editorial_policy',
      resourceId: area.code,
      changes: { policy: { from: before, to: data.policy } },
    });
  });
  return getEditorialPolicy(ctx.db, ctx.actor, area.code);
}
