import { describe, expect, it } from 'vitest';
import { checkTemplate } from './message-templates.ts';
import {
  formatResidentDate,
  renderResidentText,
  residentEvents,
  residentPlaceholders,
  unknownPlaceholders,
} from './resident-message.ts';
import { residentMessagesEn } from './resident-messages.en.ts';
import { residentMessagesNl } from './resident-messages.nl.ts';

// The built-in texts and the rendering of placeholders (pure; the database part is in the API's
// integration test).

describe('built-in resident texts', () => {
  it('exist for every event in Dutch and English and use only known placeholders', () => {
    for (const event of residentEvents) {
      for (const text of [residentMessagesNl[event], residentMessagesEn[event]]) {
        expect(text.subject.trim()).not.toBe('');
        expect(text.body.trim()).not.toBe('');
        expect(unknownPlaceholders(text.subject + text.body)).toEqual([]);
        expect(text.subject).not.toMatch(/\n/);
        // Every text carries the reference and the private link.
        expect(text.subject + text.body).toContain('{reference}');
        expect(text.body).toContain('{link}');
      }
    }
    expect(Object.keys(residentMessagesNl).sort()).toEqual([...residentEvents].sort());
    expect(Object.keys(residentMessagesEn).sort()).toEqual([...residentEvents].sort());
  });

  it('the events that need a value mention it', () => {
    expect(residentMessagesNl.question.body).toContain('{question}');
    expect(residentMessagesNl.transferred.body).toContain('{owner}');
    expect(residentMessagesNl.transferred.body).toContain('{reason}');
    expect(residentMessagesNl.cancelled.body).toContain('{reason}');
    for (const e of ['decided_granted', 'decided_rejected', 'decided_referred', 'signal_outcome'] as const)
      expect(residentMessagesNl[e].body).toContain('{answer}');
    expect(residentMessagesNl.received.body).toContain('{deadline}');
  });
});

describe('renderResidentText', () => {
  it('fills every placeholder, missing ones empty, unknown names untouched', () => {
    const params = Object.fromEntries(residentPlaceholders.map((p) => [p, `<${p}>`]));
    const all = residentPlaceholders.map((p) => `{${p}}`).join(' ');
    expect(renderResidentText({ subject: 'S {reference}', body: all }, params).body).toBe(
      residentPlaceholders.map((p) => `<${p}>`).join(' '),
    );
    expect(renderResidentText({ subject: 'S', body: 'a {answer} b {nope}' }, {}).body).toBe('a  b {nope}');
  });

  it('keeps the subject on one line even when a value has line breaks', () => {
    expect(renderResidentText({ subject: 'Over {title}', body: '' }, { title: 'Bank\nkapot' }).subject).toBe(
      'Over Bank kapot',
    );
  });

  it('formats the deadline for the reader', () => {
    expect(formatResidentDate('nl', '2026-03-12')).toBe('12 maart 2026');
    expect(formatResidentDate('en', '2026-03-12')).toBe('12 March 2026');
    expect(formatResidentDate('nl', 'onzin')).toBe('onzin');
  });

  it('a municipality text with an unknown placeholder is refused at its field', () => {
    expect(() => checkTemplate({ subject: 'Hallo {naam}', body: 'Tekst' })).toThrowError(
      expect.objectContaining({ fieldErrors: [expect.objectContaining({ field: 'subject' })] }),
    );
    expect(checkTemplate({ subject: ' Hallo {reference} ', body: 'Tekst' })).toEqual({
      subject: 'Hallo {reference}',
      body: 'Tekst',
    });
  });
});
