import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { translator } from '../../../core/i18n/i18n.ts';
import type { ReportOutline } from './report-outline.ts';
import { svgToPng } from './report-png.ts';
import { formatCell, type ReportTable } from './report-tables.ts';

// The report as a Word document (DOCX, made with the docx package; decision 022): real headings
// (so Word's navigation and a screen reader find the sections), tables with a repeated header
// row, the charts as PNG images with their text alternative as alt text and as a caption.

const FONT = 'Calibri';
/** The text width of a landscape A4 page with Word's default margins, in twips. */
const TEXT_WIDTH = 13_900;
const WIDE_COLUMNS = new Set([
  'title',
  'item',
  'indicator',
  'quote',
  'summary',
  'note',
  'plan',
  'effect',
  'review',
]);

/** Column widths in twips: long texts get more room than numbers and dates. */
function columnWidths(table: ReportTable): number[] {
  const weights = table.columns.map((c) =>
    WIDE_COLUMNS.has(c.key) ? 2.6 : c.kind === 'text' ? 1.6 : c.kind === 'date' ? 1.5 : 1.3,
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / sum) * TEXT_WIDTH));
}

function cellParagraph(text: string, opts: { bold?: boolean; right?: boolean; indent?: number }): Paragraph {
  return new Paragraph({
    alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: opts.indent ? { left: opts.indent * 180 } : undefined,
    children: [new TextRun({ text, bold: opts.bold ?? false, size: 16, font: FONT })],
  });
}

function tableBlock(outline: ReportOutline, table: ReportTable): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [
    new Paragraph({ text: table.title, heading: HeadingLevel.HEADING_2 }),
    new Paragraph({ children: [new TextRun({ text: table.caption, italics: true, size: 18 })] }),
  ];
  if (table.rows.length === 0) return out;
  const numeric = table.columns.map((c) => c.kind !== 'text' && c.kind !== 'date');
  const widths = columnWidths(table);
  const width = (i: number) => ({ size: widths[i] ?? 1000, type: WidthType.DXA });
  const header = new TableRow({
    tableHeader: true,
    children: table.columns.map(
      (c, i) =>
        new TableCell({
          width: width(i),
          children: [cellParagraph(c.label, { bold: true, right: numeric[i] ?? false })],
        }),
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map((cell, i) => {
          const column = table.columns[i];
          const indent = column?.key === 'title' ? row.depth : undefined;
          return new TableCell({
            width: width(i),
            children: [
              cellParagraph(formatCell(outline.locale, column?.kind ?? 'text', cell), {
                bold: row.total ?? false,
                right: numeric[i] ?? false,
                ...(indent ? { indent } : {}),
              }),
            ],
          });
        }),
      }),
  );
  out.push(
    new Table({
      rows: [header, ...rows],
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
    }),
  );
  return out;
}

export async function reportDocx(outline: ReportOutline): Promise<Buffer> {
  const t = translator(outline.locale);
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: outline.title, heading: HeadingLevel.TITLE }),
    ...outline.meta.map((m) => new Paragraph({ children: [new TextRun({ text: m, size: 20 })] })),
    new Paragraph({ text: outline.intro, spacing: { before: 160, after: 160 } }),
  ];
  if (outline.vision) {
    children.push(
      new Paragraph({ text: outline.vision.heading, heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: outline.vision.text }),
    );
  }
  for (const chart of outline.charts) {
    const png = await svgToPng(chart.svg, chart.width);
    const width = 600;
    const height = Math.round((chart.height / chart.width) * width);
    children.push(
      new Paragraph({ text: chart.title, heading: HeadingLevel.HEADING_2 }),
      new Paragraph({
        children: [
          new ImageRun({
            type: 'png',
            data: png,
            transformation: { width, height },
            altText: { name: chart.key, title: chart.title, description: chart.description },
          }),
        ],
      }),
      new Paragraph({ children: [new TextRun({ text: chart.description, italics: true, size: 18 })] }),
    );
  }
  for (const table of outline.tables) children.push(...tableBlock(outline, table));
  const doc = new Document({
    creator: 'Wijkwerk',
    title: outline.title,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    size: 14,
                    children: [
                      `${outline.title} · `,
                      t('plan.report.pageLabel'),
                      ' ',
                      PageNumber.CURRENT,
                      ' / ',
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
