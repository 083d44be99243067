import type { Db } from '../core/db/database.ts';
import { loadDemo } from '../core/demo/load-demo.ts';
import type { Municipality } from '../core/municipalities/municipality.ts';
import { loadInitiativesDemo } from './initiatives/demo/load-initiatives-demo.ts';
import { loadPlanDemo } from './plan/demo/load-plan-demo.ts';
import { loadSocialMapDemo } from './social-map/demo/load-social-map-demo.ts';

// The whole demo: Gemeente Voorbeeld from the core, then each module's demo content, in order.
// Used by `wijkwerk demo`, the first `npm start`, and the test templates.
export async function loadFullDemo(db: Db, log: (line: string) => void = () => {}): Promise<Municipality> {
  const municipality = await loadDemo(db, log);
  await loadSocialMapDemo(db, log);
  await loadPlanDemo(db, log);
  await loadInitiativesDemo(db, log);
  return municipality;
}
