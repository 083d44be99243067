import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppContext } from '../../../core/app-context.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { bearerAuth, signedIn } from '../../../core/http/api/api-helpers.ts';
import { documented } from '../../../core/http/api/documented-schema.ts';
import { problemResponses, problemSchema } from '../../../core/http/api/pagination.ts';
import type { HonoEnv } from '../../../core/http/app.ts';
import { problemResponse, titleFor } from '../../../core/http/problem.ts';
import { serviceContext } from '../../../core/http/request-context.ts';
import { accountingStatuses, type Budget, type GrantDetail, grantStatuses } from '../budget/budget.ts';
import { requireBudget, requireGrant } from '../budget/budget-access.ts';
import { budgetText } from '../budget/budget-i18n.ts';
import {
  createBudgetInput,
  grantInput,
  paymentInput,
  reviewInput,
  withdrawInput,
} from '../budget/budget-input.ts';
import { createBudget } from '../budget/create-budget.ts';
import { getAccountingView } from '../budget/get-accounting.ts';
import { getItemBudget, grantDetail } from '../budget/get-item-budget.ts';
import { getLedger } from '../budget/get-ledger.ts';
import { grantFromBudget } from '../budget/grant-from-budget.ts';
import { attachment, type LedgerFormat, ledgerFile, ledgerMediaTypes } from '../budget/ledger-export.ts';
import { listBudgets } from '../budget/list-budgets.ts';
import { recordPayment } from '../budget/record-payment.ts';
import { reviewAccounting } from '../budget/review-accounting.ts';
import { type AccountingUploads, maxAccountingBytes, submitAccounting } from '../budget/submit-accounting.ts';
import '../intake/intake-i18n.ts';
import { BudgetConflictError, updateBudget } from '../budget/update-budget.ts';
import { withdrawGrant } from '../budget/withdraw-grant.ts';
import type { Upload } from '../intake/intake-input.ts';

// The quick budget under /api/v1/initiatives: budgets per area and year (public: amount, rules,
// what is left; ETag = version, If-Match → 412), the ledger per budget (JSON, CSV or XLSX by
// format or Accept; for finance and the area's officers), grants from a budget to an item,
// withdrawals, payments, and the initiator's accounting with its review. Amounts in euro cents.

const tags = ['Initiatives: quick budget'];
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});
const conflict = problem(
  'The budget does not have enough left, or the step no longer fits what happened since (409)',
);
const unprocessable = problem('The step is not possible in the grant’s state (422)');

const areaRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
const budgetSchema = z
  .object({
    id: z.uuid(),
    area: areaRef,
    year: z.number().int(),
    amountCents: z.number().int(),
    maxPerInitiativeCents: z.number().int(),
    reservedCents: z.number().int().openapi({ description: 'Granted and not withdrawn (paid or not).' }),
    availableCents: z.number().int().openapi({ description: 'amountCents − reservedCents.' }),
    rules: z.string(),
    rulesEn: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
    _links: z.object({ self: z.object({ href: z.string() }), ledger: z.object({ href: z.string() }) }),
  })
  .openapi('InitiativeBudget');

const paymentSchema = z
  .object({
    id: z.uuid(),
    grantId: z.uuid(),
    amountCents: z.number().int(),
    paidOn: z.string(),
    reference: z.string(),
    createdAt: z.string(),
  })
  .openapi('InitiativePayment');
const accountingSchema = z
  .object({
    id: z.uuid(),
    grantId: z.uuid(),
    report: z.string(),
    spentCents: z.number().int(),
    status: z.enum(accountingStatuses as ['submitted', 'approved', 'needs_more']),
    reviewNote: z.string(),
    submittedAt: z.string(),
    reviewedAt: z.string().nullable(),
  })
  .openapi('InitiativeAccounting');
const fileSchema = z
  .object({
    id: z.uuid(),
    purpose: z.enum(['accounting_photo', 'receipt']),
    contentType: z.string(),
    byteSize: z.number().int(),
    alt: z.string(),
    createdAt: z.string(),
    href: z.string().openapi({ description: 'The file page (staff; the resident adds ?t=<token>).' }),
  })
  .openapi('InitiativeAccountingFile');
const grantStatus = z.enum(grantStatuses as ['granted', 'paid', 'accounted', 'withdrawn']);
const grantSchema = z
  .object({
    id: z.uuid(),
    budgetId: z.uuid(),
    itemId: z.uuid(),
    amountCents: z.number().int(),
    status: grantStatus,
    note: z.string(),
    grantedAt: z.string(),
    paidCents: z.number().int(),
    payments: z.array(paymentSchema),
    accountings: z.array(accountingSchema),
    files: z.array(fileSchema),
  })
  .openapi('InitiativeGrant');
const ledgerSchema = z
  .object({
    budget: budgetSchema,
    entries: z.array(
      z.object({
        grantId: z.uuid(),
        item: z.object({
          id: z.uuid(),
          reference: z.string(),
          title: z.string(),
          status: z.string(),
          areaName: z.string(),
        }),
        status: grantStatus,
        note: z.string(),
        grantedAt: z.string(),
        grantedCents: z.number().int(),
        paidCents: z.number().int(),
        accountedCents: z.number().int(),
        toPayCents: z.number().int(),
        accountingStatus: z.string().nullable(),
      }),
    ),
    totals: z.object({
      amountCents: z.number().int(),
      grantedCents: z.number().int(),
      paidCents: z.number().int(),
      accountedCents: z.number().int(),
      toPayCents: z.number().int(),
      availableCents: z.number().int(),
    }),
  })
  .openapi('InitiativeBudgetLedger');
const accountingViewSchema = z
  .object({
    item: z.object({ reference: z.string(), title: z.string(), status: z.string() }),
    grant: z
      .object({
        amountCents: z.number().int(),
        status: grantStatus,
        paidCents: z.number().int(),
        grantedAt: z.string(),
      })
      .nullable(),
    accountings: z.array(accountingSchema),
    files: z.array(fileSchema),
    mayAccount: z.boolean(),
  })
  .openapi('InitiativeAccountingView');

const createSchema = documented(createBudgetInput, 'InitiativeBudgetInput', {
  description:
    'A quick budget for an area (by its CBS code) and a year: the amount, the maximum per initiative (euro cents) and the published rules (Dutch; English optional).',
  example: {
    areaCode: 'WK999902',
    year: 2026,
    amountCents: 1_000_000,
    maxPerInitiativeCents: 150_000,
    rules: 'Voor activiteiten die de buurt samen doet. Geen vaste lasten of salarissen.',
  },
});
const patchSchema = z
  .object({
    amountCents: z.number().int().optional(),
    maxPerInitiativeCents: z.number().int().optional(),
    rules: z.string().max(5000).optional(),
    rulesEn: z.string().max(5000).nullable().optional(),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: 'The version the change starts from; or send If-Match.' }),
  })
  .openapi('InitiativeBudgetPatch');
const grantSchemaIn = documented(grantInput, 'InitiativeGrantInput', {
  description:
    'Money from a budget covering the item’s area. `answer` is what the resident reads when the item is decided by the grant (a standard text with the amount when left out); `note` is for colleagues.',
});
const withdrawSchema = documented(withdrawInput, 'InitiativeGrantWithdrawal', {
  description: 'Why; the resident reads it. Only while nothing was paid and nothing accounted for.',
});
const paymentSchemaIn = documented(paymentInput, 'InitiativePaymentInput', {
  description:
    'A payment on the grant: amount in euro cents (together at most the grant), the date, finance’s own reference.',
});
const reviewSchema = documented(reviewInput, 'InitiativeAccountingReview', {
  description: 'approved, or needs_more with a note saying what is missing (the initiator reads it).',
});

const idParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const tokenParam = z.object({
  token: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'token', in: 'path' }, description: 'The private follow token.' }),
});
const ifMatchHeader = z.object({
  'if-match': z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'The ETag of the version the change starts from.' }),
});

const budgetHref = (id: string) => `/api/v1/initiatives/budgets/${id}`;
const etagOf = (b: Budget) => `"v${b.version}"`;
function budgetJson(b: Budget) {
  const { areaPath: _, ...rest } = b;
  return {
    ...rest,
    _links: { self: { href: budgetHref(b.id) }, ledger: { href: `${budgetHref(b.id)}/ledger` } },
  };
}
const fileHref = (id: string) => `/meldingen/bestanden/${id}`;
function grantJson(g: GrantDetail) {
  return { ...g, files: g.files.map((f) => ({ ...f, href: fileHref(f.id) })) };
}

function ifMatchVersion(header: string | undefined): number | null | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const m = header.trim().match(/^(?:W\/)?"v(\d{1,9})"$/);
  return m ? Number(m[1]) : null;
}

function preconditionFailed(c: Context<HonoEnv>): never {
  const locale = c.get('rc').locale;
  return problemResponse(c, {
    status: 412,
    title: titleFor(412, locale),
    detail: budgetText(locale, 'initiatives.budget.error.conflict'),
  }) as never;
}

function chosenFormat(c: Context<HonoEnv>, asked: string | undefined): LedgerFormat | 'json' {
  if (asked === 'csv' || asked === 'xlsx' || asked === 'json') return asked;
  const accept = c.req.header('accept') ?? '';
  if (accept.includes('spreadsheetml')) return 'xlsx';
  if (accept.includes('text/csv')) return 'csv';
  return 'json';
}

async function uploadsOf(form: FormData, name: string): Promise<Upload[]> {
  const out: Upload[] = [];
  for (const v of form.getAll(name)) {
    if (typeof v === 'string') continue;
    out.push({ name: v.name, type: v.type, bytes: new Uint8Array(await v.arrayBuffer()) });
  }
  return out;
}

const contextOf = (c: Context<HonoEnv>) => serviceContext(c.get('rc'));

export function registerBudgetApi(api: Api, ctx: AppContext): void {
  const yearQuery = z.object({
    year: z.coerce.number().int().min(2000).max(2100).optional().openapi({ example: 2026 }),
    areaCode: z
      .string()
      .trim()
      .max(20)
      .optional()
      .openapi({ description: 'Only the budgets of this area.', example: 'WK999902' }),
  });

  api.openapi(
    createRoute({
      method: 'get',
      path: '/initiatives/budgets',
      tags,
      summary: 'Quick budgets per area and year (public)',
      description:
        'Amounts, maximum per initiative, published rules and what is still available. One budget per area and year, so the list is short and not paged.',
      request: { query: yearQuery },
      responses: {
        200: {
          description: 'The budgets, newest year first',
          content: {
            'application/json': {
              schema: z.object({ items: z.array(budgetSchema), years: z.array(z.number().int()) }),
            },
          },
        },
        400: problemResponses[400],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const list = await listBudgets(contextOf(c), { year: q.year, areaCode: q.areaCode });
      return c.json({ items: list.entries.map((e) => budgetJson(e.budget)), years: list.years }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/initiatives/budgets',
      tags,
      summary: 'Open a quick budget for an area and a year',
      description: 'Coordinators and administrators. One per area and year (409 when there is one).',
      security: bearerAuth,
      middleware: [signedIn],
      request: { body: { content: { 'application/json': { schema: createSchema } }, required: true } },
      responses: {
        201: {
          description: 'The budget; its ETag for later changes',
          content: { 'application/json': { schema: budgetSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        409: problem('This area already has a budget for the year'),
      },
    }),
    async (c) => {
      const b = await createBudget(contextOf(c), c.req.valid('json'));
      return c.json(budgetJson(b), 201, { Location: budgetHref(b.id), ETag: etagOf(b) });
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/initiatives/budgets/{id}',
      tags,
      summary: 'One quick budget (public)',
      request: { params: idParam },
      responses: {
        200: {
          description: 'The budget; the ETag is its version',
          headers: { ETag: { schema: { type: 'string' }, description: 'The budget’s version, quoted.' } },
          content: { 'application/json': { schema: budgetSchema } },
        },
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const b = await requireBudget(contextOf(c), c.req.valid('param').id);
      return c.json(budgetJson(b), 200, { ETag: etagOf(b) });
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/initiatives/budgets/{id}',
      tags,
      summary: 'Change a budget’s amount, maximum or rules (only the fields sent)',
      description:
        'Coordinators and administrators. Name the version with If-Match (412 when it moved on) or version in the body (409). The amount cannot go below what is granted (400, amountCents).',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: patchSchema } }, required: true },
      },
      responses: {
        200: { description: 'The changed budget', content: { 'application/json': { schema: budgetSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: problem('Someone changed the budget since the version in the body'),
        412: problem('If-Match does not match the budget’s version'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const expected = ifMatchVersion(c.req.valid('header')['if-match']);
      const current = await requireBudget(contextOf(c), id);
      if (expected === null) return preconditionFailed(c);
      const version = expected ?? body.version;
      if (version === undefined)
        throw new ValidationError([{ field: 'version', key: 'validation.required' }]);
      try {
        const b = await updateBudget(contextOf(c), id, {
          amountCents: body.amountCents ?? current.amountCents,
          maxPerInitiativeCents: body.maxPerInitiativeCents ?? current.maxPerInitiativeCents,
          rules: body.rules ?? current.rules,
          rulesEn: (body.rulesEn === undefined ? current.rulesEn : body.rulesEn) ?? '',
          version,
        });
        return c.json(budgetJson(b), 200, { ETag: etagOf(b) });
      } catch (error) {
        if (expected !== undefined && error instanceof BudgetConflictError) return preconditionFailed(c);
        throw error;
      }
    },
  );

  const binary = { schema: z.string().openapi({ format: 'binary' }) };
  api.openapi(
    createRoute({
      method: 'get',
      path: '/initiatives/budgets/{id}/ledger',
      tags,
      summary: 'A budget’s ledger: granted, paid, accounted for and still to pay, per grant and in total',
      description:
        'For the programme office and the officers of the budget’s area (404 for others). JSON, or CSV/XLSX for the finance department by format or Accept (CSV: UTF-8 with BOM, semicolons, decimal comma in Dutch).',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        query: z.object({
          format: z
            .enum(['json', 'csv', 'xlsx'])
            .optional()
            .openapi({ description: 'Without it the Accept header decides.' }),
        }),
      },
      responses: {
        200: {
          description: 'The ledger',
          content: {
            'application/json': { schema: ledgerSchema },
            'text/csv': binary,
            [ledgerMediaTypes.xlsx]: binary,
          },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const format = chosenFormat(c, c.req.valid('query').format);
      c.header('Cache-Control', 'private, no-store');
      c.header('Vary', 'Accept, Accept-Language');
      if (format === 'json') {
        const l = await getLedger(contextOf(c), id);
        return c.json({ budget: budgetJson(l.budget), entries: l.entries, totals: l.totals }, 200);
      }
      const file = await ledgerFile(contextOf(c), id, format, c.get('rc').locale);
      return c.body(file.body as Uint8Array<ArrayBuffer> | string, 200, {
        'Content-Type': file.contentType,
        'Content-Disposition': attachment(file.filename),
      }) as never;
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/initiatives/items/{id}/grant',
      tags,
      summary: 'The item’s grant with payments, accountings and files',
      description: 'For staff who may read the item (404 when it has no grant).',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: idParam },
      responses: {
        200: { description: 'The grant', content: { 'application/json': { schema: grantSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const view = await getItemBudget(contextOf(c), id);
      if (!view.grant) throw new NotFoundError('initiative_grant');
      return c.json(grantJson(view.grant), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/initiatives/items/{id}/grant',
      tags,
      summary: 'Grant money from a quick budget to an initiative',
      description:
        'The officers of the budget’s area and the programme office. The amount is reserved in the same transaction with a conditional update, so the budget can never be overspent, also not by grants at the same moment: one that no longer fits gets 409 with what is left. An item still waiting for a decision is decided as granted and the resident is told.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        body: { content: { 'application/json': { schema: grantSchemaIn } }, required: true },
      },
      responses: {
        201: { description: 'The grant', content: { 'application/json': { schema: grantSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: conflict,
      },
    }),
    async (c) => {
      const g = await grantFromBudget(ctx, contextOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json(grantJson(g), 201, { Location: `/api/v1/initiatives/items/${g.itemId}/grant` });
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/initiatives/grants/{id}/withdrawal',
      tags,
      summary: 'Withdraw a grant: the money goes back to the budget',
      description:
        'With a reason the resident reads. Only while nothing was paid and nothing accounted for (409 otherwise).',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        body: { content: { 'application/json': { schema: withdrawSchema } }, required: true },
      },
      responses: {
        200: { description: 'The withdrawn grant', content: { 'application/json': { schema: grantSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: conflict,
      },
    }),
    async (c) => {
      const g = await withdrawGrant(ctx, contextOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json(grantJson(g), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/initiatives/grants/{id}/payments',
      tags,
      summary: 'The payments on a grant',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: idParam },
      responses: {
        200: {
          description: 'Oldest first',
          content: { 'application/json': { schema: z.object({ items: z.array(paymentSchema) }) } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { grant } = await requireGrant(contextOf(c), c.req.valid('param').id);
      const detail = await grantDetail(contextOf(c), grant.item_id);
      return c.json({ items: detail?.payments ?? [] }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/initiatives/grants/{id}/payments',
      tags,
      summary: 'Record a payment on a grant',
      description:
        'The programme office (finance). Together the payments are at most the grant (400 on amountCents).',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        body: { content: { 'application/json': { schema: paymentSchemaIn } }, required: true },
      },
      responses: {
        201: {
          description: 'The grant with the payment',
          content: { 'application/json': { schema: grantSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: problem('The grant was withdrawn'),
      },
    }),
    async (c) => {
      const g = await recordPayment(ctx, contextOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json(grantJson(g), 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/initiatives/grants/{id}/accounting',
      tags,
      summary: 'The initiator’s accountings of a grant, with receipts and photos',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: idParam },
      responses: {
        200: {
          description: 'Accountings oldest first; the last one counts',
          content: {
            'application/json': {
              schema: z.object({ accountings: z.array(accountingSchema), files: z.array(fileSchema) }),
            },
          },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { grant } = await requireGrant(contextOf(c), c.req.valid('param').id);
      const detail = await grantDetail(contextOf(c), grant.item_id);
      const g = detail ? grantJson(detail) : { accountings: [], files: [] };
      return c.json({ accountings: g.accountings, files: g.files }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/initiatives/grants/{id}/accounting/review',
      tags,
      summary: 'Review the latest accounting: approve, or ask for more',
      description:
        'The officers of the budget’s area and the programme office. 409 when no accounting waits for review.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        body: { content: { 'application/json': { schema: reviewSchema } }, required: true },
      },
      responses: {
        200: {
          description: 'The grant after the review',
          content: { 'application/json': { schema: grantSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: conflict,
      },
    }),
    async (c) => {
      const g = await reviewAccounting(ctx, contextOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json(grantJson(g), 200);
    },
  );

  const residentFiles = (token: string) => (f: { id: string }) => ({
    href: `${fileHref(f.id)}?t=${encodeURIComponent(token)}`,
  });

  api.openapi(
    createRoute({
      method: 'get',
      path: '/initiatives/follow/{token}/accounting',
      tags,
      summary: 'The initiator’s view of their grant and accountings (by the private follow token)',
      request: { params: tokenParam },
      responses: {
        200: {
          description: 'The grant, accountings and files',
          content: { 'application/json': { schema: accountingViewSchema } },
        },
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { token } = c.req.valid('param');
      c.header('Cache-Control', 'private, no-store');
      const v = await getAccountingView(contextOf(c), token);
      return c.json({ ...v, files: v.files.map((f) => ({ ...f, ...residentFiles(token)(f) })) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/initiatives/follow/{token}/accounting',
      tags,
      summary: 'The initiator sends the accounting (by the private follow token)',
      description:
        'application/json with InitiativeAccountingInput, or multipart/form-data with the fields report and spentCents and the files receipts (PDF or images, at most 5) and photos (images, at most 3), each at most 5 MB; images are re-encoded without metadata. 409 while an earlier accounting waits for review or after approval. Rate limited per link.',
      // Bounded before anything is read: every file at its maximum size, and the text.
      middleware: [
        bodyLimit({
          maxSize: maxAccountingBytes,
          onError: () => {
            throw new ValidationError([
              { field: 'receipts', key: 'initiatives.intake.error.requestTooLarge' },
            ]);
          },
        }),
      ],
      request: { params: tokenParam },
      responses: {
        201: {
          description: 'The accounting view after sending',
          content: { 'application/json': { schema: accountingViewSchema } },
        },
        400: problemResponses[400],
        404: problemResponses[404],
        409: conflict,
        415: problem('Neither JSON nor multipart/form-data'),
        422: unprocessable,
        429: problem('Too many sends through this link; see Retry-After'),
      },
    }),
    async (c) => {
      const { token } = c.req.valid('param');
      const type = c.req.header('content-type') ?? '';
      let input: { report: unknown; spentCents: unknown };
      let uploads: AccountingUploads = {};
      if (type.startsWith('application/json')) {
        const body = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
        if (!body || typeof body !== 'object') throw new ValidationError([]);
        input = { report: body.report, spentCents: body.spentCents };
      } else if (type.startsWith('multipart/form-data')) {
        const form = await c.req.raw.formData().catch(() => null);
        if (!form) throw new ValidationError([]);
        const spent = form.get('spentCents');
        input = {
          report: form.get('report'),
          spentCents: typeof spent === 'string' && /^\d{1,12}$/.test(spent) ? Number(spent) : spent,
        };
        uploads = { receipts: await uploadsOf(form, 'receipts'), photos: await uploadsOf(form, 'photos') };
      } else {
        const locale = c.get('rc').locale;
        return problemResponse(c, { status: 415, title: titleFor(415, locale) }) as never;
      }
      const v = await submitAccounting(ctx, contextOf(c), token, input as never, uploads);
      return c.json({ ...v, files: v.files.map((f) => ({ ...f, ...residentFiles(token)(f) })) }, 201);
    },
  );
}
