import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousJson, bearerFor, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { createSmallPlan, demoEmails, organisationId } from '../testing.ts';

let t: TestApp;
let department: Record<string, string>;
let officerCentrum: Record<string, string>;
let officerNoordhoek: Record<string, string>;
let corporation: Record<string, string>;
let resident: Record<string, string>;
let planId: string;

beforeAll(async () => {
  t = await createTestApp();
  department = jsonWith(await bearerFor(t, demoEmails.department));
  officerCentrum = jsonWith(await bearerFor(t, demoEmails.officerCentrum));
  officerNoordhoek = jsonWith(await bearerFor(t, demoEmails.officerNoordhoek));
  corporation = jsonWith(await bearerFor(t, demoEmails.corporation));
  resident = jsonWith(await bearerFor(t, demoEmails.resident));
  planId = (await createSmallPlan(t.ctx.db)).plan.id;
});
afterAll(() => t.close());

const request = {
  title: 'Herinrichting Molenstraat',
  proposal:
    'Openbare Ruimte wil de Molenstraat in 2027 opnieuw inrichten: minder parkeerplaatsen, meer groen en een veilige oversteek bij de school.',
  question: 'Wat betekent dit voor de wijk, en wie moeten we zeker spreken?',
  areaCodes: ['WK999901', 'WK999902'],
  answerBy: '2099-03-01',
};

async function post(body: unknown, headers: Record<string, string>) {
  return t.request('/api/v1/neighbourhood-checks', { method: 'POST', headers, body: JSON.stringify(body) });
}

async function answer(id: string, areaCode: string, body: unknown, headers: Record<string, string>) {
  return t.request(`/api/v1/neighbourhood-checks/${id}/answers/${areaCode}`, {
    method: 'PUT',
    headers,
    body: JSON.stringify(body),
  });
}

async function count(): Promise<number> {
  const page = await (
    await t.request('/api/v1/neighbourhood-checks?limit=200', { headers: department })
  ).json();
  return page.items.length;
}

describe('wijktoets', () => {
  let checkId: string;

  it('lets a department ask the officers of two areas about a proposal for a plan', async () => {
    const res = await post({ ...request, planId }, department);
    expect(res.status).toBe(201);
    const check = await res.json();
    checkId = check.id;
    expect(check.requestingOrganisation.name).toBe('Afdeling Openbare Ruimte');
    expect(check.requestedBy.name).toBe('Priya Ramdin');
    expect(check.plan.id).toBe(planId);
    expect(check.status).toBe('open');
    expect(
      check.areas.map((a: { area: { code: string }; verdict: null }) => [a.area.code, a.verdict]),
    ).toEqual([
      ['WK999901', null],
      ['WK999902', null],
    ]);
  });

  it('lets each area’s officer answer for their own area only', async () => {
    const body = {
      verdict: 'supports_with_conditions',
      answer: 'Goed plan; betrek de Bewonersvereniging Noordhoek.',
    };
    expect((await answer(checkId, 'WK999902', body, officerCentrum)).status).toBe(403);
    // A partner may not read the check at all.
    expect((await answer(checkId, 'WK999902', body, corporation)).status).toBe(404);
    expect((await answer(checkId, 'WK999903', body, officerNoordhoek)).status).toBe(404);
    expect(
      (await answer(checkId, 'WK999902', { verdict: 'maybe', answer: '' }, officerNoordhoek)).status,
    ).toBe(400);

    const noord = await answer(checkId, 'WK999902', body, officerNoordhoek);
    expect(noord.status).toBe(200);
    expect((await noord.json()).status).toBe('open');
    const centrum = await answer(
      checkId,
      'WK999901',
      { verdict: 'no_impact', answer: 'De Molenstraat ligt buiten het centrum.' },
      officerCentrum,
    );
    const done = await centrum.json();
    expect(done.status).toBe('answered');
    const noordhoek = done.areas.find((a: { area: { code: string } }) => a.area.code === 'WK999902');
    expect(noordhoek).toMatchObject({
      verdict: 'supports_with_conditions',
      answer: body.answer,
      answeredBy: { name: 'Daan Visser' },
    });
  });

  it('shows the answer in the plan’s area, its neighbourhoods and the plan', async () => {
    const codes = async (query: string) =>
      (
        await (await t.request(`/api/v1/neighbourhood-checks?${query}`, { headers: officerNoordhoek })).json()
      ).items.map((c: { id: string }) => c.id);
    expect(await codes('area=WK999902')).toContain(checkId);
    expect(await codes('area=BU99990201')).toContain(checkId);
    expect(await codes('area=WK999903')).not.toContain(checkId);
    expect(await codes(`planId=${planId}`)).toContain(checkId);
    expect(
      (await t.request('/api/v1/neighbourhood-checks?area=XX000', { headers: officerNoordhoek })).status,
    ).toBe(400);
  });

  it('is internal: residents and partners do not see it', async () => {
    expect((await t.request('/api/v1/neighbourhood-checks', { headers: resident })).status).toBe(403);
    expect(
      (await t.request(`/api/v1/neighbourhood-checks/${checkId}`, { headers: corporation })).status,
    ).toBe(404);
    expect((await t.request('/api/v1/neighbourhood-checks', { headers: anonymousJson(t) })).status).toBe(401);
  });

  it('refuses bad requests and other departments’ names, writing nothing', async () => {
    const before = await count();
    const empty = await post({ ...request, areaCodes: [], answerBy: 'morgen' }, department);
    expect(empty.status).toBe(400);
    expect((await empty.json()).invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      'answerBy',
      'areaCodes',
    ]);
    const past = await post(
      { ...request, areaCodes: ['WK999902', 'XX0000'], answerBy: '2020-01-01' },
      department,
    );
    expect(past.status).toBe(400);
    expect((await past.json()).invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      'answerBy',
      'areaCodes',
    ]);
    const social = await organisationId(t.ctx.db, 'Afdeling Sociaal Domein');
    expect((await post({ ...request, requestingOrganisationId: social }, department)).status).toBe(403);
    expect((await post(request, corporation)).status).toBe(403);
    expect((await post(request, officerNoordhoek)).status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('is closed by the requester; a closed check takes no answers', async () => {
    expect(
      (
        await t.request(`/api/v1/neighbourhood-checks/${checkId}/close`, {
          method: 'POST',
          headers: officerCentrum,
        })
      ).status,
    ).toBe(403);
    const closed = await t.request(`/api/v1/neighbourhood-checks/${checkId}/close`, {
      method: 'POST',
      headers: department,
    });
    expect(closed.status).toBe(200);
    expect((await closed.json()).status).toBe('closed');
    const late = await answer(
      checkId,
      'WK999902',
      { verdict: 'concerns', answer: 'Toch zorgen.' },
      officerNoordhoek,
    );
    expect(late.status).toBe(409);
  });
});
