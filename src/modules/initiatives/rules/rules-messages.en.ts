import type { rulesNl } from './rules-messages.nl.ts';

// English texts of the rules; every Dutch key must be here (checked by the type).
export const rulesEn: Record<keyof typeof rulesNl, string> = {
  'initiatives.rules.transitionNotAllowed': 'This step is not possible from the current status.',
  'initiatives.rules.decisionRequired': 'Choose a decision: granted, rejected or referred.',
  'initiatives.rules.answerRequired': 'Write the answer the resident will read.',
  'initiatives.rules.reasonRequired': 'Give a reason; the resident will read it.',
  'initiatives.rules.grantAmountInvalid': 'Enter an amount above € 0.00, in whole cents.',
  'initiatives.rules.grantAboveMaximum': 'The amount is above this budget’s maximum per initiative.',
  'initiatives.rules.budgetExhausted': 'Not enough is left in this budget for this amount.',
  'initiatives.rules.ratingNotPossible': 'You cannot rate this report (now).',
};
