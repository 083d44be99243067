import { childPath } from '../areas/area-tree.ts';
import { insertArea } from '../areas/areas.repository.ts';
import { boundingBox, centroidOf } from '../areas/geo.ts';
import { runWrite } from '../audit/write.ts';
import { hashPassword } from '../auth/password.ts';
import type { Db } from '../db/database.ts';
import { createMunicipality } from '../municipalities/create-municipality.ts';
import { findMunicipalityByCode } from '../municipalities/municipalities.repository.ts';
import type { Municipality } from '../municipalities/municipality.ts';
import { insertPerson, insertRoleAssignment } from '../people/people.repository.ts';
import { systemActor } from '../permissions/actor.ts';
import { voorbeeld } from './voorbeeld-data.ts';

// Loads Gemeente Voorbeeld into a database that does not have it yet. Module demo data
// (social map, plans, …) is loaded by each module's own demo step after this.

export class DemoAlreadyLoadedError extends Error {}

export async function loadDemo(db: Db, log: (line: string) => void = () => {}): Promise<Municipality> {
  if (await findMunicipalityByCode(db, voorbeeld.code)) {
    throw new DemoAlreadyLoadedError(`${voorbeeld.name} (${voorbeeld.code}) is already in this database`);
  }
  const municipality = await createMunicipality(db, {
    code: voorbeeld.code,
    name: voorbeeld.name,
    slug: voorbeeld.slug,
    isDemo: true,
  });
  const ctx = { db, actor: systemActor(municipality.id, 'demo loader'), meta: {} };
  const passwordHashes = await Promise.all(voorbeeld.users.map((u) => hashPassword(u.password)));

  await runWrite(ctx, async (tx, audit) => {
    const areaIds = new Map<string, { id: string; path: string }>();
    for (const a of voorbeeld.areas) {
      const parent = a.parentCode ? areaIds.get(a.parentCode) : undefined;
      if (a.parentCode && !parent) throw new Error(`demo area ${a.code}: parent ${a.parentCode} comes later`);
      const path = childPath(parent?.path ?? null, a.code);
      const id = await insertArea(tx, municipality.id, {
        code: a.code,
        name: a.name,
        kind: a.kind,
        parentId: parent?.id ?? null,
        path,
        depth: path.split('/').length - 1,
        boundary: a.boundary,
        centroid: centroidOf(a.boundary),
        bbox: boundingBox(a.boundary),
        source: 'demo',
        attributes: a.attributes,
        description: a.description,
      });
      areaIds.set(a.code, { id, path });
    }
    log(`${voorbeeld.areas.length} areas`);

    const orgIds = new Map<string, string>();
    for (const o of voorbeeld.organisations) {
      const row = await tx
        .insertInto('organisations')
        .values({
          municipality_id: municipality.id,
          name: o.name,
          kind: o.kind,
          sector: o.sector,
          description: o.description,
          email: o.email ?? null,
          phone: o.phone ?? null,
          website: o.website ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      orgIds.set(o.key, row.id);
      const served = o.areaCodes
        .map((code) => areaIds.get(code)?.id)
        .filter((id): id is string => Boolean(id));
      if (served.length) {
        await tx
          .insertInto('organisation_areas')
          .values(
            served.map((area_id) => ({ municipality_id: municipality.id, organisation_id: row.id, area_id })),
          )
          .execute();
      }
    }
    log(`${voorbeeld.organisations.length} organisations`);

    for (const [i, u] of voorbeeld.users.entries()) {
      const person = await insertPerson(tx, municipality.id, {
        email: u.email,
        name: u.name,
        passwordHash: passwordHashes[i] ?? null,
        locale: u.locale,
      });
      for (const r of u.roles) {
        await insertRoleAssignment(tx, municipality.id, {
          personId: person.id,
          role: r.role,
          areaId: r.areaCode ? (areaIds.get(r.areaCode)?.id ?? null) : null,
          organisationId: r.organisationKey ? (orgIds.get(r.organisationKey) ?? null) : null,
        });
      }
    }
    log(`${voorbeeld.users.length} users`);
    audit({
      action: 'demo.load',
      resourceType: 'municipality',
      resourceId: municipality.code,
      changes: {
        areas: voorbeeld.areas.length,
        organisations: voorbeeld.organisations.length,
        users: voorbeeld.users.length,
      },
    });
  });
  return municipality;
}

/** The demo accounts, for the sign-in page in demo mode only. */
export function demoAccounts() {
  return voorbeeld.users.map((u) => ({
    name: u.name,
    email: u.email,
    password: u.password,
    roles: u.roles.map((r) => r.role),
    description: u.description,
  }));
}
