import type { ServiceContext } from '../../../core/audit/write.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import type { ItemStatus } from '../initiatives.ts';
import { loadItemRowByFollowToken } from '../item-access.ts';
import type { Accounting, AccountingFile, GrantStatus } from './budget.ts';
import './budget-i18n.ts';
import {
  findGrantRowOfItem,
  listAccountingFiles,
  listAccountings,
  listPayments,
} from './budgets.repository.ts';
import { mayAccount } from './ledger.ts';

export interface AccountingView {
  item: { reference: string; title: string; status: ItemStatus };
  grant: { amountCents: number; status: GrantStatus; paidCents: number; grantedAt: string } | null;
  accountings: Accounting[];
  files: AccountingFile[];
  /** Whether the initiator may send an accounting now (none waiting for review, none approved). */
  mayAccount: boolean;
}

/**
 * What the initiator sees behind their private link's accounting page: the grant, what was paid,
 * the accountings they sent with the municipality's review, and the receipts and photos.
 */
export async function getAccountingView(ctx: ServiceContext, token: string): Promise<AccountingView> {
  const row = await loadItemRowByFollowToken(ctx, token);
  const m = ctx.actor.municipalityId;
  const db = initiativesDb(ctx.db);
  const grant = await findGrantRowOfItem(db, m, row.id);
  const live = grant && grant.status !== 'withdrawn' ? grant : undefined;
  const [payments, accountings, files] = live
    ? await Promise.all([
        listPayments(db, m, [live.id]),
        listAccountings(db, m, [live.id]),
        listAccountingFiles(db, m, row.id),
      ])
    : [[], [], []];
  return {
    item: { reference: row.reference, title: row.title, status: row.status },
    grant: live
      ? {
          amountCents: Number(live.amount_cents),
          status: live.status,
          paidCents: payments.reduce((s, p) => s + p.amountCents, 0),
          grantedAt: live.granted_at.toISOString(),
        }
      : null,
    accountings,
    files,
    mayAccount: live ? mayAccount(live.status, accountings.at(-1)) : false,
  };
}
