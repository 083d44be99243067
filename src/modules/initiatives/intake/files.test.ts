import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../core/errors.ts';
import { sanitiseUpload } from './files.ts';
import { maxFileBytes } from './intake-input.ts';
import { hasGpsIfd, jpegWithGps } from './test-images.ts';

// Uploads: the bytes decide the type; images come out re-encoded without any metadata (GPS!),
// the long side at most 2000 px; anything else is refused with a message that names the file.

const fieldErrorOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors[0];
    throw error;
  }
  throw new Error('expected a ValidationError');
};

describe('sanitiseUpload', () => {
  it('re-encodes a JPEG so its EXIF, including the GPS position, is gone', async () => {
    const original = await jpegWithGps();
    expect(hasGpsIfd((await sharp(original).metadata()).exif)).toBe(true);
    const clean = await sanitiseUpload(
      { name: 'IMG_0042.jpg', type: 'image/jpeg', bytes: original },
      'photos',
    );
    expect(clean.contentType).toBe('image/jpeg');
    const meta = await sharp(clean.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(Buffer.from(clean.bytes).includes(Buffer.from('TestCam'))).toBe(false);
    expect(Buffer.from(clean.bytes).includes(Buffer.from('Fatima'))).toBe(false);
    expect([clean.width, clean.height]).toEqual([64, 48]);
    expect(clean.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('applies the EXIF orientation to the pixels before the metadata goes', async () => {
    const rotated = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#000' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const clean = await sanitiseUpload({ name: 'r.jpg', type: 'image/jpeg', bytes: new Uint8Array(rotated) });
    expect([clean.width, clean.height]).toEqual([20, 40]);
    expect((await sharp(clean.bytes).metadata()).orientation).toBeUndefined();
  });

  it('shrinks the long side to 2000 px and keeps PNG as PNG', async () => {
    const big = await sharp({ create: { width: 3000, height: 1500, channels: 4, background: '#fff0' } })
      .png()
      .toBuffer();
    const clean = await sanitiseUpload({ name: 'plan.png', type: 'image/png', bytes: new Uint8Array(big) });
    expect(clean.contentType).toBe('image/png');
    expect([clean.width, clean.height]).toEqual([2000, 1000]);
  });

  it('goes by the bytes: a text file called .jpg is refused, a WebP called .png is a WebP', async () => {
    const fake = new TextEncoder().encode('<script>alert(1)</script>');
    expect(
      await fieldErrorOf(sanitiseUpload({ name: 'foto.jpg', type: 'image/jpeg', bytes: fake }, 'photos')),
    ).toEqual({
      field: 'photos',
      key: 'initiatives.intake.error.fileType',
      params: { name: 'foto.jpg', max: 5 },
    });
    const webp = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#123' } })
      .webp()
      .toBuffer();
    const clean = await sanitiseUpload({ name: 'x.png', type: 'image/png', bytes: new Uint8Array(webp) });
    expect(clean.contentType).toBe('image/webp');
  });

  it('refuses a file over 5 MB and an empty one, naming the file', async () => {
    const big = new Uint8Array(maxFileBytes + 1);
    expect(
      await fieldErrorOf(sanitiseUpload({ name: 'groot.jpg', type: 'image/jpeg', bytes: big })),
    ).toMatchObject({
      key: 'initiatives.intake.error.fileTooLarge',
      params: { name: 'groot.jpg' },
    });
    expect(
      await fieldErrorOf(sanitiseUpload({ name: 'leeg.jpg', type: 'image/jpeg', bytes: new Uint8Array() })),
    ).toMatchObject({ key: 'initiatives.intake.error.fileEmpty' });
  });

  it('keeps a PDF (a receipt) as it is, recognised by its magic', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const clean = await sanitiseUpload({ name: 'bon.pdf', type: 'application/octet-stream', bytes: pdf });
    expect(clean.contentType).toBe('application/pdf');
    expect(clean.bytes).toEqual(pdf);
  });
});
