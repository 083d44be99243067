import type { EditorialPolicy } from './asset.ts';
import type { PolicySetting } from './editorial-policy.ts';
import type { SmDb, SmTx } from './social-map.tables.ts';

// The only place that queries social_map_editorial_policies.

/** Every policy setting of the municipality with the path of its area (a few rows at most). */
export async function policySettings(db: SmDb, municipalityId: string): Promise<PolicySetting[]> {
  return db
    .selectFrom('social_map_editorial_policies as p')
    .innerJoin('areas as a', 'a.id', 'p.area_id')
    .select(['a.path as areaPath', 'p.policy'])
    .where('p.municipality_id', '=', municipalityId)
    .execute();
}

export async function findPolicyOf(
  db: SmDb,
  municipalityId: string,
  areaId: string,
): Promise<EditorialPolicy | null> {
  const r = await db
    .selectFrom('social_map_editorial_policies')
    .select('policy')
    .where('municipality_id', '=', municipalityId)
    .where('area_id', '=', areaId)
    .executeTakeFirst();
  return r?.policy ?? null;
}

export async function savePolicy(
  tx: SmTx,
  municipalityId: string,
  areaId: string,
  policy: EditorialPolicy | null,
) {
  if (policy === null) {
    await tx
      .deleteFrom('social_map_editorial_policies')
      .where('municipality_id', '=', municipalityId)
      .where('area_id', '=', areaId)
      .execute();
    return;
  }
  await tx
    .insertInto('social_map_editorial_policies')
    .values({ municipality_id: municipalityId, area_id: areaId, policy })
    .onConflict((oc) => oc.column('area_id').doUpdateSet({ policy, updated_at: new Date() }))
    .execute();
}
