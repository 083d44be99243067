// Texts of the rules (Dutch): why a step, a grant or a rating is not possible.
export const rulesNl = {
  'initiatives.rules.transitionNotAllowed': 'Deze stap is niet mogelijk vanuit de huidige status.',
  'initiatives.rules.decisionRequired': 'Kies een besluit: toegekend, afgewezen of doorverwezen.',
  'initiatives.rules.answerRequired': 'Schrijf het antwoord dat de melder te lezen krijgt.',
  'initiatives.rules.reasonRequired': 'Geef een reden op; de melder krijgt die te lezen.',
  'initiatives.rules.grantAmountInvalid': 'Vul een bedrag in van meer dan € 0,00, in hele centen.',
  'initiatives.rules.grantAboveMaximum': 'Het bedrag is hoger dan het maximum per initiatief van dit budget.',
  'initiatives.rules.budgetExhausted': 'Er is niet genoeg over in dit budget voor dit bedrag.',
  'initiatives.rules.ratingNotPossible': 'U kunt deze melding (nu) niet beoordelen.',
} as const;
