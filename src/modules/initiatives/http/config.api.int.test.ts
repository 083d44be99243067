import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousJson, bearerFor, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { residentMessage } from '../config/resident-message.ts';
import { routeItem } from '../config/route-item.ts';
import { createInitiativesFixture, demoEmails, type InitiativesFixture, personId } from '../testing.ts';

// The configuration API through the real HTTP app: kinds, categories, routing rules (order,
// moves, "where would this go?"), settings and texts to residents. Only administrators and
// coordinators change anything; bad input is a 400 problem with invalidParams, never a 500;
// versions give 409/412; routeItem and residentMessage (used by the other parts) follow.

let t: TestApp;
let f: InitiativesFixture;
let admin: Record<string, string>;
let coordinator: Record<string, string>;
let department: Record<string, string>; // Priya Ramdin, Afdeling Openbare Ruimte
let resident: Record<string, string>;
let priya: string;
let residentOrganisation: string;
const api = '/api/v1/initiatives';

beforeAll(async () => {
  t = await createTestApp();
  f = await createInitiativesFixture(t.ctx.db);
  admin = await bearerFor(t, demoEmails.admin);
  coordinator = await bearerFor(t, demoEmails.coordinator);
  department = await bearerFor(t, demoEmails.department);
  resident = await bearerFor(t, demoEmails.resident);
  priya = await personId(t.ctx.db, demoEmails.department);
  residentOrganisation = (
    await t.ctx.db
      .selectFrom('organisations')
      .select('id')
      .where('municipality_id', '=', f.municipalityId)
      .where('kind', '=', 'resident_organisation')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => t.close());

const send = (method: string, path: string, auth: Record<string, string>, body?: unknown, headers = {}) =>
  t.request(`${api}${path}`, {
    method,
    headers: { ...jsonWith(auth), ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
const get = (path: string, auth: Record<string, string> = {}) =>
  t.request(`${api}${path}`, { headers: auth });

async function expectProblem(res: Response, status: number, fields: string[] = []) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const body = (await res.json()) as {
    invalidParams?: Array<{ name: string; reason: string; code: string }>;
  };
  for (const field of fields) expect(body.invalidParams?.map((p) => p.name)).toContain(field);
  return body;
}

async function auditActions(prefix: string): Promise<string[]> {
  const rows = await t.ctx.db
    .selectFrom('audit_log')
    .select('action')
    .where('action', 'like', `${prefix}%`)
    .execute();
  return rows.map((r) => r.action);
}

describe('kinds and categories', () => {
  it('anyone reads the active kinds and categories in order, with owners and handling times', async () => {
    const kinds = (await (await get('/kinds')).json()) as { items: Array<{ code: string }> };
    expect(kinds.items.map((k) => k.code)).toEqual(['idea', 'initiative', 'signal', 'question']);
    const signals = (await (await get(`/categories?kindId=${f.kinds.signal}`)).json()) as {
      items: Array<{
        code: string;
        ownerOrganisation: { id: string };
        handlingDays: number;
        dayType: string;
      }>;
    };
    expect(signals.items.map((c) => c.code)).toEqual(['losse-tegel', 'zwerfafval']);
    expect(signals.items[1]).toMatchObject({
      ownerOrganisation: { id: f.organisations.publicSpace },
      handlingDays: 10,
      dayType: 'calendar',
    });
    const one = await get(`/categories/${f.categories.neighbourhoodInitiative}`);
    expect(one.status).toBe(200);
    expect(one.headers.get('ETag')).toBe('"v1"');
    expect(await one.json()).toMatchObject({ kindCode: 'initiative', budgetRequest: true });
  });

  it('a coordinator adds a kind and a category with extra questions; the code is fixed', async () => {
    const kind = await send('POST', '/kinds', coordinator, {
      code: 'compliment',
      name: 'Compliment',
      nameEn: 'Compliment',
      description: 'Iets wat goed ging in de buurt.',
    });
    expect(kind.status).toBe(201);
    const k = (await kind.json()) as { id: string; position: number; active: boolean };
    expect(k).toMatchObject({ position: 5, active: true });

    const created = await send('POST', '/categories', coordinator, {
      code: 'compliment-groen',
      kindId: k.id,
      name: 'Compliment voor het groen',
      nameEn: 'Compliment for the green',
      help: 'Een mooie plantsoen of een goed onderhouden park.',
      ownerOrganisationId: f.organisations.publicSpace,
      handlingDays: 10,
      keywords: ['groen', 'park'],
      attributes: [
        {
          code: 'plek',
          datatype: 'singlevaluelist',
          required: true,
          description: 'Waar is het?',
          values: [
            { key: 'park', name: 'Park' },
            { key: 'straat', name: 'Straat' },
          ],
        },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('ETag')).toBe('"v1"');
    const c = (await created.json()) as {
      id: string;
      attributes: unknown[];
      position: number;
      dayType: string;
    };
    expect(c).toMatchObject({ position: 1, dayType: 'working' });
    expect(c.attributes).toHaveLength(1);

    const again = await send('POST', '/categories', coordinator, {
      code: 'compliment-groen',
      kindId: k.id,
      name: 'Nog een',
      ownerOrganisationId: f.organisations.publicSpace,
      handlingDays: 5,
    });
    await expectProblem(again, 400, ['code']);

    const renamed = await send(
      'PATCH',
      `/categories/${c.id}`,
      admin,
      { name: 'Compliment groen', code: 'x' },
      {
        'If-Match': '"v1"',
      },
    );
    expect(renamed.status).toBe(200);
    expect(renamed.headers.get('ETag')).toBe('"v2"');
    expect(await renamed.json()).toMatchObject({ name: 'Compliment groen', code: 'compliment-groen' });
    expect(await auditActions('initiatives.category.')).toEqual(
      expect.arrayContaining(['initiatives.category.create', 'initiatives.category.update']),
    );
  });

  it('a stale version: If-Match → 412, version in the body → 409; nothing changes', async () => {
    const id = f.categories.careQuestion;
    expect(
      (await send('PATCH', `/categories/${id}`, coordinator, { handlingDays: 7, version: 1 })).status,
    ).toBe(200);
    await expectProblem(
      await send('PATCH', `/categories/${id}`, coordinator, { handlingDays: 9 }, { 'If-Match': '"v1"' }),
      412,
    );
    await expectProblem(
      await send('PATCH', `/categories/${id}`, coordinator, { handlingDays: 9, version: 1 }),
      409,
    );
    await expectProblem(await send('PATCH', `/categories/${id}`, coordinator, { handlingDays: 9 }), 400, [
      'version',
    ]);
    const now = (await (await get(`/categories/${id}`)).json()) as { handlingDays: number; version: number };
    expect(now).toMatchObject({ handlingDays: 7, version: 2 });
  });

  it('bad input is a 400 with the fields named, never a 500', async () => {
    const base = {
      code: 'goed',
      kindId: f.kinds.signal,
      name: 'Goed',
      ownerOrganisationId: f.organisations.publicSpace,
      handlingDays: 5,
    };
    await expectProblem(
      await send('POST', '/categories', coordinator, { ...base, code: 'Niet Goed!' }),
      400,
      ['code'],
    );
    await expectProblem(await send('POST', '/categories', coordinator, { ...base, handlingDays: 0 }), 400, [
      'handlingDays',
    ]);
    await expectProblem(
      await send('POST', '/categories', coordinator, { ...base, handlingDays: 'vijf' }),
      400,
      ['handlingDays'],
    );
    await expectProblem(
      await send('POST', '/categories', coordinator, {
        ...base,
        kindId: '00000000-0000-4000-8000-000000000000',
      }),
      400,
      ['kindId'],
    );
    await expectProblem(
      await send('POST', '/categories', coordinator, { ...base, ownerOrganisationId: residentOrganisation }),
      400,
      ['ownerOrganisationId'],
    );
    await expectProblem(
      await send('POST', '/categories', coordinator, {
        ...base,
        attributes: [{ code: 'keuze', datatype: 'multivaluelist', description: 'Welke?' }],
      }),
      400,
      ['attributes.0.values'],
    );
    await expectProblem(
      await send('POST', '/categories', coordinator, {
        ...base,
        attributes: [
          { code: 'a', datatype: 'string', description: 'Een' },
          { code: 'a', datatype: 'number', description: 'Twee' },
        ],
      }),
      400,
      ['attributes.1.code'],
    );
    await expectProblem(await send('POST', '/categories', coordinator, '{"code": '), 400);
    await expectProblem(await send('POST', '/kinds', coordinator, { code: 'x', name: '' }), 400, [
      'code',
      'name',
    ]);
    await expectProblem(await get('/categories/niet-een-id'), 400);
    await expectProblem(await get('/categories/00000000-0000-4000-8000-000000000000'), 404);
  });

  it('only administrators and coordinators change the configuration', async () => {
    const body = { code: 'verboden', name: 'Verboden' };
    await expectProblem(await send('POST', '/kinds', department, body), 403);
    await expectProblem(await send('POST', '/kinds', resident, body), 403);
    const anon = await t.request(`${api}/kinds`, {
      method: 'POST',
      headers: anonymousJson(t),
      body: JSON.stringify(body),
    });
    await expectProblem(anon, 401);
    await expectProblem(
      await send('PATCH', `/categories/${f.categories.pavement}`, department, {
        handlingDays: 1,
        version: 1,
      }),
      403,
    );
    const readOnly = await bearerFor(t, demoEmails.coordinator, ['read']);
    await expectProblem(await send('POST', '/kinds', readOnly, body), 403);
    expect((await get('/kinds?includeInactive=true')).status).toBe(200);
  });
});

describe('routing rules', () => {
  let noordhoekRule: string;
  let priyaRule: string;

  it('rules are added at the end; the first match wins; no match → the category owner', async () => {
    // Overlast in a portiek in Noordhoek (WK999902) goes to the housing association.
    const first = await send('POST', '/routing-rules', coordinator, {
      categoryId: f.categories.pavement,
      areaCode: 'WK999902',
      targetOrganisationId: f.organisations.housing,
      note: 'Stoepen van de woonstichting in Noordhoek',
    });
    expect(first.status).toBe(201);
    noordhoekRule = ((await first.json()) as { id: string }).id;
    const second = await send('POST', '/routing-rules', coordinator, {
      kindId: f.kinds.signal,
      targetOrganisationId: f.organisations.publicSpace,
      targetPersonId: priya,
    });
    expect(second.status).toBe(201);
    priyaRule = ((await second.json()) as { id: string }).id;

    const list = (await (await get('/routing-rules', department)).json()) as {
      items: Array<{ id: string; position: number; area: { code: string } | null }>;
    };
    expect(list.items.map((r) => [r.id, r.position])).toEqual([
      [noordhoekRule, 1],
      [priyaRule, 2],
    ]);

    const m = f.municipalityId;
    const noorderhof = await t.ctx.db
      .selectFrom('areas')
      .select('path')
      .where('code', '=', 'BU99990202')
      .executeTakeFirstOrThrow();
    const centrum = await t.ctx.db
      .selectFrom('areas')
      .select('path')
      .where('code', '=', 'BU99990101')
      .executeTakeFirstOrThrow();
    expect(
      await routeItem(t.ctx.db, m, {
        kindId: f.kinds.signal,
        categoryId: f.categories.pavement,
        areaPath: noorderhof.path,
      }),
    ).toEqual({ organisationId: f.organisations.housing, personId: null, ruleId: noordhoekRule });
    expect(
      await routeItem(t.ctx.db, m, {
        kindId: f.kinds.signal,
        categoryId: f.categories.pavement,
        areaPath: centrum.path,
      }),
    ).toEqual({ organisationId: f.organisations.publicSpace, personId: priya, ruleId: priyaRule });
    expect(
      await routeItem(t.ctx.db, m, {
        kindId: f.kinds.idea,
        categoryId: f.categories.smallIdea,
        areaPath: centrum.path,
      }),
    ).toEqual({ organisationId: f.organisations.wijkzaken, personId: null, ruleId: null });
  });

  it('"where would this go?" explains the rule or the category owner', async () => {
    const byRule = await send('POST', '/routing-rules/test', department, {
      categoryId: f.categories.pavement,
      areaCode: 'BU99990202',
    });
    expect(byRule.status).toBe(200);
    expect(await byRule.json()).toMatchObject({
      organisation: { id: f.organisations.housing },
      rule: { id: noordhoekRule, position: 1 },
      area: { code: 'BU99990202' },
    });
    const byOwner = (await (
      await send('POST', '/routing-rules/test', coordinator, {
        categoryId: f.categories.careQuestion,
        areaCode: 'BU99990101',
      })
    ).json()) as { organisation: { id: string }; rule: unknown };
    expect(byOwner).toMatchObject({ organisation: { id: f.organisations.socialDomain }, rule: null });
    await expectProblem(
      await send('POST', '/routing-rules/test', coordinator, {
        categoryId: f.categories.pavement,
        areaCode: 'XX',
      }),
      400,
      ['areaCode'],
    );
    await expectProblem(
      await send('POST', '/routing-rules/test', resident, {
        categoryId: f.categories.pavement,
        areaCode: 'BU99990202',
      }),
      403,
    );
  });

  it('moving and reordering change which rule wins', async () => {
    const moved = await send('POST', `/routing-rules/${priyaRule}/moves`, coordinator, { direction: 'up' });
    expect(moved.status).toBe(200);
    const items = ((await moved.json()) as { items: Array<{ id: string; position: number }> }).items;
    expect(items.map((r) => r.id)).toEqual([priyaRule, noordhoekRule]);
    const test = (await (
      await send('POST', '/routing-rules/test', coordinator, {
        categoryId: f.categories.pavement,
        areaCode: 'BU99990202',
      })
    ).json()) as { rule: { id: string } };
    expect(test.rule.id).toBe(priyaRule);

    // Moving the top rule up changes nothing.
    const top = await send('POST', `/routing-rules/${priyaRule}/moves`, coordinator, { direction: 'up' });
    expect(((await top.json()) as { items: Array<{ id: string }> }).items[0]?.id).toBe(priyaRule);

    await expectProblem(
      await send('PUT', '/routing-rules/order', coordinator, { ruleIds: [priyaRule] }),
      400,
      ['ruleIds'],
    );
    const reordered = await send('PUT', '/routing-rules/order', coordinator, {
      ruleIds: [noordhoekRule, priyaRule],
    });
    expect(((await reordered.json()) as { items: Array<{ id: string }> }).items.map((r) => r.id)).toEqual([
      noordhoekRule,
      priyaRule,
    ]);
    await expectProblem(
      await send('POST', `/routing-rules/${priyaRule}/moves`, department, { direction: 'down' }),
      403,
    );
  });

  it('checks the conditions and the target; versions; delete closes ranks', async () => {
    await expectProblem(
      await send('POST', '/routing-rules', coordinator, {
        kindId: f.kinds.idea,
        categoryId: f.categories.pavement,
        targetOrganisationId: f.organisations.publicSpace,
      }),
      400,
      ['categoryId'],
    );
    await expectProblem(
      await send('POST', '/routing-rules', coordinator, {
        targetOrganisationId: f.organisations.socialDomain,
        targetPersonId: priya,
      }),
      400,
      ['targetPersonId'],
    );
    await expectProblem(
      await send('POST', '/routing-rules', coordinator, {
        areaCode: 'WK000000',
        targetOrganisationId: 'geen-id',
      }),
      400,
      ['targetOrganisationId'],
    );
    await expectProblem(
      await send('POST', '/routing-rules', coordinator, {
        areaCode: 'WK000000',
        targetOrganisationId: f.organisations.housing,
      }),
      400,
      ['areaCode'],
    );

    const rule = await get(`/routing-rules/${noordhoekRule}`, coordinator);
    const etag = rule.headers.get('ETag') ?? '';
    const changed = await send(
      'PATCH',
      `/routing-rules/${noordhoekRule}`,
      coordinator,
      { active: false },
      { 'If-Match': etag },
    );
    expect(changed.status).toBe(200);
    await expectProblem(
      await send(
        'PATCH',
        `/routing-rules/${noordhoekRule}`,
        coordinator,
        { active: true },
        { 'If-Match': etag },
      ),
      412,
    );
    // Inactive rules do not route.
    const test = (await (
      await send('POST', '/routing-rules/test', coordinator, {
        categoryId: f.categories.pavement,
        areaCode: 'BU99990202',
      })
    ).json()) as { rule: { id: string } };
    expect(test.rule.id).toBe(priyaRule);

    await expectProblem(await send('DELETE', `/routing-rules/${noordhoekRule}`, department), 403);
    await expectProblem(
      await send('DELETE', `/routing-rules/${noordhoekRule}`, coordinator, undefined, { 'If-Match': etag }),
      412,
    );
    expect((await send('DELETE', `/routing-rules/${noordhoekRule}`, coordinator)).status).toBe(204);
    const left = (await (await get('/routing-rules', coordinator)).json()) as {
      items: Array<{ id: string; position: number }>;
    };
    expect(left.items.map((r) => [r.id, r.position])).toEqual([[priyaRule, 1]]);
    expect((await get(`/routing-rules/${noordhoekRule}`, coordinator)).status).toBe(404);
    expect(await auditActions('initiatives.routing_rule.')).toEqual(
      expect.arrayContaining([
        'initiatives.routing_rule.create',
        'initiatives.routing_rule.move',
        'initiatives.routing_rule.reorder',
        'initiatives.routing_rule.update',
        'initiatives.routing_rule.delete',
      ]),
    );
  });

  it('residents and the public do not see the rules', async () => {
    await expectProblem(await get('/routing-rules', resident), 403);
    await expectProblem(await get('/routing-rules'), 401);
  });
});

describe('settings', () => {
  it('defaults until saved; the first save starts from version 0; stale saves conflict', async () => {
    const first = await get('/settings');
    expect(first.headers.get('ETag')).toBe('"v0"');
    expect(await first.json()).toMatchObject({
      liberationDayOff: false,
      escalationWorkingDays: 5,
      reopenDays: 14,
      retentionDays: 365,
      publicMap: false,
      version: 0,
    });
    await expectProblem(await send('PATCH', '/settings', department, { publicMap: true, version: 0 }), 403);
    await expectProblem(
      await send('PATCH', '/settings', coordinator, { retentionDays: 10, version: 0 }),
      400,
      ['retentionDays'],
    );
    await expectProblem(
      await send('PATCH', '/settings', coordinator, { reopenDays: 'veel', version: 0 }),
      400,
      ['reopenDays'],
    );
    const saved = await send(
      'PATCH',
      '/settings',
      coordinator,
      { liberationDayOff: true, publicMap: true },
      { 'If-Match': '"v0"' },
    );
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({
      liberationDayOff: true,
      publicMap: true,
      reopenDays: 14,
      version: 1,
    });
    await expectProblem(await send('PATCH', '/settings', admin, { publicMap: false, version: 0 }), 409);
    await expectProblem(
      await send('PATCH', '/settings', admin, { publicMap: false }, { 'If-Match': '"v0"' }),
      412,
    );
    const again = await send('PATCH', '/settings', admin, { escalationWorkingDays: 3, version: 1 });
    expect(await again.json()).toMatchObject({ escalationWorkingDays: 3, publicMap: true, version: 2 });
    expect(await auditActions('initiatives.settings.')).toHaveLength(2);
  });
});

describe('texts to residents', () => {
  it('every event in both languages; an own text replaces the built-in one until reset', async () => {
    const list = (await (await get('/message-templates', department)).json()) as {
      items: Array<{ event: string; locale: string; custom: boolean }>;
    };
    expect(list.items).toHaveLength(24);
    expect(list.items.every((i) => !i.custom)).toBe(true);

    const builtIn = await residentMessage(t.ctx.db, f.municipalityId, 'question', 'nl', {
      reference: 'M-2026-000001',
      title: 'Bankje',
      question: 'Welke kleur?',
      link: 'https://x.example/v',
    });
    expect(builtIn.subject).toContain('M-2026-000001');
    expect(builtIn.body).toContain('Welke kleur?');
    expect(builtIn.body).not.toMatch(/\{\w+\}/);

    await expectProblem(
      await send('PUT', '/message-templates/question/nl', coordinator, {
        subject: 'Vraag {nummer}',
        body: 'Hoi',
      }),
      400,
      ['subject'],
    );
    await expectProblem(
      await send('PUT', '/message-templates/question/nl', coordinator, {
        subject: 'Twee\nregels',
        body: 'Hoi',
      }),
      400,
      ['subject'],
    );
    await expectProblem(
      await send('PUT', '/message-templates/onbekend/nl', coordinator, { subject: 'a', body: 'b' }),
      400,
    );
    await expectProblem(
      await send('PUT', '/message-templates/question/nl', department, { subject: 'a', body: 'b' }),
      403,
    );

    const saved = await send('PUT', '/message-templates/question/nl', coordinator, {
      subject: 'Gemeente Voorbeeld heeft een vraag ({reference})',
      body: 'Beste melder,\n\n{question}\n\nAntwoorden kan hier: {link}',
    });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ custom: true, event: 'question', locale: 'nl' });
    const own = await residentMessage(t.ctx.db, f.municipalityId, 'question', 'nl', {
      reference: 'M-2026-000001',
      question: 'Welke kleur?',
      link: 'https://x.example/v',
    });
    expect(own).toEqual({
      subject: 'Gemeente Voorbeeld heeft een vraag (M-2026-000001)',
      body: 'Beste melder,\n\nWelke kleur?\n\nAntwoorden kan hier: https://x.example/v',
    });
    // English residents still get the built-in English text.
    const english = await residentMessage(t.ctx.db, f.municipalityId, 'question', 'en', {
      question: 'Which?',
    });
    expect(english.body).toContain('We have a question');

    const preview = await send('POST', '/message-templates/done/en/preview', department, {
      subject: 'Done: {reference}',
      body: '{title} is done. {answer}',
    });
    expect(await preview.json()).toMatchObject({ subject: 'Done: M-2026-000123' });

    expect((await send('DELETE', '/message-templates/question/nl', coordinator)).status).toBe(204);
    const back = await residentMessage(t.ctx.db, f.municipalityId, 'question', 'nl', { question: 'Q' });
    expect(back.subject).toBe(builtIn.subject.replace('M-2026-000001', ''));
    expect(await auditActions('initiatives.message_template.')).toEqual([
      'initiatives.message_template.save',
      'initiatives.message_template.reset',
    ]);
  });
});

describe('the OpenAPI document', () => {
  it('describes the configuration endpoints', async () => {
    const res = await t.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { paths: Record<string, unknown> };
    for (const path of [
      '/initiatives/kinds',
      '/initiatives/categories/{id}',
      '/initiatives/routing-rules',
      '/initiatives/routing-rules/test',
      '/initiatives/routing-rules/order',
      '/initiatives/routing-rules/{id}/moves',
      '/initiatives/settings',
      '/initiatives/message-templates/{event}/{locale}',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
  });
});
