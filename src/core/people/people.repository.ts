import type { WriteTx } from '../audit/write.ts';
import type { Db } from '../db/database.ts';
import type { PersonRow } from '../db/tables.ts';
import type { Role } from '../permissions/actor.ts';
import type { Person, RoleAssignment } from './person.ts';

// The only place that queries people and role_assignments.

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for PostgreSQL's unique_violation (a duplicate e-mail address or role). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findPersonByEmail(db: Db, municipalityId: string, email: string) {
  return db
    .selectFrom('people')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
}

export async function findPersonById(db: Db, municipalityId: string, id: string) {
  // Not a uuid: no such person (and no SQL error for a malformed id).
  if (!uuidPattern.test(id)) return undefined;
  return db
    .selectFrom('people')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findPersonByOidc(db: Db, municipalityId: string, issuer: string, subject: string) {
  return db
    .selectFrom('people')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('oidc_issuer', '=', issuer)
    .where('oidc_subject', '=', subject)
    .executeTakeFirst();
}

/** Role assignments of many people in one query, with their area path and organisation. */
export async function roleAssignmentsOf(
  db: Db,
  municipalityId: string,
  personIds: string[],
): Promise<Map<string, RoleAssignment[]>> {
  const out = new Map<string, RoleAssignment[]>();
  if (personIds.length === 0) return out;
  const rows = await db
    .selectFrom('role_assignments as r')
    .leftJoin('areas as a', 'a.id', 'r.area_id')
    .leftJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select([
      'r.id',
      'r.person_id',
      'r.role',
      'a.code as area_code',
      'a.name as area_name',
      'a.path as area_path',
      'o.id as org_id',
      'o.name as org_name',
      'o.kind as org_kind',
    ])
    .where('r.municipality_id', '=', municipalityId)
    .where('r.person_id', 'in', personIds)
    .orderBy('r.created_at')
    .execute();
  for (const r of rows) {
    const list = out.get(r.person_id) ?? [];
    list.push({
      id: r.id,
      role: r.role,
      area:
        r.area_code && r.area_name && r.area_path
          ? { code: r.area_code, name: r.area_name, path: r.area_path }
          : null,
      organisation:
        r.org_id && r.org_name && r.org_kind ? { id: r.org_id, name: r.org_name, kind: r.org_kind } : null,
    });
    out.set(r.person_id, list);
  }
  return out;
}

export function toPerson(row: PersonRow, roles: RoleAssignment[]): Person {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    status: row.status,
    lastSignInAt: row.last_sign_in_at ? new Date(row.last_sign_in_at).toISOString() : null,
    createdAt: new Date(row.created_at).toISOString(),
    roles,
  };
}

export interface PeopleFilter {
  q?: string | undefined;
  role?: Role | undefined;
  afterName?: { name: string; id: string } | undefined;
  limit: number;
}

export async function listPeopleRows(db: Db, municipalityId: string, f: PeopleFilter) {
  let q = db.selectFrom('people').selectAll().where('municipality_id', '=', municipalityId);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('name', 'ilike', like), eb('email', 'ilike', like)]));
  }
  if (f.role) {
    const role = f.role;
    q = q.where('id', 'in', (eb) =>
      eb
        .selectFrom('role_assignments')
        .select('person_id')
        .where('municipality_id', '=', municipalityId)
        .where('role', '=', role),
    );
  }
  if (f.afterName) {
    const { name, id } = f.afterName;
    q = q.where((eb) => eb.or([eb('name', '>', name), eb.and([eb('name', '=', name), eb('id', '>', id)])]));
  }
  return q.orderBy('name').orderBy('id').limit(f.limit).execute();
}

export async function insertPerson(
  tx: WriteTx,
  municipalityId: string,
  p: {
    email: string;
    name: string;
    passwordHash: string | null;
    locale: 'nl' | 'en';
    oidcIssuer?: string;
    oidcSubject?: string;
  },
) {
  return tx
    .insertInto('people')
    .values({
      municipality_id: municipalityId,
      email: normaliseEmail(p.email),
      name: p.name,
      password_hash: p.passwordHash,
      locale: p.locale,
      oidc_issuer: p.oidcIssuer ?? null,
      oidc_subject: p.oidcSubject ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updatePersonRow(
  tx: WriteTx,
  municipalityId: string,
  id: string,
  values: Partial<{
    name: string;
    locale: 'nl' | 'en';
    status: 'active' | 'disabled';
    password_hash: string;
    failed_sign_ins: number;
    locked_until: Date | null;
    last_sign_in_at: Date;
    oidc_issuer: string;
    oidc_subject: string;
  }>,
) {
  await tx
    .updateTable('people')
    .set({ ...values, updated_at: new Date() })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .execute();
}

export async function insertRoleAssignment(
  tx: WriteTx,
  municipalityId: string,
  a: { personId: string; role: Role; areaId: string | null; organisationId: string | null },
) {
  return tx
    .insertInto('role_assignments')
    .values({
      municipality_id: municipalityId,
      person_id: a.personId,
      role: a.role,
      area_id: a.areaId,
      organisation_id: a.organisationId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function deleteRoleAssignment(tx: WriteTx, municipalityId: string, id: string) {
  return tx
    .deleteFrom('role_assignments')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .returning(['person_id', 'role'])
    .executeTakeFirst();
}

export async function findRoleAssignment(db: Db, municipalityId: string, personId: string, id: string) {
  if (!uuidPattern.test(id) || !uuidPattern.test(personId)) return undefined;
  return db
    .selectFrom('role_assignments as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .leftJoin('areas as a', 'a.id', 'r.area_id')
    .select([
      'r.id',
      'r.person_id',
      'r.role',
      'r.organisation_id',
      'a.code as area_code',
      'p.status as person_status',
    ])
    .where('r.municipality_id', '=', municipalityId)
    .where('r.person_id', '=', personId)
    .where('r.id', '=', id)
    .executeTakeFirst();
}

/** Active people with the administrator role; pass the transaction to count what it will commit. */
export async function countAdministrators(db: Db, municipalityId: string): Promise<number> {
  const r = await db
    .selectFrom('role_assignments as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .select((eb) => eb.fn.count<number>('r.person_id').distinct().as('n'))
    .where('r.municipality_id', '=', municipalityId)
    .where('r.role', '=', 'administrator')
    .where('p.status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Adds one failed sign-in atomically and returns the new count. */
export async function incrementFailedSignIns(
  tx: WriteTx,
  municipalityId: string,
  id: string,
): Promise<number> {
  const r = await tx
    .updateTable('people')
    .set((eb) => ({ failed_sign_ins: eb('failed_sign_ins', '+', 1) }))
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .returning('failed_sign_ins')
    .executeTakeFirstOrThrow();
  return r.failed_sign_ins;
}
