import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { Db } from '../db/database.ts';
import { createMunicipality } from '../municipalities/create-municipality.ts';
import { systemActor } from '../permissions/actor.ts';
import { MissingAuditEntryError, runWrite, type ServiceContext } from './write.ts';

// runWrite is the one way to change data: the change and its audit entry commit together or not at all.

let t: TestApp;
let db: Db;
let ctx: ServiceContext;
let municipalityId: string;

beforeAll(async () => {
  t = await createTestApp({ template: 'empty' });
  db = t.ctx.db;
  municipalityId = (
    await createMunicipality(db, { code: 'GM0001', name: 'Testgemeente', slug: 'test', isDemo: false })
  ).id;
  ctx = {
    db,
    actor: systemActor(municipalityId, 'write test'),
    meta: { ip: '192.0.2.1', requestId: 'req-1', userAgent: 'vitest' },
  };
});
afterAll(() => t.close());

const organisation = (name: string) => ({
  municipality_id: municipalityId,
  name,
  kind: 'partner' as const,
  sector: null,
  email: null,
  phone: null,
  website: null,
});

async function organisationIdByName(name: string) {
  return (await db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirst())?.id;
}

async function auditFor(resourceId: string) {
  return db.selectFrom('audit_log').selectAll().where('resource_id', '=', resourceId).execute();
}

describe('runWrite', () => {
  it('writes the audit entry in the same transaction as the change', async () => {
    const id = await runWrite(ctx, async (tx, audit) => {
      const row = await tx
        .insertInto('organisations')
        .values(organisation('Samen'))
        .returning('id')
        .executeTakeFirstOrThrow();
      audit({
        action: 'organisation.create',
        resourceType: 'organisation',
        resourceId: row.id,
        changes: { name: 'Samen', password: 'geheim' },
      });
      return row.id;
    });
    const [entry] = await auditFor(id);
    expect(entry).toMatchObject({
      municipality_id: municipalityId,
      actor_id: null,
      actor_label: 'write test',
      action: 'organisation.create',
      resource_type: 'organisation',
      ip: '192.0.2.1',
      request_id: 'req-1',
      user_agent: 'vitest',
    });
    // Secrets never reach the log.
    expect(entry?.changes).toEqual({ name: 'Samen', password: '[redacted]' });
    // xmin is the id of the transaction that wrote a row: both rows come from one transaction.
    const orgTx = await sql<{
      x: string;
    }>`select xmin::text as x from organisations where id = ${id}`.execute(db);
    const auditTx = await sql<{
      x: string;
    }>`select xmin::text as x from audit_log where resource_id = ${id}`.execute(db);
    expect(auditTx.rows[0]?.x).toBe(orgTx.rows[0]?.x);
  });

  it('rolls the change back when the audit entry cannot be written', async () => {
    // An actor of a municipality that does not exist: the audit insert fails on its foreign key.
    const broken = { ...ctx, actor: systemActor('00000000-0000-4000-8000-000000000000') };
    await expect(
      runWrite(broken, async (tx, audit) => {
        await tx.insertInto('organisations').values(organisation('Zonder log')).execute();
        audit({ action: 'organisation.create', resourceType: 'organisation' });
      }),
    ).rejects.toThrow();
    expect(await organisationIdByName('Zonder log')).toBeUndefined();
  });

  it('rolls the change back when the callback records no audit entry', async () => {
    await expect(
      runWrite(ctx, async (tx) => {
        await tx.insertInto('organisations').values(organisation('Vergeten')).execute();
      }),
    ).rejects.toBeInstanceOf(MissingAuditEntryError);
    expect(await organisationIdByName('Vergeten')).toBeUndefined();
  });

  it('writes no audit entry when the callback throws after recording one', async () => {
    const before = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      runWrite(ctx, async (tx, audit) => {
        const row = await tx
          .insertInto('organisations')
          .values(organisation('Mislukt'))
          .returning('id')
          .executeTakeFirstOrThrow();
        audit({ action: 'organisation.create', resourceType: 'organisation', resourceId: row.id });
        throw new Error('halfway');
      }),
    ).rejects.toThrow('halfway');
    const after = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect(await organisationIdByName('Mislukt')).toBeUndefined();
  });
});
