import type { ResidentEvent, ResidentText } from './resident-events.ts';

// Built-in texts for the resident in English (plain language). Placeholders:
// {reference} {title} {owner} {answer} {question} {reason} {link} {deadline}.
export const residentMessagesEn: Record<ResidentEvent, ResidentText> = {
  received: {
    subject: 'We have received your report ({reference})',
    body:
      'Thank you for your report "{title}". Your number is {reference}.\n\n' +
      '{owner} will deal with it. You will hear from us by {deadline} at the latest.\n\n' +
      'Follow what happens with your report through this personal link:\n{link}',
  },
  transferred: {
    subject: 'Your report has been passed on ({reference})',
    body:
      'Your report "{title}" ({reference}) has been passed on to {owner}. They handle it from now on.\n\n' +
      'Why: {reason}\n\n' +
      'Follow your report:\n{link}',
  },
  in_progress: {
    subject: 'We are working on your report ({reference})',
    body:
      '{owner} has started on your report "{title}" ({reference}). You will hear from us by {deadline} at the latest.\n\n' +
      'Follow your report:\n{link}',
  },
  question: {
    subject: 'We have a question about your report ({reference})',
    body:
      'We have a question about your report "{title}" ({reference}):\n\n{question}\n\n' +
      'You can answer through your personal link:\n{link}\n\n' +
      'While we wait for your answer, the time limit is paused.',
  },
  decided_granted: {
    subject: 'Decision on your report: granted ({reference})',
    body:
      'Good news about "{title}" ({reference}): we have granted your request.\n\n{answer}\n\n' +
      'Read more or respond:\n{link}',
  },
  decided_rejected: {
    subject: 'Decision on your report: not granted ({reference})',
    body:
      'We have looked at your report "{title}" ({reference}). Unfortunately we cannot take it further.\n\n' +
      '{answer}\n\n' +
      'Do you disagree? Let us know:\n{link}',
  },
  decided_referred: {
    subject: 'Your report belongs with another organisation ({reference})',
    body:
      'We cannot solve your report "{title}" ({reference}) ourselves. We refer you elsewhere.\n\n' +
      '{answer}\n\n' +
      'Read more:\n{link}',
  },
  in_execution: {
    subject: 'Your report is being carried out ({reference})',
    body:
      'We are getting to work on "{title}" ({reference}). {owner} carries it out.\n\n' +
      'Follow the progress:\n{link}',
  },
  done: {
    subject: 'Your report has been completed ({reference})',
    body:
      'Your report "{title}" ({reference}) has been completed.\n\n{answer}\n\n' +
      'Are you satisfied with how we handled your report? Let us know:\n{link}',
  },
  cancelled: {
    subject: 'We have stopped work on your report ({reference})',
    body:
      'We have stopped work on your report "{title}" ({reference}).\n\n' +
      'Why: {reason}\n\n' +
      'Read more:\n{link}',
  },
  reopened: {
    subject: 'Your report has been reopened ({reference})',
    body:
      'We have reopened your report "{title}" ({reference}). {owner} is looking at it again.\n\n' +
      'Why: {reason}\n\n' +
      'Follow your report:\n{link}',
  },
  signal_outcome: {
    subject: 'What was done with your report ({reference})',
    body:
      'We discussed your report "{title}" ({reference}) together with other reports from the ' +
      'neighbourhood. This is what happened:\n\n{answer}\n\n' +
      'Read more:\n{link}',
  },
};
