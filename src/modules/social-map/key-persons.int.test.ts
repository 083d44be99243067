import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { DomainError, NotFoundError } from '../../core/errors.ts';
import { type Actor, anonymous } from '../../core/permissions/actor.ts';
import { ForbiddenError } from '../../core/permissions/can.ts';
import { createAsset } from './create-asset.ts';
import { addMonths } from './freshness.ts';
import { getAsset } from './get-asset.ts';
import { recordConsent, withdrawConsent } from './key-person-consent.ts';
import { listAssets } from './list-assets.ts';
import {
  exportPersonalData,
  personalDataLinkToken,
  removePersonalData,
  requestPersonalDataLink,
  viewPersonalData,
} from './personal-data.ts';
import { runRetentionJob } from './run-retention-job.ts';
import { smDb } from './social-map.tables.ts';
import { submitAsset } from './submit-asset.ts';
import { demoActor, mailsTo, seedTaxonomy, tokenFrom, voorbeeldId } from './testing.ts';

let t: TestApp;
let m: string;
let officer: Actor;
let henk: Actor;
let partner: Actor;
let coordinator: Actor;

beforeAll(async () => {
  t = await createTestApp();
  m = await voorbeeldId(t.ctx.db);
  await seedTaxonomy(t.ctx.db, m);
  officer = await demoActor(t.ctx.db, m, 'wijkambtenaar.centrum@voorbeeld.example');
  henk = await demoActor(t.ctx.db, m, 'bewoner@voorbeeld.example');
  partner = await demoActor(t.ctx.db, m, 'wijkagent@politie.voorbeeld.example');
  coordinator = await demoActor(t.ctx.db, m, 'coordinator@voorbeeld.example');
});
afterAll(() => t.close());

const as = (actor: Actor, ip?: string) => ({ db: t.ctx.db, actor, meta: ip ? { ip } : {} });
const consentText =
  'Ik geef toestemming om mijn naam, mijn rol in de buurt en mijn e-mailadres te tonen op de openbare sociale kaart.';

async function annaKeyPerson() {
  return createAsset(as(officer), {
    kind: 'key_person',
    title: 'Anna Jansen',
    summary: 'Kent iedereen in de Havenbuurt; spil van het buurtcomité.',
    areaCode: 'BU99990102',
    abcdCategories: ['individuals'],
    contact: [{ type: 'email', value: 'Anna.Jansen@example.org' }],
  });
}

describe('key persons', () => {
  it('are for staff only until the person consents to publication', async () => {
    const { assetId } = await annaKeyPerson();
    for (const viewer of [anonymous(m), henk, partner]) {
      await expect(getAsset(t.ctx.db, viewer, assetId)).rejects.toBeInstanceOf(NotFoundError);
      expect((await listAssets(t.ctx.db, viewer, { includeHidden: true })).map((a) => a.id)).not.toContain(
        assetId,
      );
    }
    expect((await getAsset(t.ctx.db, officer, assetId)).publiclyVisible).toBe(false);
    expect((await getAsset(t.ctx.db, coordinator, assetId)).title).toBe('Anna Jansen');

    const consent = await recordConsent(t.ctx, as(officer), assetId, {
      purpose: 'publication',
      consentText,
      givenVia: 'in_person',
    });
    expect(consent).toMatchObject({ purpose: 'publication', consentText, recordedByLabel: officer.label });
    expect((await getAsset(t.ctx.db, anonymous(m), assetId)).title).toBe('Anna Jansen');
    const mail = (await mailsTo(t.ctx.db, 'Anna.Jansen@example.org', 'social-map-consent'))[0];
    expect(mail?.body_text).toContain(consentText);

    await withdrawConsent(as(officer), assetId, 'publication');
    await expect(getAsset(t.ctx.db, anonymous(m), assetId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('are recorded by editors only', async () => {
    await expect(
      createAsset(as(henk), { kind: 'key_person', title: 'Buurman Kees', areaCode: 'BU99990202' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const { assetId } = await annaKeyPerson();
    await expect(
      recordConsent(t.ctx, as(partner), assetId, { purpose: 'publication', consentText, givenVia: 'form' }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('personal data through a signed link', () => {
  it('can be seen, exported and removed, including from the history', async () => {
    const { assetId } = await annaKeyPerson();
    await recordConsent(t.ctx, as(officer), assetId, {
      purpose: 'publication',
      consentText,
      givenVia: 'email',
    });
    // Anna also submitted an item and reported one.
    await submitAsset(t.ctx, as(anonymous(m), '192.0.2.200'), {
      kind: 'activity',
      title: 'Buurtbarbecue Havenbuurt',
      areaCode: 'BU99990102',
      submitterName: 'Anna',
      submitterEmail: 'anna.jansen@example.org',
    });
    const mail = (await mailsTo(t.ctx.db, 'Anna.Jansen@example.org', 'social-map-consent')).at(-1);
    const token = tokenFrom(mail?.body_text ?? '', 'mijn-gegevens');

    const data = await viewPersonalData(t.ctx, as(anonymous(m)), token);
    expect(data.email).toBe('anna.jansen@example.org');
    expect(data.keyPersons.map((k) => k.assetId)).toContain(assetId);
    expect(data.keyPersons.find((k) => k.assetId === assetId)?.consents[0]).toMatchObject({
      purpose: 'publication',
      consentText,
    });
    expect(data.submissions.map((s) => s.title)).toEqual(['Buurtbarbecue Havenbuurt']);
    const exported = JSON.parse(await exportPersonalData(t.ctx, as(anonymous(m)), token));
    expect(exported.keyPersons.length).toBe(data.keyPersons.length);
    expect(exported.keyPersons[0].name).toBe('Anna Jansen');

    const removed = await removePersonalData(t.ctx, as(anonymous(m)), token);
    expect(removed.keyPersons).toBe(data.keyPersons.length);
    const after = await getAsset(t.ctx.db, officer, assetId);
    expect(after).toMatchObject({
      status: 'archived',
      title: 'Verwijderde sleutelfiguur',
      contact: [],
      summary: '',
    });
    const snapshots = await smDb(t.ctx.db)
      .selectFrom('social_map_revisions')
      .select('snapshot')
      .where('asset_id', '=', assetId)
      .execute();
    expect(JSON.stringify(snapshots)).not.toMatch(/Anna|anna\.jansen/i);
    const submissions = await smDb(t.ctx.db)
      .selectFrom('social_map_submissions')
      .selectAll()
      .where('municipality_id', '=', m)
      .execute();
    expect(JSON.stringify(submissions)).not.toMatch(/anna\.jansen/i);
    expect(await viewPersonalData(t.ctx, as(anonymous(m)), token)).toMatchObject({
      keyPersons: [],
      submissions: [],
    });
  });

  it('refuses a tampered link and one for another municipality', async () => {
    const good = personalDataLinkToken(t.ctx, m, 'iemand@example.org');
    const [body, sig] = good.split('.');
    const forged = `${Buffer.from(JSON.stringify({ p: 'personal-data', m, s: 'anna@example.org', exp: 9999999999 })).toString('base64url')}.${sig}`;
    await expect(viewPersonalData(t.ctx, as(anonymous(m)), forged)).rejects.toBeInstanceOf(DomainError);
    const foreign = personalDataLinkToken(
      t.ctx,
      '00000000-0000-4000-8000-000000000001',
      'iemand@example.org',
    );
    await expect(viewPersonalData(t.ctx, as(anonymous(m)), foreign)).rejects.toBeInstanceOf(DomainError);
    expect(body).toBeTruthy();
  });

  it('is mailed on request only to an address the map holds something about', async () => {
    await requestPersonalDataLink(t.ctx, as(anonymous(m), '192.0.2.201'), 'niemand@example.org');
    expect(await mailsTo(t.ctx.db, 'niemand@example.org')).toHaveLength(0);
    await submitAsset(t.ctx, as(anonymous(m), '192.0.2.202'), {
      kind: 'group',
      title: 'Schaakclub Stationsbuurt',
      areaCode: 'BU99990104',
      submitterEmail: 'schaker@example.org',
    });
    await requestPersonalDataLink(t.ctx, as(anonymous(m), '192.0.2.201'), 'Schaker@example.org');
    const mails = await mailsTo(t.ctx.db, 'schaker@example.org', 'social-map-personal-data');
    expect(mails).toHaveLength(1);
    const data = await viewPersonalData(
      t.ctx,
      as(anonymous(m)),
      tokenFrom(mails[0]?.body_text ?? '', 'mijn-gegevens'),
    );
    expect(data.submissions.map((s) => s.title)).toEqual(['Schaakclub Stationsbuurt']);
  });

  it('is removed after the retention period by the retention job', async () => {
    const { assetId } = await createAsset(as(officer), {
      kind: 'key_person',
      title: 'Mohammed el Amrani',
      areaCode: 'BU99990103',
      contact: [{ type: 'phone', value: '06-12345678' }],
    });
    await runRetentionJob(t.ctx, addMonths(new Date(), 23));
    expect((await getAsset(t.ctx.db, officer, assetId)).title).toBe('Mohammed el Amrani');
    const result = await runRetentionJob(t.ctx, addMonths(new Date(), 25));
    expect(result.keyPersons).toBeGreaterThanOrEqual(1);
    expect(await getAsset(t.ctx.db, officer, assetId)).toMatchObject({
      title: 'Verwijderde sleutelfiguur',
      contact: [],
      status: 'archived',
    });
    // Unconfirmed submissions whose link expired are gone too.
    const left = await smDb(t.ctx.db)
      .selectFrom('social_map_submissions')
      .select('id')
      .where('status', '=', 'unconfirmed')
      .execute();
    expect(left).toEqual([]);
  });
});
