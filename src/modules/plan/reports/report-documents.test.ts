import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireOrSkip } from '../../../../test/test-app.ts';
import { assemblePlanReport } from './assemble-report.ts';
import { reportFile } from './report-files.ts';
import { fixtureParts } from './report-fixture.ts';

// The generated PDF and Word documents open in real readers and show something: poppler's
// pdftoppm turns the PDF's first page into a PNG, LibreOffice turns the DOCX into a PDF and that
// into a PNG, and the picture must have enough dark pixels to be more than an empty page.
// Debian packages: poppler-utils, libreoffice-writer-nogui (installed by .ci/run).

const run = promisify(execFile);
const pdftoppm = '/usr/bin/pdftoppm';
const soffice = '/usr/bin/soffice';
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wijkwerk-report-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The share of pixels that are not (nearly) white in a grey PNG made by pdftoppm -gray. */
async function inkShare(pdf: string, stem: string): Promise<number> {
  await run(pdftoppm, ['-f', '1', '-l', '1', '-r', '50', '-gray', '-png', pdf, join(dir, stem)]);
  const png = (await readdir(dir)).find((f) => f.startsWith(stem) && f.endsWith('.png'));
  if (!png) throw new Error('pdftoppm made no PNG');
  // pdftoppm -gray writes PGM-like PNG data; decode through pdftoppm's sibling output instead:
  // ask for PGM too, which is trivial to read.
  await run(pdftoppm, ['-f', '1', '-l', '1', '-r', '50', '-gray', pdf, join(dir, `${stem}-raw`)]);
  const pgm = (await readdir(dir)).find((f) => f.startsWith(`${stem}-raw`) && f.endsWith('.pgm'));
  if (!pgm) throw new Error('pdftoppm made no PGM');
  const data = await readFile(join(dir, pgm));
  // P5 header: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = data.subarray(0, 40).toString('latin1');
  const match = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!match) throw new Error('not a PGM');
  const pixels = data.subarray(match[0].length);
  let ink = 0;
  for (const p of pixels) if (p < 200) ink++;
  expect((await readFile(join(dir, png))).subarray(1, 4).toString('latin1')).toBe('PNG');
  return ink / pixels.length;
}

const report = assemblePlanReport(fixtureParts());

describe('report documents', () => {
  it('the PDF opens and its first page is not blank', { timeout: 60_000 }, async () => {
    const file = await reportFile(report, 'nl', 'pdf');
    expect(file.filename).toMatch(/^voortgangsrapportage-wijkplan-noordhoek-2026-2029-2026-11-25\.pdf$/);
    expect(Buffer.from(file.body).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (requireOrSkip(existsSync(pdftoppm) ? null : 'pdftoppm (Debian package poppler-utils)')) return;
    const pdf = join(dir, 'report.pdf');
    await writeFile(pdf, file.body);
    const { stdout } = await run('/usr/bin/pdfinfo', [pdf]);
    expect(stdout).toMatch(/Pages:\s+[1-9]/);
    expect(stdout).toContain('Voortgangsrapportage Wijkplan Noordhoek');
    const { stdout: text } = await run('/usr/bin/pdftotext', [pdf, '-']);
    expect(text).toContain('Een veilige wijk');
    expect(text).toContain('Bewoner van de Vlierstraat');
    expect(await inkShare(pdf, 'pdf-page')).toBeGreaterThan(0.01);
  });

  it('the Word document opens in LibreOffice and its first page is not blank', {
    timeout: 180_000,
  }, async () => {
    const file = await reportFile(report, 'en', 'docx');
    expect(file.filename.endsWith('.docx')).toBe(true);
    expect(Buffer.from(file.body).subarray(0, 2).toString('latin1')).toBe('PK');
    const missing = !existsSync(soffice)
      ? 'soffice (Debian package libreoffice-writer-nogui)'
      : !existsSync(pdftoppm)
        ? 'pdftoppm (Debian package poppler-utils)'
        : null;
    if (requireOrSkip(missing)) return;
    const docx = join(dir, 'report.docx');
    await writeFile(docx, file.body);
    await run(
      soffice,
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docx,
      ],
      {
        timeout: 170_000,
      },
    );
    const pdf = join(dir, 'report.pdf');
    expect(existsSync(pdf)).toBe(true);
    const { stdout: text } = await run('/usr/bin/pdftotext', [pdf, '-']);
    expect(text).toContain('Progress report');
    expect(text).toContain('Een veilige wijk');
    expect(await inkShare(pdf, 'docx-page')).toBeGreaterThan(0.01);
  });

  it('the workbook has a sheet per table with numbers as numbers', async () => {
    const file = await reportFile(report, 'nl', 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.body) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((ws) => ws.name)).toHaveLength(6);
    const finances = wb.worksheets.find((ws) => ws.name === 'Financiën');
    expect(finances?.getRow(1).getCell(1).value).toBe('Onderdeel');
    expect(finances?.getRow(finances.rowCount).getCell(2).value).toBe(50_000);
  });

  it('a CSV of one table, and a clear error for a table that does not exist', async () => {
    const csv = await reportFile(report, 'nl', 'csv', 'voices');
    expect(csv.filename.endsWith('-voices.csv')).toBe(true);
    expect(String(csv.body)).toContain('Bewoner van de Vlierstraat');
    await expect(reportFile(report, 'nl', 'csv', 'nope')).rejects.toMatchObject({
      fieldErrors: [{ field: 'tabel', key: 'plan.report.error.unknownTable' }],
    });
  });
});
