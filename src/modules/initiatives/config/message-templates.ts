import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ValidationError } from '../../../core/errors.ts';
import { initiativesTx } from '../initiatives.tables.ts';
import { findTemplate, templateRows } from './config.repository.ts';
import { requireConfigChange, requireConfigStaffRead } from './config-access.ts';
import { parseConfigInput, type TemplateInput, templateInput } from './config-input.ts';
import {
  builtInResidentText,
  type ResidentEvent,
  type ResidentMessageParams,
  type ResidentText,
  renderResidentText,
  residentEvents,
  unknownPlaceholders,
} from './resident-message.ts';

export type { TemplateInput };
export { templateInput };

// The municipality's own texts to residents, per event and language, replacing the built-in
// ones (resident-messages.nl.ts / .en.ts). Removing an own text brings the built-in one back.

export const templateLocales = ['nl', 'en'] as const;
export type TemplateLocale = (typeof templateLocales)[number];

export interface MessageTemplate {
  event: ResidentEvent;
  locale: TemplateLocale;
  /** The text used now: the municipality's own, or the built-in one. */
  subject: string;
  body: string;
  /** The municipality has its own text for this event and language. */
  custom: boolean;
  builtIn: ResidentText;
  updatedAt: string | null;
}

export async function listMessageTemplates(ctx: ServiceContext): Promise<MessageTemplate[]> {
  requireConfigStaffRead(ctx.actor);
  const rows = await templateRows(ctx.db, ctx.actor.municipalityId);
  const own = new Map(rows.map((r) => [`${r.event}/${r.locale}`, r]));
  return residentEvents.flatMap((event) =>
    templateLocales.map((locale): MessageTemplate => {
      const row = own.get(`${event}/${locale}`);
      const builtIn = builtInResidentText(event, locale);
      return {
        event,
        locale,
        subject: row?.subject ?? builtIn.subject,
        body: row?.body ?? builtIn.body,
        custom: row !== undefined,
        builtIn,
        updatedAt: row ? new Date(row.updated_at).toISOString() : null,
      };
    }),
  );
}

export async function getMessageTemplate(
  ctx: ServiceContext,
  event: ResidentEvent,
  locale: TemplateLocale,
): Promise<MessageTemplate> {
  requireConfigStaffRead(ctx.actor);
  const row = await findTemplate(ctx.db, ctx.actor.municipalityId, event, locale);
  const builtIn = builtInResidentText(event, locale);
  return {
    event,
    locale,
    subject: row?.subject ?? builtIn.subject,
    body: row?.body ?? builtIn.body,
    custom: row !== undefined,
    builtIn,
    updatedAt: row ? new Date(row.updated_at).toISOString() : null,
  };
}

/** Checks a text: lengths, a one-line subject, and only the known {placeholders}. */
export function checkTemplate(input: TemplateInput): ResidentText {
  const data = parseConfigInput(templateInput, input);
  const errors = (['subject', 'body'] as const).flatMap((field) => {
    const unknown = unknownPlaceholders(data[field]);
    return unknown.length > 0
      ? [
          {
            field,
            key: 'initiatives.config.error.placeholder',
            params: { names: unknown.map((n) => `{${n}}`).join(', ') },
          },
        ]
      : [];
  });
  if (errors.length > 0) throw new ValidationError(errors);
  return data;
}

export async function saveMessageTemplate(
  ctx: ServiceContext,
  event: ResidentEvent,
  locale: TemplateLocale,
  input: TemplateInput,
): Promise<MessageTemplate> {
  requireConfigChange(ctx.actor, 'update');
  const text = checkTemplate(input);
  const m = ctx.actor.municipalityId;
  await runWrite(ctx, async (wtx, audit) => {
    await initiativesTx(wtx)
      .insertInto('initiative_message_templates')
      .values({
        municipality_id: m,
        event,
        locale,
        subject: text.subject,
        body: text.body,
        updated_at: new Date(),
      })
      .onConflict((oc) =>
        oc
          .columns(['municipality_id', 'event', 'locale'])
          .doUpdateSet({ subject: text.subject, body: text.body, updated_at: new Date() }),
      )
      .execute();
    audit({
      action: 'initiatives.message_template.save',
      resourceType: 'initiative_config',
      resourceId: null,
      changes: { event, locale, subject: text.subject },
    });
  });
  return getMessageTemplate(ctx, event, locale);
}

/** Back to the built-in text. */
export async function resetMessageTemplate(
  ctx: ServiceContext,
  event: ResidentEvent,
  locale: TemplateLocale,
): Promise<MessageTemplate> {
  requireConfigChange(ctx.actor, 'delete');
  const m = ctx.actor.municipalityId;
  await runWrite(ctx, async (wtx, audit) => {
    await initiativesTx(wtx)
      .deleteFrom('initiative_message_templates')
      .where('municipality_id', '=', m)
      .where('event', '=', event)
      .where('locale', '=', locale)
      .execute();
    audit({
      action: 'initiatives.message_template.reset',
      resourceType: 'initiative_config',
      resourceId: null,
      changes: { event, locale },
    });
  });
  return getMessageTemplate(ctx, event, locale);
}

/** Example values for previews (an invented item, not a real resident's). */
export function sampleParams(locale: TemplateLocale, publicUrl: string): ResidentMessageParams {
  const nl = locale === 'nl';
  return {
    reference: 'M-2026-000123',
    title: nl ? 'Losse stoeptegel bij de speeltuin' : 'Loose paving stone near the playground',
    owner: nl ? 'Afdeling Openbare Ruimte' : 'Public Space Department',
    answer: nl
      ? 'Wij leggen de tegel deze week opnieuw. Dank voor het doorgeven.'
      : 'We will relay the stone this week. Thank you for letting us know.',
    question: nl ? 'Bij welk huisnummer ligt de tegel?' : 'Near which house number is the stone?',
    reason: nl
      ? 'De tegel ligt op grond van de woonstichting.'
      : 'The stone is on land of the housing association.',
    link: `${publicUrl.replace(/\/+$/, '')}/meldingen/volgen/voorbeeld`,
    deadline: nl ? '12 maart 2026' : '12 March 2026',
  };
}

/** The text as a resident would get it, with example values (checked like a save). */
export function previewMessageTemplate(
  locale: TemplateLocale,
  input: TemplateInput,
  publicUrl: string,
): ResidentText {
  return renderResidentText(checkTemplate(input), sampleParams(locale, publicUrl));
}
