import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.ts';
import { createMunicipality } from '../../core/municipalities/create-municipality.ts';
import { type Actor, anonymous, systemActor } from '../../core/permissions/actor.ts';
import { ForbiddenError } from '../../core/permissions/can.ts';
import { createAsset } from './create-asset.ts';
import { getAsset } from './get-asset.ts';
import { listAssets } from './list-assets.ts';
import { listQueue } from './list-queue.ts';
import { listRevisions } from './list-revisions.ts';
import { reportAsset } from './report-asset.ts';
import { resolveReports } from './resolve-reports.ts';
import { restoreRevision } from './restore-revision.ts';
import { reviewRevision } from './review-revision.ts';
import { getEditorialPolicy, setEditorialPolicy } from './set-editorial-policy.ts';
import { updateSocialMapSettings } from './settings.ts';
import { demoActor, seedTaxonomy, voorbeeldId } from './testing.ts';
import { updateAsset } from './update-asset.ts';
import { verifyAsset } from './verify-asset.ts';

let t: TestApp;
let m: string;
let officerNoord: Actor;
let officerCentrum: Actor;
let partner: Actor; // wijkconsulent of Woonstichting Voorbeeld, for Noordhoek
let henk: Actor; // registered resident
let stranger: Actor; // administrator of another municipality

beforeAll(async () => {
  t = await createTestApp();
  m = await voorbeeldId(t.ctx.db);
  await seedTaxonomy(t.ctx.db, m);
  officerNoord = await demoActor(t.ctx.db, m, 'wijkambtenaar.noordoost@voorbeeld.example');
  officerCentrum = await demoActor(t.ctx.db, m, 'wijkambtenaar.centrum@voorbeeld.example');
  partner = await demoActor(t.ctx.db, m, 'k.deboer@woonstichting.voorbeeld.example');
  henk = await demoActor(t.ctx.db, m, 'bewoner@voorbeeld.example');
  const other = await createMunicipality(t.ctx.db, {
    code: 'GM9998',
    name: 'Gemeente Anders',
    slug: 'anders',
    isDemo: true,
  });
  stranger = systemActor(other.id);
});
afterAll(() => t.close());

const as = (actor: Actor, ip?: string) => ({ db: t.ctx.db, actor, meta: ip ? { ip } : {} });

describe('editorial policy', () => {
  it('is inherited down the tree and only set by editors of the area', async () => {
    // Start from no settings at all (the demo social map may have set some).
    await setEditorialPolicy(as(officerNoord), 'WK999902', { policy: null });
    await setEditorialPolicy(as(officerNoord), 'WK999904', { policy: null });
    expect(await getEditorialPolicy(t.ctx.db, anonymous(m), 'BU99990201')).toMatchObject({
      effective: 'edited',
      own: null,
      fromAreaCode: null,
    });
    await setEditorialPolicy(as(officerNoord), 'WK999902', { policy: 'partners_only' });
    expect(await getEditorialPolicy(t.ctx.db, anonymous(m), 'BU99990201')).toMatchObject({
      effective: 'partners_only',
      own: null,
      fromAreaCode: 'WK999902',
    });
    await expect(
      setEditorialPolicy(as(officerCentrum), 'WK999902', { policy: 'open' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setEditorialPolicy(as(henk), 'BU99990202', { policy: 'open' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('partners_only: a partner publishes directly, a resident goes to the queue', async () => {
    const offering = await createAsset(as(partner), {
      kind: 'offering',
      formality: 'formal',
      title: 'Spreekuur huurdersvragen',
      summary: 'Vragen over uw huurwoning? Loop binnen bij de wijkconsulent.',
      areaCode: 'BU99990202',
      themes: ['wonen'],
    });
    expect(offering.outcome).toBe('published');
    const asset = await getAsset(t.ctx.db, anonymous(m), offering.assetId);
    expect(asset).toMatchObject({ publiclyVisible: true, ownerOrganisationName: 'Woonstichting Voorbeeld' });

    const group = await createAsset(as(henk), {
      kind: 'group',
      title: 'Buurtapp Noorderhof',
      areaCode: 'BU99990202',
    });
    expect(group.outcome).toBe('pending');
    await expect(getAsset(t.ctx.db, anonymous(m), group.assetId)).rejects.toBeInstanceOf(NotFoundError);
    // The owner sees their own pending item; the queue shows it to the area officer.
    expect((await getAsset(t.ctx.db, henk, group.assetId)).status).toBe('pending');
    const queue = await listQueue(t.ctx.db, officerNoord);
    expect(queue.revisions.find((r) => r.assetId === group.assetId)?.source).toBe('contributor');
  });

  it('a partner cannot write for an organisation they do not belong to', async () => {
    const welzijn = await t.ctx.db
      .selectFrom('organisations')
      .select('id')
      .where('municipality_id', '=', m)
      .where('name', '=', 'Welzijn Voorbeeld')
      .executeTakeFirstOrThrow();
    await expect(
      createAsset(as(partner), {
        kind: 'offering',
        title: 'Nep-aanbod',
        areaCode: 'BU99990202',
        organisationId: welzijn.id,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('owners, editors and the revision history', () => {
  let assetId = '';

  it('an owner edit under "edited" becomes a proposal with a diff; the public keeps the old version', async () => {
    const created = await createAsset(as(henk), {
      kind: 'activity',
      title: 'Wandelgroep Marktkwartier',
      summary: 'Elke woensdag een uur wandelen.',
      areaCode: 'BU99990101',
      themes: ['sport-en-bewegen'],
    });
    assetId = created.assetId;
    expect(created.outcome).toBe('pending');
    const first = (await listQueue(t.ctx.db, officerCentrum)).revisions.find((r) => r.assetId === assetId);
    await reviewRevision(t.ctx, as(officerCentrum), first?.revisionId ?? '', { decision: 'approve' });

    const proposal = await updateAsset(as(henk), assetId, {
      summary: 'Elke woensdag en zaterdag een uur wandelen.',
      changeNote: 'Er komt een zaterdag bij',
    });
    expect(proposal.outcome).toBe('pending');
    expect((await getAsset(t.ctx.db, anonymous(m), assetId)).summary).toBe('Elke woensdag een uur wandelen.');
    const entry = (await listQueue(t.ctx.db, officerCentrum)).revisions.find(
      (r) => r.revisionId === proposal.revisionId,
    );
    expect(entry).toMatchObject({
      isNew: false,
      changeNote: 'Er komt een zaterdag bij',
      baseOutdated: false,
    });
    expect(entry?.changes).toEqual([
      {
        field: 'summary',
        before: 'Elke woensdag een uur wandelen.',
        after: 'Elke woensdag en zaterdag een uur wandelen.',
      },
    ]);
    await reviewRevision(t.ctx, as(officerCentrum), proposal.revisionId, { decision: 'approve' });
    expect((await getAsset(t.ctx.db, anonymous(m), assetId)).summary).toBe(
      'Elke woensdag en zaterdag een uur wandelen.',
    );
  });

  it('an editor edit is published at once; a stale expected revision is a conflict; no-op is refused', async () => {
    const current = await getAsset(t.ctx.db, officerCentrum, assetId);
    const edit = await updateAsset(as(officerCentrum), assetId, {
      title: 'Wandelgroep Marktkwartier en Haven',
      expectedRevisionId: current.currentRevisionId,
    });
    expect(edit.outcome).toBe('published');
    await expect(
      updateAsset(as(officerCentrum), assetId, {
        title: 'Iets anders',
        expectedRevisionId: current.currentRevisionId,
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      updateAsset(as(officerCentrum), assetId, { title: 'Wandelgroep Marktkwartier en Haven' }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('restores an old revision as a new revision', async () => {
    const history = await listRevisions(t.ctx.db, officerCentrum, assetId);
    expect(history.map((r) => [r.number, r.state])).toEqual([
      [3, 'approved'],
      [2, 'approved'],
      [1, 'approved'],
    ]);
    const first = history.find((r) => r.number === 1);
    const restored = await restoreRevision(as(officerCentrum), first?.id ?? '');
    const asset = await getAsset(t.ctx.db, anonymous(m), assetId);
    expect(asset).toMatchObject({
      title: 'Wandelgroep Marktkwartier',
      summary: 'Elke woensdag een uur wandelen.',
    });
    const after = await listRevisions(t.ctx.db, officerCentrum, assetId);
    expect(after).toHaveLength(4);
    expect(after[0]).toMatchObject({
      id: restored.revisionId,
      number: 4,
      source: 'restore',
      restoredFromId: first?.id,
    });
    expect(after[0]?.snapshot).toEqual(first?.snapshot);
    // Residents cannot restore, not even the owner.
    await expect(restoreRevision(as(henk), first?.id ?? '')).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('editors of another area cannot change the item; others cannot read its history', async () => {
    await expect(updateAsset(as(officerNoord), assetId, { summary: 'x' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(updateAsset(as(partner), assetId, { summary: 'x' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listRevisions(t.ctx.db, partner, assetId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(verifyAsset(as(anonymous(m)), assetId)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('links items to each other and refuses links to unknown items', async () => {
    const library = await createAsset(as(officerCentrum), {
      kind: 'place',
      formality: 'formal',
      title: 'Bibliotheek Centrum',
      areaCode: 'BU99990101',
      locationType: 'address',
      address: { street: 'Markt 12', postalCode: '9999ab', city: 'Voorbeeld' },
      point: { lat: 52.05, lon: 5.63 },
      accessibility: ['wheelchair', 'hearing_loop'],
    });
    await updateAsset(as(officerCentrum), assetId, {
      links: [{ relation: 'located_at', assetId: library.assetId }],
    });
    const asset = await getAsset(t.ctx.db, anonymous(m), assetId);
    expect(asset.links).toEqual([{ relation: 'located_at', assetId: library.assetId }]);
    expect((await getAsset(t.ctx.db, anonymous(m), library.assetId)).address).toEqual({
      street: 'Markt 12',
      postalCode: '9999 AB',
      city: 'Voorbeeld',
    });
    await expect(
      updateAsset(as(officerCentrum), assetId, {
        links: [{ relation: 'located_at', assetId: '00000000-0000-4000-8000-000000000000' }],
      }),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('reports', () => {
  it('hide an item after three different reporters until an editor reviews it', async () => {
    const { assetId } = await createAsset(as(officerCentrum), {
      kind: 'place',
      title: 'Speeltuin Havenbuurt',
      areaCode: 'BU99990102',
    });
    const report = (n: number) =>
      reportAsset(t.ctx, as(anonymous(m), `203.0.113.${n}`), assetId, {
        reason: 'error',
        message: 'Is gesloopt',
      });
    await report(1);
    await report(1); // the same reporter twice counts once
    await report(2);
    expect((await getAsset(t.ctx.db, anonymous(m), assetId)).publiclyVisible).toBe(true);
    const queued = (await listQueue(t.ctx.db, officerCentrum)).reports.find((r) => r.assetId === assetId);
    expect(queued).toMatchObject({ hidden: false });
    expect(queued?.reports).toHaveLength(3);

    await report(3);
    await expect(getAsset(t.ctx.db, anonymous(m), assetId)).rejects.toBeInstanceOf(NotFoundError);
    expect(
      (await listQueue(t.ctx.db, officerCentrum)).reports.find((r) => r.assetId === assetId)?.hidden,
    ).toBe(true);

    await resolveReports(t.ctx, as(officerCentrum), assetId, {
      decision: 'keep',
      reason: 'De speeltuin is er nog.',
    });
    expect((await getAsset(t.ctx.db, anonymous(m), assetId)).publiclyVisible).toBe(true);
    expect((await listQueue(t.ctx.db, officerCentrum)).reports.some((r) => r.assetId === assetId)).toBe(
      false,
    );
  });

  it('hide sooner when the municipality sets a lower threshold', async () => {
    const admin = await demoActor(t.ctx.db, m, 'beheerder@voorbeeld.example');
    const settings = {
      reportHideThreshold: 1,
      verifyAfterMonths: 6,
      graceMonths: 1,
      hideAfterMonths: 3,
      keyPersonRetentionMonths: 24,
      submitterRetentionMonths: 12,
    };
    await expect(updateSocialMapSettings(as(officerCentrum), settings)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      updateSocialMapSettings(as(admin), { ...settings, reportHideThreshold: 0 }),
    ).rejects.toBeInstanceOf(ValidationError);
    await updateSocialMapSettings(as(admin), settings);
    const { assetId } = await createAsset(as(officerCentrum), {
      kind: 'place',
      title: 'Bankje bij de kerk',
      areaCode: 'BU99990103',
    });
    await reportAsset(t.ctx, as(anonymous(m), '203.0.113.77'), assetId, { reason: 'abuse' });
    await expect(getAsset(t.ctx.db, anonymous(m), assetId)).rejects.toBeInstanceOf(NotFoundError);
    await updateSocialMapSettings(as(admin), { ...settings, reportHideThreshold: 3 });
  });

  it('can be acted on by removing the item (archived, not deleted)', async () => {
    const { assetId } = await createAsset(as(officerCentrum), {
      kind: 'group',
      title: 'Oud initiatief',
      areaCode: 'BU99990103',
    });
    await reportAsset(t.ctx, as(anonymous(m), '203.0.113.50'), assetId, {
      reason: 'abuse',
      email: 'melder@example.org',
    });
    await resolveReports(t.ctx, as(officerCentrum), assetId, {
      decision: 'remove',
      reason: 'Bestaat niet meer.',
    });
    await expect(getAsset(t.ctx.db, anonymous(m), assetId)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getAsset(t.ctx.db, officerCentrum, assetId)).status).toBe('archived');
    const mail = await t.ctx.db
      .selectFrom('outbox_messages')
      .select('body_text')
      .where('recipient', '=', 'melder@example.org')
      .executeTakeFirst();
    expect(mail?.body_text).toContain('Bestaat niet meer.');
  });
});

describe('tenancy', () => {
  it("another municipality's actor can never read or change an item", async () => {
    const { assetId, revisionId } = await createAsset(as(officerCentrum), {
      kind: 'place',
      title: 'Buurthuis De Brug',
      areaCode: 'BU99990101',
    });
    await expect(getAsset(t.ctx.db, stranger, assetId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateAsset(as(stranger), assetId, { title: 'Overgenomen' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(restoreRevision(as(stranger), revisionId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      reviewRevision(t.ctx, as(stranger), revisionId, { decision: 'approve' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      reportAsset(t.ctx, as(anonymous(stranger.municipalityId), '203.0.113.99'), assetId, {
        reason: 'abuse',
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await listAssets(t.ctx.db, stranger, { includeHidden: true })).toEqual([]);
    expect((await listQueue(t.ctx.db, stranger)).revisions).toEqual([]);
    expect((await getAsset(t.ctx.db, anonymous(m), assetId)).title).toBe('Buurthuis De Brug');
  });
});
