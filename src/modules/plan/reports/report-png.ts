import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { processWide } from '../../../core/process-wide.ts';
import { robotoFontFile } from './report-pdf.ts';

// Charts as PNG for the Word document (Word and LibreOffice show PNG everywhere; SVG only in
// recent versions). resvg compiled to WebAssembly draws them with the same Roboto that the PDF
// uses, so no system fonts or native code are involved (decision 022).

const require = createRequire(import.meta.url);

async function load(): Promise<Uint8Array[]> {
  await initWasm(await readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  const fonts = await Promise.all([readFile(robotoFontFile('Regular')), readFile(robotoFontFile('Medium'))]);
  return fonts.map((f) => new Uint8Array(f));
}

// resvg's WebAssembly may be initialised once per process, and the page bundle may hold a second
// copy of this file (decision 003): one shared promise for both.
function init(): Promise<Uint8Array[]> {
  return processWide('reportPngFonts', () => load());
}

/** The SVG drawn at `scale` times its size (2: sharp in print), on white. */
export async function svgToPng(svg: string, width: number, scale = 2): Promise<Uint8Array> {
  const fontBuffers = await init();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    background: '#ffffff',
    font: { fontBuffers, defaultFontFamily: 'Roboto', sansSerifFamily: 'Roboto' },
  });
  try {
    return resvg.render().asPng();
  } finally {
    resvg.free();
  }
}
