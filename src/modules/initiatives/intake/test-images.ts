import sharp from 'sharp';

// Images for the intake tests (not a test file itself): a phone-like JPEG with GPS in its EXIF,
// and a check that an EXIF block points to a GPS directory.

/** A JPEG as a phone makes it: camera make, owner and the GPS position in its EXIF. */
export async function jpegWithGps(width = 64, height = 48): Promise<Uint8Array> {
  const buf = await sharp({ create: { width, height, channels: 3, background: '#3a7a50' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestCam', Artist: 'Fatima el Amrani' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '52/1 5/1 3/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '5/1 7/1 12/1',
      },
    })
    .toBuffer();
  return new Uint8Array(buf);
}

/** Does the EXIF block point to a GPS directory (tag 0x8825 in IFD0)? */
export function hasGpsIfd(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  const start = exif.indexOf('Exif\0\0') === 0 ? 6 : 0;
  const little = exif.toString('latin1', start, start + 2) === 'II';
  const u16 = (o: number) => (little ? exif.readUInt16LE(start + o) : exif.readUInt16BE(start + o));
  const u32 = (o: number) => (little ? exif.readUInt32LE(start + o) : exif.readUInt32BE(start + o));
  const ifd0 = u32(4);
  const count = u16(ifd0);
  for (let i = 0; i < count; i++) if (u16(ifd0 + 2 + i * 12) === 0x8825) return true;
  return false;
}
