import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { translator } from '../../../core/i18n/i18n.ts';
import type { ReportOutline } from './report-outline.ts';
import { formatCell, type ReportTable } from './report-tables.ts';

// The report as a PDF, made with pdfmake (pure JavaScript over PDFKit; decision 022): A4, the
// Roboto font that pdfmake ships, the charts as vector graphics (pdfmake draws SVG itself),
// tables with a repeated header row, page numbers in the footer. pdfmake reads nothing from
// disk or the network but its own font files.

type Content = Record<string, unknown> | string | Content[];
interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
let pdfmake: PdfMake | undefined;

function engine(): PdfMake {
  if (pdfmake) return pdfmake;
  const maker = require('pdfmake') as PdfMake;
  const fontDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  maker.setFonts({
    Roboto: {
      normal: join(fontDir, 'Roboto-Regular.ttf'),
      bold: join(fontDir, 'Roboto-Medium.ttf'),
      italics: join(fontDir, 'Roboto-Italic.ttf'),
      bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
    },
  });
  maker.setUrlAccessPolicy(() => false);
  maker.setLocalAccessPolicy((path) => path.startsWith(fontDir));
  pdfmake = maker;
  return maker;
}

/** The path of a font file pdfmake ships, for the PNG rendering of charts (report-png.ts). */
export function robotoFontFile(style: 'Regular' | 'Medium'): string {
  return join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto', `Roboto-${style}.ttf`);
}

function tableNode(outline: ReportOutline, table: ReportTable): Content[] {
  const out: Content[] = [
    { text: table.title, style: 'h2' },
    { text: table.caption, style: 'caption' },
  ];
  if (table.rows.length === 0) return out;
  const numeric = table.columns.map((c) => c.kind !== 'text' && c.kind !== 'date');
  const body: Content[] = [
    table.columns.map((c, i) => ({ text: c.label, style: 'th', alignment: numeric[i] ? 'right' : 'left' })),
    ...table.rows.map((row) =>
      row.cells.map((cell, i) => {
        const kind = table.columns[i]?.kind ?? 'text';
        return {
          text: formatCell(outline.locale, kind, cell),
          alignment: numeric[i] ? 'right' : 'left',
          bold: row.total === true,
          margin: [
            i === 0 || (table.key === 'status' && table.columns[i]?.key === 'title')
              ? (row.depth ?? 0) * 8
              : 0,
            0,
            0,
            0,
          ],
        };
      }),
    ),
  ];
  out.push({
    table: { headerRows: 1, dontBreakRows: true, body, widths: table.columns.map(() => 'auto') },
    layout: 'lightHorizontalLines',
    style: 'table',
  });
  return out;
}

export async function reportPdf(outline: ReportOutline): Promise<Buffer> {
  const t = translator(outline.locale);
  const wide = outline.tables.some((tb) => tb.columns.length > 8);
  const content: Content[] = [
    { text: outline.title, style: 'h1' },
    ...outline.meta.map((m) => ({ text: m, style: 'meta' })),
    { text: outline.intro, margin: [0, 8, 0, 8] },
  ];
  if (outline.vision)
    content.push({ text: outline.vision.heading, style: 'h2' }, { text: outline.vision.text });
  for (const chart of outline.charts) {
    content.push(
      { text: chart.title, style: 'h2' },
      { svg: chart.svg, width: wide ? 680 : 500 },
      { text: chart.description, style: 'caption' },
    );
  }
  for (const table of outline.tables) content.push(...tableNode(outline, table));
  const doc = {
    info: { title: outline.title, creator: 'Wijkwerk', producer: 'Wijkwerk' },
    language: outline.locale === 'nl' ? 'nl-NL' : 'en-GB',
    pageSize: 'A4',
    pageOrientation: wide ? 'landscape' : 'portrait',
    pageMargins: [40, 48, 40, 48],
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 6] },
      h2: { fontSize: 13, bold: true, margin: [0, 14, 0, 4] },
      meta: { fontSize: 9, color: '#333333' },
      caption: { fontSize: 8, italics: true, color: '#333333', margin: [0, 2, 0, 6] },
      th: { bold: true, fontSize: 8 },
      table: { fontSize: 8, margin: [0, 2, 0, 6] },
    },
    footer: (page: number, pages: number) => ({
      text: `${outline.title} · ${t('plan.report.page', { page, pages })}`,
      fontSize: 7,
      color: '#555555',
      margin: [40, 16, 40, 0],
    }),
    content,
  };
  return engine().createPdf(doc).getBuffer();
}
