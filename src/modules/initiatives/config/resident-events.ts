// The moments at which the resident is told something, and the placeholders a text may use.
// Built-in texts: resident-messages.nl.ts / .en.ts; a municipality may override them per event
// and language (initiative_message_templates, managed on the berichten page).

export const residentEvents = [
  'received',
  'transferred',
  'in_progress',
  'question',
  'decided_granted',
  'decided_rejected',
  'decided_referred',
  'in_execution',
  'done',
  'cancelled',
  'reopened',
  'signal_outcome',
] as const;
export type ResidentEvent = (typeof residentEvents)[number];

export const residentPlaceholders = [
  'reference',
  'title',
  'owner',
  'answer',
  'question',
  'reason',
  'link',
  'deadline',
] as const;
export type ResidentPlaceholder = (typeof residentPlaceholders)[number];

/**
 * What fills the placeholders. {owner}: who has it now, in plain words (the organisation's name);
 * {answer}: the decision's answer, or for signal_outcome what happened with the wijksignaal;
 * {question}: the question to the resident; {reason}: why (transfer, cancellation, reopening);
 * {link}: the absolute private follow link; {deadline}: the date, already formatted for the
 * reader (formatResidentDate). Missing values render as empty text.
 */
export type ResidentMessageParams = Partial<Record<ResidentPlaceholder, string>>;

export interface ResidentText {
  subject: string;
  body: string;
}

export function isResidentEvent(value: string): value is ResidentEvent {
  return (residentEvents as readonly string[]).includes(value);
}
