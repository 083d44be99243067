import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { demoActor, seedTaxonomy, voorbeeldId } from '../testing.ts';
import { importCsv } from './import-csv.ts';

let t: TestApp;
let m: string;
let coordinator: Actor;

beforeAll(async () => {
  t = await createTestApp();
  m = await voorbeeldId(t.ctx.db);
  await seedTaxonomy(t.ctx.db, m);
  coordinator = await demoActor(t.ctx.db, m, 'coordinator@voorbeeld.example');
});
afterAll(() => t.close());

const as = (actor: Actor) => ({ db: t.ctx.db, actor, meta: {} });
const count = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('social_map_assets' as never)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('municipality_id' as never, '=', m as never)
        .executeTakeFirstOrThrow()
    ).n,
  );

const csv = [
  'Nummer;Naam;Omschrijving;Adres;Postcode;Plaats;Thema',
  '1;Repair café Oost;Samen spullen repareren;Dorpsstraat 4;9999 AC;Voorbeeld;ontmoeting',
  '2;Klaverjasclub De Troef;Kaarten op vrijdag;;;;ontmoeting',
]
  .join('\n')
  .replace(/;/g, ',');
const mapping = {
  id: 'Nummer',
  title: 'Naam',
  summary: 'Omschrijving',
  street: 'Adres',
  postalCode: 'Postcode',
  city: 'Plaats',
  themes: 'Thema',
};

describe('CSV import with a column mapping', () => {
  it('reports a dry run, writes on the real run and is idempotent', async () => {
    const before = await count();
    const dry = await importCsv(as(coordinator), { text: csv, name: 'lijst' }, mapping, { dryRun: true });
    expect(dry).toMatchObject({ created: 2, updated: 0, invalid: [], written: false });
    expect(await count()).toBe(before);
    const real = await importCsv(as(coordinator), { text: csv, name: 'lijst' }, mapping);
    expect(real).toMatchObject({ created: 2, written: true });
    expect(await count()).toBe(before + 2);
    const again = await importCsv(as(coordinator), { text: csv, name: 'lijst' }, mapping);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('lists the mapped columns the file does not have and writes nothing', async () => {
    const before = await count();
    const report = await importCsv(
      as(coordinator),
      { text: csv },
      { ...mapping, title: 'Titel', city: 'Stad' },
    );
    expect(report.written).toBe(false);
    expect(report.invalid).toHaveLength(1);
    expect(report.invalid[0]?.reason).toMatch(/^missing columns: Titel, Stad/);
    expect(await count()).toBe(before);
  });

  it('names the row with a bad value and writes none of the rows', async () => {
    const before = await count();
    const bad = `${csv}\n3,Buurtmoestuin,Groente,Tuinpad 1,12345,Voorbeeld,natuur-en-groen`;
    const report = await importCsv(as(coordinator), { text: bad, name: 'nieuw' }, mapping);
    expect(report.written).toBe(false);
    expect(report.invalid).toEqual([
      { ref: '3', reason: 'address.postalCode: socialMap.validation.postalCode' },
    ]);
    expect(await count()).toBe(before);
  });
});
