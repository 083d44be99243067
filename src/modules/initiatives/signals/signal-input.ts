import { z } from 'zod';
import { signalStatuses } from './signals.ts';

// The input of the wijksignalen services (the API documents these schemas).

const uuid = z.uuid('validation.invalid');
const version = z.coerce.number().int().min(1).max(1_000_000_000);
const itemIds = z.array(uuid).max(200);

export const createSignalInput = z.object({
  areaCode: z.string().trim().min(1).max(20),
  title: z.string().trim().min(3).max(200),
  explanation: z.string().trim().min(10).max(5000),
  itemIds: itemIds.default([]),
});
export type CreateSignalInput = z.input<typeof createSignalInput>;

export const updateSignalInput = z.object({
  title: z.string().trim().min(3).max(200).optional(),
  explanation: z.string().trim().min(10).max(5000).optional(),
  addItemIds: itemIds.default([]),
  removeItemIds: itemIds.default([]),
  version,
});
export type UpdateSignalInput = z.input<typeof updateSignalInput>;

export const linkSignalInput = z.object({ planId: uuid, planItemId: uuid, version });
export type LinkSignalInput = z.input<typeof linkSignalInput>;

export const sendSignalInput = z
  .object({
    organisationId: z.union([uuid, z.literal('')]).optional(),
    board: z.string().trim().max(200).optional(),
    version,
  })
  .refine((v) => Boolean(v.organisationId) || Boolean(v.board), {
    path: ['organisationId'],
    message: 'initiatives.signals.error.sendTo',
  });
export type SendSignalInput = z.input<typeof sendSignalInput>;

export const signalOutcomeInput = z.object({
  outcome: z.string().trim().min(10).max(5000),
  close: z.boolean().default(true),
  version,
});
export type SignalOutcomeInput = z.input<typeof signalOutcomeInput>;

export const listSignalsInput = z.object({
  areaCode: z.string().trim().max(20).optional(),
  status: z.enum(signalStatuses as [string, ...string[]]).optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListSignalsInput = z.input<typeof listSignalsInput>;

export const signalCandidatesInput = z.object({
  categoryId: z.union([uuid, z.literal('')]).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type SignalCandidatesInput = z.input<typeof signalCandidatesInput>;
