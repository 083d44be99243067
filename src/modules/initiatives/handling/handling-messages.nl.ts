// Texts of the handling part (Dutch first): errors of the handling steps, event names in the
// history, the escalation mail to the coordinators, and the resident's own answer in the history.
export const handlingNl = {
  'initiatives.handling.error.conflict':
    'Iemand anders heeft deze melding intussen gewijzigd. Bekijk de nieuwe stand en probeer het opnieuw.',
  'initiatives.handling.error.askWithQuestion':
    'Stel een vraag aan de melder om de melding op “Vraag aan de melder” te zetten.',
  'initiatives.handling.error.closed': 'Deze melding is afgesloten; heropen hem eerst.',
  'initiatives.handling.error.sameOwner': 'De melding ligt al bij deze organisatie.',
  'initiatives.handling.error.executeNeedsGrant':
    'Alleen een toegekend idee of initiatief kan worden uitgevoerd.',
  'initiatives.handling.error.withdrawGrantFirst':
    'Er is budget toegekend dat nog niet is uitbetaald: trek de toekenning eerst in.',
  'initiatives.handling.error.unknownOrganisation': 'Deze organisatie bestaat niet.',
  'initiatives.handling.error.organisationKind':
    'Een melding kan alleen bij een afdeling, team of partnerorganisatie liggen.',
  'initiatives.handling.error.personNotInOrganisation':
    'Deze persoon werkt niet bij de organisatie die de melding behandelt.',
  'initiatives.handling.error.unknownCategory': 'Deze categorie bestaat niet of is niet meer in gebruik.',
  'initiatives.handling.error.unknownArea': 'Dit gebied bestaat niet.',
  'initiatives.handling.error.areaTooWide': 'Kies een wijk of buurt, niet de hele gemeente.',
  'initiatives.handling.error.pointOutside': 'Dit punt ligt niet in een buurt van de gemeente.',
  'initiatives.handling.error.lonLatTogether': 'Geef lengte- en breedtegraad allebei op.',
  'initiatives.handling.error.nothingToChange': 'Er is niets veranderd.',
  'initiatives.handling.error.notAwaiting': 'Er staat geen vraag aan u open bij deze melding.',
  'initiatives.handling.error.mayNotRate':
    'U kunt uw oordeel geven nadat de melding is afgerond (binnen de termijn daarna).',
  'initiatives.handling.error.alreadyRated': 'U heeft uw oordeel over deze afhandeling al gegeven.',
  'initiatives.handling.error.period': 'De begindatum moet voor de einddatum liggen.',
  'initiatives.handling.event.received': 'Ontvangen',
  'initiatives.handling.event.transferred': 'Overgedragen',
  'initiatives.handling.event.in_progress': 'In behandeling genomen',
  'initiatives.handling.event.question': 'Vraag aan de melder',
  'initiatives.handling.event.answer': 'Antwoord van de melder',
  'initiatives.handling.event.decided_granted': 'Besloten: toegekend',
  'initiatives.handling.event.decided_rejected': 'Besloten: afgewezen',
  'initiatives.handling.event.decided_referred': 'Besloten: doorverwezen',
  'initiatives.handling.event.in_execution': 'Wordt uitgevoerd',
  'initiatives.handling.event.done': 'Afgerond',
  'initiatives.handling.event.cancelled': 'Geannuleerd',
  'initiatives.handling.event.reopened': 'Heropend',
  'initiatives.handling.event.assigned': 'Toegewezen aan een persoon',
  'initiatives.handling.event.changed': 'Categorie of locatie gewijzigd',
  'initiatives.handling.event.escalated': 'Geëscaleerd naar de coördinator',
  'initiatives.handling.event.rated': 'Oordeel van de melder',
  'initiatives.handling.event.signal_outcome': 'Uitkomst wijksignaal',
  'initiatives.handling.residentAnswer': 'Uw antwoord: {text}',
  'initiatives.handling.rerouted': 'Andere categorie of locatie: opnieuw toegewezen.',
  'initiatives.handling.noPerson': 'niemand in het bijzonder',
  'initiatives.handling.rating.satisfied': 'Tevreden',
  'initiatives.handling.rating.unsatisfied': 'Niet tevreden',
  'initiatives.handling.mail.answered.subject': 'Antwoord van de melder op {reference}',
  'initiatives.handling.mail.answered.body':
    'De melder van {reference} ({title}) heeft uw vraag beantwoord:\n\n{text}\n\nDe melding staat weer op “In behandeling”; de termijn is nu {deadline}.\n\n{link}',
  'initiatives.handling.mail.escalation.subject': '{count} meldingen over de termijn – {municipality}',
  'initiatives.handling.mail.escalation.body':
    'Beste {name},\n\nDeze meldingen en initiatieven zijn ook na de tweede termijn nog niet afgehandeld en komen daarom bij u als coördinator terecht:\n\n{items}\n\nBekijk ze in de werkbak: {link}\n\nDit bericht is automatisch verstuurd door Wijkwerk.',
  'initiatives.handling.mail.escalation.item':
    '- {reference} {title} (termijn {deadline}, bij {owner})\n  {link}',
} as const;
