import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { hit, limits } from '../../../core/auth/rate-limit.ts';
import { sha256 } from '../../../core/auth/tokens.ts';
import { ConflictError, type FieldError, ValidationError } from '../../../core/errors.ts';
import { toFieldErrors } from '../../../core/validation.ts';
import { initiativesDb, initiativesTx } from '../initiatives.tables.ts';
import type { InitiativesApp } from '../initiatives-app.ts';
import { maxFileBytes, type SanitisedFile, sanitiseUpload, storeFile } from '../intake/files.ts';
import type { Upload } from '../intake/intake-input.ts';
import { loadItemRowByFollowToken } from '../item-access.ts';
import { insertEvent } from '../items.repository.ts';
import { type BudgetMessageKey, budgetText } from './budget-i18n.ts';
import { type AccountingInput, accountingInput } from './budget-input.ts';
import {
  findGrantRowForUpdate,
  findGrantRowOfItem,
  insertAccounting,
  listAccountings,
} from './budgets.repository.ts';
import { type AccountingView, getAccountingView } from './get-accounting.ts';
import { mayAccount } from './ledger.ts';
import { formatEuro } from './money.ts';
import { tellResident } from './tell-resident.ts';

export type { AccountingInput };
export { accountingInput };

export const maxReceipts = 5;
export const maxAccountingPhotos = 3;
/** The largest accounting request: every receipt and photo at its maximum size, and the text. */
export const maxAccountingBytes = (maxReceipts + maxAccountingPhotos) * maxFileBytes + 1024 * 1024;

export interface AccountingUploads {
  receipts?: Upload[];
  photos?: Upload[];
}

const tooMany = (field: string, max: number): FieldError => ({
  field,
  key: 'initiatives.budget.error.tooManyFiles',
  params: { max },
});

/**
 * The initiator accounts for the money through their private link, without an account: a short
 * report, what was spent, receipts (PDF or photos of them) and photos of the initiative. Images
 * are re-encoded by intake's sanitiseUpload (no metadata kept). After "needs more" they send a
 * new accounting; the history keeps both.
 */
export async function submitAccounting(
  app: InitiativesApp,
  ctx: ServiceContext,
  token: string,
  input: AccountingInput,
  uploads: AccountingUploads = {},
): Promise<AccountingView> {
  const row = await loadItemRowByFollowToken(ctx, token);
  const m = ctx.actor.municipalityId;
  // Per private link: a script cannot fill the database through one item's page.
  await hit(ctx.db, `initiatives-accounting:${sha256(token).slice(0, 32)}`, limits.publicFormPerIp);
  const grant = await findGrantRowOfItem(initiativesDb(ctx.db), m, row.id);
  if (!grant || grant.status === 'withdrawn') throw new ConflictError('initiatives.budget.error.noGrant');

  const receipts = (uploads.receipts ?? []).filter((u) => u.bytes.length > 0 || u.name !== '');
  const photos = (uploads.photos ?? []).filter((u) => u.bytes.length > 0 || u.name !== '');
  const errors: FieldError[] = [];
  const parsed = accountingInput.safeParse(input);
  if (!parsed.success)
    errors.push(
      ...toFieldErrors(parsed.error).map((e) =>
        e.field === 'report' && e.key !== 'validation.tooLong'
          ? { field: 'report', key: 'initiatives.budget.error.reportShort' }
          : e,
      ),
    );
  if (receipts.length > maxReceipts) errors.push(tooMany('receipts', maxReceipts));
  if (photos.length > maxAccountingPhotos) errors.push(tooMany('photos', maxAccountingPhotos));
  const clean: Array<{ purpose: 'receipt' | 'accounting_photo'; file: SanitisedFile }> = [];
  if (errors.length === 0) {
    for (const u of receipts) {
      try {
        clean.push({ purpose: 'receipt', file: await sanitiseUpload(u, 'receipts') });
      } catch (error) {
        if (error instanceof ValidationError) errors.push(...error.fieldErrors);
        else throw error;
      }
    }
    for (const u of photos) {
      try {
        const file = await sanitiseUpload(u, 'photos');
        if (file.contentType === 'application/pdf')
          errors.push({
            field: 'photos',
            key: 'initiatives.budget.error.photoNotImage',
            params: { name: u.name.slice(0, 80) },
          });
        else clean.push({ purpose: 'accounting_photo', file });
      } catch (error) {
        if (error instanceof ValidationError) errors.push(...error.fieldErrors);
        else throw error;
      }
    }
  }
  if (errors.length > 0 || !parsed.success) throw new ValidationError(errors);
  const data = parsed.data;

  const resident = { ...ctx.actor, personId: null, label: 'melder' };
  await runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const locked = await findGrantRowForUpdate(tx, m, grant.id);
    if (!locked || locked.status === 'withdrawn') throw new ConflictError('initiatives.budget.error.noGrant');
    const latest = (await listAccountings(tx, m, [grant.id])).at(-1);
    if (!mayAccount(locked.status, latest))
      throw new ConflictError('initiatives.budget.error.accountingWaiting');
    const accountingId = await insertAccounting(tx, {
      municipalityId: m,
      grantId: grant.id,
      report: data.report,
      spentCents: data.spentCents,
    });
    const fileIds: string[] = [];
    for (const [i, c] of clean.entries()) {
      const alt = budgetText(row.locale, `initiatives.budget.fileAlt.${c.purpose}` as BudgetMessageKey, {
        n: i + 1,
        reference: row.reference,
      });
      fileIds.push(await storeFile(tx, m, row.id, c.purpose, c.file, alt));
    }
    await insertEvent(tx, resident, m, row.id, {
      event: 'accounting_submitted',
      publicText: await tellResident(app, tx, row, 'accounting_submitted', {
        spent: formatEuro(data.spentCents, row.locale),
      }),
    });
    // No personal data in the audit log: the report is the resident's text, kept in its table.
    audit({
      action: 'initiatives.budget.accounting.submit',
      resourceType: 'initiative_grant',
      resourceId: grant.id,
      changes: { accountingId, spentCents: data.spentCents, files: fileIds.length },
    });
  });
  return getAccountingView(ctx, token);
}
