import type { Selectable } from 'kysely';
import type { WriteTx } from '../audit/write.ts';
import type { Db } from '../db/database.ts';
import type { MunicipalitiesTable } from '../db/tables.ts';
import type { Municipality } from './municipality.ts';

function toMunicipality(r: Selectable<MunicipalitiesTable>): Municipality {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    slug: r.slug,
    isDemo: r.is_demo,
    hostnames: r.hostnames,
    theme: r.theme ?? {},
  };
}

export async function listMunicipalities(db: Db): Promise<Municipality[]> {
  const rows = await db.selectFrom('municipalities').selectAll().orderBy('code').execute();
  return rows.map(toMunicipality);
}

export async function findMunicipalityByCode(db: Db, code: string): Promise<Municipality | undefined> {
  const r = await db.selectFrom('municipalities').selectAll().where('code', '=', code).executeTakeFirst();
  return r ? toMunicipality(r) : undefined;
}

export async function findMunicipalityById(db: Db, id: string): Promise<Municipality | undefined> {
  const r = await db.selectFrom('municipalities').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toMunicipality(r) : undefined;
}

export async function insertMunicipality(
  tx: WriteTx | Db,
  m: { code: string; name: string; slug: string; isDemo: boolean; theme?: Record<string, string> },
): Promise<Municipality> {
  const r = await tx
    .insertInto('municipalities')
    .values({
      code: m.code,
      name: m.name,
      slug: m.slug,
      is_demo: m.isDemo,
      theme: JSON.stringify(m.theme ?? {}),
      settings: '{}',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toMunicipality(r);
}
