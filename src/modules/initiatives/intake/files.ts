import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { ServiceContext } from '../../../core/audit/write.ts';
import { safeEqual, sha256 } from '../../../core/auth/tokens.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import { can } from '../../../core/permissions/can.ts';
import '../policy.ts';
import type { FilePurpose, InitiativesDb, InitiativesTx } from '../initiatives.tables.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import { findItemRow, itemResource } from '../items.repository.ts';
import { maxFileBytes, maxPhotoSide, type Upload } from './intake-input.ts';

export type { Upload };
export { maxFileBytes };

import './intake-i18n.ts';

// Files residents send: photos with a report, photos and receipts with an accounting. Images are
// decoded and encoded again (sharp), so nothing of the original file survives but the pixels: no
// EXIF, GPS, camera or thumbnail, and nothing hidden behind a valid header. The bytes decide the
// type, never the name or the declared type. PDFs (receipts only) cannot be re-encoded here: they
// are checked by their magic and size, stored as they are and always served as a download.

export type StoredContentType = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';

export interface SanitisedFile {
  contentType: StoredContentType;
  bytes: Uint8Array;
  byteSize: number;
  width: number | null;
  height: number | null;
  sha256: string;
  /** The original name, only for the error messages and the download name; never trusted. */
  name: string;
}

export interface StoredFile {
  id: string;
  purpose: FilePurpose;
  contentType: StoredContentType;
  byteSize: number;
  width: number | null;
  height: number | null;
  alt: string;
  createdAt: string;
}

const fileError = (field: string, key: string, name: string) =>
  new ValidationError([
    { field, key, params: { name: name.slice(0, 80) || '?', max: maxFileBytes / 1024 / 1024 } },
  ]);

const isPdf = (b: Uint8Array) =>
  b.length > 5 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d;

/**
 * Checks an upload and returns what may be stored: a re-encoded JPEG, PNG or WebP (long side at
 * most 2000 px, orientation applied, all metadata gone) or an unchanged PDF. Anything else, an
 * empty or too large file, or an image that does not decode: a ValidationError on `field` whose
 * message names the file.
 */
export async function sanitiseUpload(upload: Upload, field = 'file'): Promise<SanitisedFile> {
  const name = upload.name ?? '';
  if (upload.bytes.length === 0) throw fileError(field, 'initiatives.intake.error.fileEmpty', name);
  if (upload.bytes.length > maxFileBytes)
    throw fileError(field, 'initiatives.intake.error.fileTooLarge', name);
  if (isPdf(upload.bytes)) {
    return {
      contentType: 'application/pdf',
      bytes: upload.bytes,
      byteSize: upload.bytes.length,
      width: null,
      height: null,
      sha256: createHash('sha256').update(upload.bytes).digest('hex'),
      name,
    };
  }
  let format: string | undefined;
  try {
    format = (await sharp(upload.bytes, { limitInputPixels: 50_000_000 }).metadata()).format;
  } catch {
    throw fileError(field, 'initiatives.intake.error.fileType', name);
  }
  if (format !== 'jpeg' && format !== 'png' && format !== 'webp')
    throw fileError(field, 'initiatives.intake.error.fileType', name);
  try {
    // rotate() first: the EXIF orientation goes with the metadata, so apply it to the pixels.
    const pipeline = sharp(upload.bytes, { limitInputPixels: 50_000_000, failOn: 'error' })
      .rotate()
      .resize({ width: maxPhotoSide, height: maxPhotoSide, fit: 'inside', withoutEnlargement: true });
    const encoded =
      format === 'jpeg'
        ? pipeline.jpeg({ quality: 82 })
        : format === 'png'
          ? pipeline.png({ compressionLevel: 8 })
          : pipeline.webp({ quality: 82 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return {
      contentType: `image/${format}`,
      bytes,
      byteSize: bytes.length,
      width: info.width,
      height: info.height,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      name,
    };
  } catch {
    throw fileError(field, 'initiatives.intake.error.fileType', name);
  }
}

/** Stores a sanitised file with an item (inside the caller's runWrite). PDFs only as receipts. */
export async function storeFile(
  tx: InitiativesTx,
  municipalityId: string,
  itemId: string,
  purpose: FilePurpose,
  file: SanitisedFile,
  alt: string,
): Promise<string> {
  if (file.contentType === 'application/pdf' && purpose !== 'receipt')
    throw fileError('file', 'initiatives.intake.error.fileType', file.name);
  const row = await tx
    .insertInto('initiative_files')
    .values({
      municipality_id: municipalityId,
      item_id: itemId,
      purpose,
      content_type: file.contentType,
      bytes: file.bytes,
      byte_size: file.byteSize,
      width: file.width,
      height: file.height,
      sha256: file.sha256,
      alt: alt.trim().slice(0, 300),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The files of an item without their bytes, oldest first. */
export async function listFiles(
  db: InitiativesDb | InitiativesTx,
  municipalityId: string,
  itemId: string,
): Promise<StoredFile[]> {
  const rows = await db
    .selectFrom('initiative_files')
    .select(['id', 'purpose', 'content_type', 'byte_size', 'width', 'height', 'alt', 'created_at'])
    .where('municipality_id', '=', municipalityId)
    .where('item_id', '=', itemId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    purpose: r.purpose,
    contentType: r.content_type,
    byteSize: r.byte_size,
    width: r.width,
    height: r.height,
    alt: r.alt,
    createdAt: r.created_at.toISOString(),
  }));
}

export interface FileContent {
  contentType: StoredContentType;
  bytes: Uint8Array;
  fileName: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const extension: Record<StoredContentType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

/**
 * A file for someone who may see its item: staff who may read the item, or the resident with
 * the item's follow token. Anyone else: NotFoundError (the file does not exist for them).
 */
export async function getFileContent(
  ctx: ServiceContext,
  id: string,
  followToken?: string | null,
): Promise<FileContent> {
  if (!uuidPattern.test(id)) throw new NotFoundError('initiative_file');
  const db = initiativesDb(ctx.db);
  const m = ctx.actor.municipalityId;
  const file = await db
    .selectFrom('initiative_files')
    .select(['item_id', 'content_type', 'bytes', 'purpose'])
    .where('municipality_id', '=', m)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!file) throw new NotFoundError('initiative_file');
  const item = await findItemRow(db, m, file.item_id);
  if (!item) throw new NotFoundError('initiative_file');
  const byToken =
    typeof followToken === 'string' &&
    followToken.length >= 20 &&
    followToken.length <= 200 &&
    safeEqual(sha256(followToken), item.follow_token_hash);
  if (!byToken && !can(ctx.actor, 'read', itemResource(item))) throw new NotFoundError('initiative_file');
  return {
    contentType: file.content_type,
    bytes: file.bytes,
    fileName: `${item.reference}-${file.purpose === 'receipt' ? 'bon' : 'foto'}-${id.slice(0, 8)}.${extension[file.content_type]}`,
  };
}
