import { buildPgliteTemplates, buildServerTemplates } from './templates.ts';

export default async function setup() {
  const started = Date.now();
  await buildPgliteTemplates();
  if (process.env.TEST_DATABASE_URL) await buildServerTemplates(process.env.TEST_DATABASE_URL);
  console.log(
    `test templates ready in ${Date.now() - started} ms${process.env.TEST_DATABASE_URL ? ' (PGlite and PostgreSQL)' : ' (PGlite)'}`,
  );
}
