import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { NotFoundError } from '../../../core/errors.ts';
import { type Actor, anonymous } from '../../../core/permissions/actor.ts';
import { hasAssets } from '../assets.repository.ts';
import { trigramSimilarity } from '../duplicates.ts';
import { getAsset } from '../get-asset.ts';
import { listAssets } from '../list-assets.ts';
import { listQueue } from '../list-queue.ts';
import { smDb } from '../social-map.tables.ts';
import { demoActor, voorbeeldId } from '../testing.ts';
import { loadSocialMapDemo, SocialMapDemoAlreadyLoadedError } from './load-social-map-demo.ts';

let t: TestApp;
let m: string;
let coordinator: Actor;

beforeAll(async () => {
  t = await createTestApp();
  m = await voorbeeldId(t.ctx.db);
  // The demo template may already carry the social map (when the lead wires it into loadDemo).
  if (!(await hasAssets(smDb(t.ctx.db), m))) await loadSocialMapDemo(t.ctx.db);
  coordinator = await demoActor(t.ctx.db, m, 'coordinator@voorbeeld.example');
});
afterAll(() => t.close());

describe('social map demo of Gemeente Voorbeeld', () => {
  it('fills every wijk with formal and informal items of every kind', async () => {
    const all = await listAssets(t.ctx.db, coordinator, { includeHidden: true, limit: 500 });
    expect(all.length).toBeGreaterThanOrEqual(60);
    const wijken = new Set(all.map((a) => a.area.path.split('/')[1]).filter(Boolean));
    expect([...wijken].sort()).toEqual(['WK999901', 'WK999902', 'WK999903', 'WK999904']);
    expect(new Set(all.map((a) => a.kind))).toEqual(
      new Set(['place', 'offering', 'group', 'activity', 'key_person']),
    );
    expect(new Set(all.map((a) => a.formality))).toEqual(new Set(['formal', 'informal']));
    const recurring = all.filter((a) => a.schedules.some((s) => s.rrule));
    expect(recurring.length).toBeGreaterThanOrEqual(25);
    const taalcafe = all.find((a) => a.title === 'Taalcafé Centrum');
    const library = all.find((a) => a.title === 'Bibliotheek Voorbeeld, vestiging Centrum');
    expect(taalcafe?.links).toEqual([{ relation: 'located_at', assetId: library?.id }]);
  });

  it('shows the consented key person to everyone and the other to staff only', async () => {
    const publicTitles = (await listAssets(t.ctx.db, anonymous(m), { kind: 'key_person' })).map(
      (a) => a.title,
    );
    expect(publicTitles).toEqual(['Ria Hendriks']);
    const samir = (await listAssets(t.ctx.db, coordinator, { kind: 'key_person', includeHidden: true })).find(
      (a) => a.title === 'Samir Bouzid',
    );
    expect(samir?.publicationConsent).toBe(false);
    await expect(getAsset(t.ctx.db, anonymous(m), samir?.id ?? '')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('has work waiting in the queues: submissions, a flagged duplicate, a proposal, reports, stale items', async () => {
    const noord = await listQueue(
      t.ctx.db,
      await demoActor(t.ctx.db, m, 'wijkambtenaar.noordoost@voorbeeld.example'),
    );
    const titles = noord.revisions.map((r) => r.assetTitle);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Jeu de boules Parkzoom',
        'Buurtbarbecue Vogelbuurt',
        'Koffie-ochtend De Schakel',
      ]),
    );
    expect(
      noord.revisions
        .find((r) => r.assetTitle === 'Koffie-ochtend De Schakel')
        ?.possibleDuplicates.map((d) => d.title),
    ).toEqual(['Koffieochtend De Schakel']);
    const proposal = noord.revisions.find((r) => r.assetTitle === 'Buurt-WhatsApp Klaverblad');
    expect(proposal?.changes.map((c) => c.field)).toEqual(['summary', 'targetGroups']);

    const all = await listQueue(t.ctx.db, coordinator);
    expect(all.reports.find((r) => r.assetTitle === 'Speeltuin Hooiland')).toMatchObject({ hidden: false });
    expect(all.stale.map((s) => s.title)).toContain('Kledingruil Kerkstraatbuurt');
    const publicList = await listAssets(t.ctx.db, anonymous(m), { limit: 500 });
    expect(publicList.find((a) => a.title === 'Wandelgroep Marktkwartier')?.freshness).toBe(
      'possibly_outdated',
    );
    expect(publicList.some((a) => a.title === 'Kledingruil Kerkstraatbuurt')).toBe(false);
  });

  it('refuses to load twice', async () => {
    await expect(loadSocialMapDemo(t.ctx.db)).rejects.toBeInstanceOf(SocialMapDemoAlreadyLoadedError);
  });

  it("uses a trigram similarity that matches PostgreSQL's", async () => {
    const pairs = [
      ['Koffieochtend De Schakel', 'Koffie-ochtend De Schakel'],
      ['Wandelgroep Oosterpark', 'Wandelgroep Oosterpark 55+'],
      ['Repair Cafe Centrum', 'Taalcafe Centrum'],
    ] as const;
    for (const [a, b] of pairs) {
      const row = await sql<{ s: number }>`select similarity(${a}, ${b}) as s`.execute(t.ctx.db);
      expect(trigramSimilarity(a, b)).toBeCloseTo(Number(row.rows[0]?.s), 5);
    }
  });
});
