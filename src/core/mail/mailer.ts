import nodemailer from 'nodemailer';
import type { Db } from '../db/database.ts';

// E-mail goes through SMTP when configured, otherwise to the outbox table, which
// administrators read on a page. Either way the message is recorded with its purpose.

export interface MailMessage {
  municipalityId: string;
  to: string;
  subject: string;
  text: string;
  /** Why we send it (privacy: every piece of personal data has a purpose). */
  purpose: string;
}

export interface Mailer {
  send(db: Db, message: MailMessage): Promise<void>;
}

export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  return {
    async send(db, m) {
      let sentAt: Date | null = null;
      let error: string | null = null;
      if (transport) {
        try {
          await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
          sentAt = new Date();
        } catch (e) {
          error = e instanceof Error ? e.message : String(e);
        }
      }
      await db
        .insertInto('outbox_messages')
        .values({
          municipality_id: m.municipalityId,
          recipient: m.to,
          subject: m.subject,
          body_text: m.text,
          purpose: m.purpose,
          sent_at: sentAt,
          transport: transport ? 'smtp' : 'outbox',
          error,
        })
        .execute();
    },
  };
}
