import type { handlingNl } from './handling-messages.nl.ts';

// English texts of the handling part; every Dutch key must be here (checked by the type).
export const handlingEn: Record<keyof typeof handlingNl, string> = {
  'initiatives.handling.error.conflict':
    'Someone else changed this item in the meantime. Look at the new state and try again.',
  'initiatives.handling.error.askWithQuestion':
    'Ask the resident a question to put the item on “Question to the resident”.',
  'initiatives.handling.error.closed': 'This item is closed; reopen it first.',
  'initiatives.handling.error.sameOwner': 'The item is already with this organisation.',
  'initiatives.handling.error.executeNeedsGrant': 'Only a granted idea or initiative can be carried out.',
  'initiatives.handling.error.withdrawGrantFirst':
    'Budget has been granted and not yet paid: withdraw the grant first.',
  'initiatives.handling.error.unknownOrganisation': 'This organisation does not exist.',
  'initiatives.handling.error.organisationKind':
    'An item can only be with a department, team or partner organisation.',
  'initiatives.handling.error.personNotInOrganisation':
    'This person does not work for the organisation handling the item.',
  'initiatives.handling.error.unknownCategory': 'This category does not exist or is no longer in use.',
  'initiatives.handling.error.unknownArea': 'This area does not exist.',
  'initiatives.handling.error.areaTooWide': 'Choose a wijk or buurt, not the whole municipality.',
  'initiatives.handling.error.pointOutside': 'This point is not in a buurt of the municipality.',
  'initiatives.handling.error.lonLatTogether': 'Give both longitude and latitude.',
  'initiatives.handling.error.nothingToChange': 'Nothing has changed.',
  'initiatives.handling.error.notAwaiting': 'There is no open question to you about this item.',
  'initiatives.handling.error.mayNotRate':
    'You can give your opinion once the item has been completed (within the period after that).',
  'initiatives.handling.error.alreadyRated': 'You have already given your opinion about this handling.',
  'initiatives.handling.error.period': 'The start date must come before the end date.',
  'initiatives.handling.event.received': 'Received',
  'initiatives.handling.event.transferred': 'Transferred',
  'initiatives.handling.event.in_progress': 'Taken into handling',
  'initiatives.handling.event.question': 'Question to the resident',
  'initiatives.handling.event.answer': 'Answer from the resident',
  'initiatives.handling.event.decided_granted': 'Decided: granted',
  'initiatives.handling.event.decided_rejected': 'Decided: rejected',
  'initiatives.handling.event.decided_referred': 'Decided: referred',
  'initiatives.handling.event.in_execution': 'Being carried out',
  'initiatives.handling.event.done': 'Completed',
  'initiatives.handling.event.cancelled': 'Cancelled',
  'initiatives.handling.event.reopened': 'Reopened',
  'initiatives.handling.event.assigned': 'Assigned to a person',
  'initiatives.handling.event.changed': 'Category or location changed',
  'initiatives.handling.event.escalated': 'Escalated to the coordinator',
  'initiatives.handling.event.rated': 'Resident’s opinion',
  'initiatives.handling.event.signal_outcome': 'Outcome of a neighbourhood signal',
  'initiatives.handling.residentAnswer': 'Your answer: {text}',
  'initiatives.handling.rerouted': 'Different category or location: assigned again.',
  'initiatives.handling.noPerson': 'nobody in particular',
  'initiatives.handling.rating.satisfied': 'Satisfied',
  'initiatives.handling.rating.unsatisfied': 'Not satisfied',
  'initiatives.handling.mail.answered.subject': 'The resident answered about {reference}',
  'initiatives.handling.mail.answered.body':
    'The resident who reported {reference} ({title}) answered your question:\n\n{text}\n\nThe item is back “In progress”; the deadline is now {deadline}.\n\n{link}',
  'initiatives.handling.mail.escalation.subject': '{count} items past their deadline – {municipality}',
  'initiatives.handling.mail.escalation.body':
    'Dear {name},\n\nThese reports and initiatives have still not been dealt with after the second limit and therefore come to you as coordinator:\n\n{items}\n\nSee them in the work inbox: {link}\n\nThis message was sent automatically by Wijkwerk.',
  'initiatives.handling.mail.escalation.item':
    '- {reference} {title} (deadline {deadline}, with {owner})\n  {link}',
};
