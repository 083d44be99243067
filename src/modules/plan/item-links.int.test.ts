import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, signedInBrowser } from '../../../test/page-browser.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { anonymous } from '../../core/permissions/actor.ts';
import { createItem } from './create-item.ts';
import { getPlanView } from './get-plan.ts';
import { findNode } from './plan-tree.ts';
import { createSmallPlan, ctxFor, demoEmails, voorbeeldId } from './testing.ts';

// A plan item links to social-map items; the plan names them through the social map's service,
// and never names (or links to) an item the reader may not see.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ template: 'full', pages: true });
});
afterAll(() => t.close());

async function assetId(title: string, status: string): Promise<string> {
  const row = await t.ctx.db
    .selectFrom('social_map_assets' as never)
    .select('id' as never)
    .where('title' as never, '=', title as never)
    .where('status' as never, '=', status as never)
    .executeTakeFirstOrThrow();
  return (row as { id: string }).id;
}

describe('links to social-map items', () => {
  it('shows the title of a public item and leaves out one the reader may not see', async () => {
    const small = await createSmallPlan(t.ctx.db, { title: 'Wijkplan met koppelingen' });
    const published = await assetId('Taalcafé Centrum', 'published');
    const hidden = (
      (await t.ctx.db
        .selectFrom('social_map_assets' as never)
        .select('id' as never)
        .where('status' as never, '=', 'pending' as never)
        .executeTakeFirstOrThrow()) as { id: string }
    ).id;
    const officer = await ctxFor(t.ctx.db, demoEmails.officerNoordhoek);
    const item = await createItem(officer, small.plan.id, {
      parentId: small.actionLine.id,
      title: 'Taalmaatjes in het taalcafé',
      links: [
        { module: 'social_map', refId: published },
        { module: 'social_map', refId: hidden },
      ],
    });
    const view = await getPlanView(
      { db: t.ctx.db, actor: anonymous(await voorbeeldId(t.ctx.db)), meta: {} },
      small.plan.id,
    );
    const links = findNode(view.tree, item.id)?.item.links ?? [];
    expect(links).toHaveLength(2);
    expect(links.find((l) => l.refId === published)).toMatchObject({
      label: 'Taalcafé Centrum',
      href: `/sociale-kaart/${published}`,
    });
    expect(links.find((l) => l.refId === hidden)).toMatchObject({ label: null, href: null });
  });

  it('an editor links an item by pasting its address on the edit page, and removes the link', async () => {
    const small = await createSmallPlan(t.ctx.db, { title: 'Wijkplan met geplakte koppeling' });
    const published = await assetId('Taalcafé Centrum', 'published');
    const b = await signedInBrowser(t, demoEmails.officerNoordhoek, 'demo-noordoost-2026');
    const edit = `/wijkplannen/${small.plan.id}/onderdelen/${small.welfareIntervention.id}/bewerken`;
    const bad = await b.submit(edit, { intent: 'link-add', reference: 'Taalcafé Centrum' });
    expect(bad.status).toBe(400);
    expect(pageText(await bad.text())).toContain('Plak het adres van een item op de sociale kaart');
    const unknown = await b.submit(edit, {
      intent: 'link-add',
      reference: 'https://wijkwerk.voorbeeld.nl/sociale-kaart/00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(400);
    const ok = await b.submit(edit, {
      intent: 'link-add',
      reference: `https://wijkwerk.voorbeeld.nl/sociale-kaart/${published}`,
    });
    expect(ok.status).toBe(302);
    const page = await (await b.get(edit)).text();
    expect(page).toContain(`href="/sociale-kaart/${published}"`);
    expect(pageText(page)).toContain('Koppeling met Taalcafé Centrum verwijderen');
    const removed = await b.submit(edit, { intent: 'link-remove', refId: published });
    expect(removed.status).toBe(302);
    expect(pageText(await (await b.get(edit)).text())).toContain('Nog geen koppelingen.');
  });
});
