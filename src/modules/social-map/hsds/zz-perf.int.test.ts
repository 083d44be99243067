import { it } from 'vitest';
import { createTestApp } from '../../../../test/test-app.ts';
import { demoActor, voorbeeldId } from '../testing.ts';
import { importHsds } from './import-hsds.ts';

it('perf', async () => {
  const t = await createTestApp();
  const m = await voorbeeldId(t.ctx.db);
  const actor = await demoActor(t.ctx.db, m, 'coordinator@voorbeeld.example');
  const n = 2000;
  const json = Array.from({ length: n }, (_, i) => ({
    id: `svc-${i}`,
    name: `Dienst nummer ${i} ${Math.random().toString(36).slice(2, 8)}`,
    status: 'active',
    description: 'Iets voor de buurt.',
    organization: { id: `org-${i % 50}`, name: `Organisatie ${i % 50}` },
    schedules: [{ id: `s${i}`, freq: 'WEEKLY', byday: 'MO', dtstart: '2026-01-05', opens_at: '10:00', closes_at: '11:00' }],
  }));
  let t0 = Date.now();
  await importHsds({ db: t.ctx.db, actor, meta: {} }, { json }, { dryRun: true });
  console.log('dry', n, Date.now() - t0, 'ms');
  t0 = Date.now();
  const r = await importHsds({ db: t.ctx.db, actor, meta: {} }, { json });
  console.log('real', r.created, Date.now() - t0, 'ms');
  t0 = Date.now();
  const r2 = await importHsds({ db: t.ctx.db, actor, meta: {} }, { json });
  console.log('again', r2.unchanged, Date.now() - t0, 'ms');
  await t.close();
}, 600_000);
