// The quick budget's texts (Dutch): services' errors, the resident's messages, the ledger's
// columns and the pages. Amount parameters come as {x} (Dutch format) and {xEn} (English).
export const budgetNl = {
  // Errors
  'initiatives.budget.error.amountPositive': 'Vul een bedrag groter dan nul in.',
  'initiatives.budget.error.amount': 'Vul een bedrag in euro’s in, bijvoorbeeld 250 of 1.250,50.',
  'initiatives.budget.error.year': 'Vul een jaartal in, bijvoorbeeld 2026.',
  'initiatives.budget.error.date': 'Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-03-15.',
  'initiatives.budget.error.overMax':
    'Het bedrag is hoger dan het maximum per initiatief van dit budget ({max}).',
  'initiatives.budget.error.insufficient':
    'Er is niet genoeg over in dit budget: nog {available} beschikbaar. Kies een lager bedrag of een ander budget.',
  'initiatives.budget.error.withdrawn': 'Deze toekenning is ingetrokken.',
  'initiatives.budget.error.overpaid': 'Dat is meer dan er nog te betalen is voor deze toekenning ({open}).',
  'initiatives.budget.error.area': 'Kies een bestaand gebied.',
  'initiatives.budget.error.maxAboveAmount':
    'Het maximum per initiatief kan niet hoger zijn dan het budget zelf.',
  'initiatives.budget.error.exists': 'Voor dit gebied en dit jaar is er al een budget. Wijzig dat budget.',
  'initiatives.budget.error.conflict':
    'Iemand anders heeft dit budget intussen gewijzigd. Bekijk de nieuwe gegevens en probeer het opnieuw.',
  'initiatives.budget.error.belowReserved':
    'Het budget kan niet lager worden dan wat er al is toegekend ({reserved}).',
  'initiatives.budget.error.budgetUnknown': 'Kies een budget.',
  'initiatives.budget.error.notBudgetKind':
    'Voor dit soort melding kan geen geld uit het budget worden toegekend.',
  'initiatives.budget.error.outsideArea': 'Dit initiatief ligt niet in het gebied van dit budget.',
  'initiatives.budget.error.alreadyGranted': 'Aan dit initiatief is al geld uit een budget toegekend.',
  'initiatives.budget.error.itemNotOpen': 'Deze melding kan nu niet als toegekend worden besloten.',
  'initiatives.budget.error.itemChanged':
    'De melding is intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.',
  'initiatives.budget.error.cannotWithdraw':
    'Deze toekenning kan niet meer worden ingetrokken: er is al betaald of verantwoord.',
  'initiatives.budget.error.noGrant': 'Voor deze melding is geen geld uit het budget toegekend.',
  'initiatives.budget.error.accountingWaiting':
    'Uw verantwoording is al binnen en wordt bekeken. U hoort het als er iets ontbreekt.',
  'initiatives.budget.error.tooManyFiles': 'Stuur er hoogstens {max}.',
  'initiatives.budget.error.photoNotImage': '{name} is geen foto. Stuur bonnen als pdf bij de bonnen.',
  'initiatives.budget.error.noteRequired': 'Schrijf op wat er nog ontbreekt.',
  'initiatives.budget.error.nothingToReview': 'Er is geen verantwoording die op beoordeling wacht.',
  'initiatives.budget.error.reportShort': 'Schrijf in een paar zinnen wat er met het geld is gedaan.',

  // States
  'initiatives.budget.grantStatus.granted': 'Toegekend',
  'initiatives.budget.grantStatus.paid': 'Betaald',
  'initiatives.budget.grantStatus.accounted': 'Verantwoord',
  'initiatives.budget.grantStatus.withdrawn': 'Ingetrokken',
  'initiatives.budget.accountingStatus.submitted': 'Ingestuurd, wacht op beoordeling',
  'initiatives.budget.accountingStatus.approved': 'Goedgekeurd',
  'initiatives.budget.accountingStatus.needs_more': 'Er ontbreekt nog iets',

  // Ledger columns and files
  'initiatives.budget.col.reference': 'Nummer',
  'initiatives.budget.col.initiative': 'Initiatief',
  'initiatives.budget.col.neighbourhood': 'Buurt',
  'initiatives.budget.col.grantStatus': 'Status',
  'initiatives.budget.col.grantedOn': 'Toegekend op',
  'initiatives.budget.col.granted': 'Toegekend',
  'initiatives.budget.col.paid': 'Betaald',
  'initiatives.budget.col.accounted': 'Verantwoord',
  'initiatives.budget.col.toPay': 'Nog te betalen',
  'initiatives.budget.col.accounting': 'Verantwoording',
  'initiatives.budget.col.note': 'Notitie',
  'initiatives.budget.col.paidOn': 'Betaald op',
  'initiatives.budget.col.amount': 'Bedrag',
  'initiatives.budget.col.paymentReference': 'Kenmerk betaling',
  'initiatives.budget.col.area': 'Gebied',
  'initiatives.budget.col.year': 'Jaar',
  'initiatives.budget.col.budget': 'Budget',
  'initiatives.budget.col.available': 'Beschikbaar',
  'initiatives.budget.col.max': 'Maximum per initiatief',
  'initiatives.budget.total': 'Totaal',
  'initiatives.budget.amount': 'Budget',
  'initiatives.budget.available': 'Nog beschikbaar',
  'initiatives.budget.reserved': 'Toegekend',
  'initiatives.budget.max': 'Maximum per initiatief',
  'initiatives.budget.ledger.fileTitle': 'Grootboek budget bewonersinitiatieven {area} {year}',
  'initiatives.budget.ledger.fileStem': 'grootboek',
  'initiatives.budget.ledger.sheet': 'Grootboek',
  'initiatives.budget.payments.sheet': 'Betalingen',
  'initiatives.budget.fileAlt.receipt': 'Bon {n} bij de verantwoording van {reference}',
  'initiatives.budget.fileAlt.accounting_photo': 'Foto {n} bij de verantwoording van {reference}',

  // The resident's texts (on their page and by mail)
  'initiatives.budget.defaultAnswer':
    'Goed nieuws: uw initiatief krijgt {amount} uit het budget voor bewonersinitiatieven van {area}. Wij nemen contact met u op over de betaling. Na afloop vertelt u via uw persoonlijke link kort hoe het ging en wat u heeft uitgegeven, met de bonnen.',
  'initiatives.budget.event.granted': '{amount} toegekend uit het budget {area} {year}.',
  'initiatives.budget.resident.granted':
    'Uw initiatief krijgt {amount} uit het budget voor bewonersinitiatieven van {area}.',
  'initiatives.budget.resident.accounting_submitted.subject': 'Verantwoording ontvangen: {reference}',
  'initiatives.budget.resident.accounting_submitted.body':
    'U heeft de verantwoording ingestuurd (uitgegeven: {spent}). Wij bekijken hem en laten u weten of alles compleet is.',
  'initiatives.budget.resident.grant_withdrawn.subject': 'Toekenning ingetrokken: {reference}',
  'initiatives.budget.resident.grant_withdrawn.body':
    'De toekenning van {amount} voor uw initiatief "{title}" ({reference}) is ingetrokken. Reden: {reason}\n\nHeeft u vragen? Reageer dan via uw persoonlijke link of neem contact op met de gemeente.',
  'initiatives.budget.resident.payment_recorded.subject': 'Betaling voor uw initiatief: {reference}',
  'initiatives.budget.resident.payment_recorded.body':
    'Voor uw initiatief "{title}" ({reference}) is {amount} aan u betaald.',
  'initiatives.budget.resident.accounting_approved.subject': 'Verantwoording goedgekeurd: {reference}',
  'initiatives.budget.resident.accounting_approved.body':
    'Dank u wel. Uw verantwoording voor "{title}" ({reference}) is goedgekeurd.',
  'initiatives.budget.resident.accounting_needs_more.subject':
    'Er ontbreekt nog iets aan uw verantwoording: {reference}',
  'initiatives.budget.resident.accounting_needs_more.body':
    'Wij hebben uw verantwoording voor "{title}" ({reference}) bekeken. Er ontbreekt nog iets: {note}\n\nStuur via uw persoonlijke link een aangevulde verantwoording.',

  // Pages: public rules page
  'initiatives.budget.public.title': 'Budget voor bewonersinitiatieven {area}',
  'initiatives.budget.public.titleYear': 'Budget voor bewonersinitiatieven {area} {year}',
  'initiatives.budget.public.intro':
    'Bewoners kunnen geld vragen voor een initiatief dat de buurt beter maakt. Hier staan de regels, hoeveel er nog is en welke initiatieven geld kregen.',
  'initiatives.budget.public.none': 'Voor {area} is er (nog) geen budget voor bewonersinitiatieven.',
  'initiatives.budget.public.figures': 'Het budget in cijfers',
  'initiatives.budget.public.rules': 'Regels',
  'initiatives.budget.public.apply': 'Geld aanvragen',
  'initiatives.budget.public.applyText':
    'Vraag geld aan door een initiatief in te dienen en kies daarbij “Initiatief met budgetaanvraag”. U krijgt een persoonlijke link om uw aanvraag te volgen.',
  'initiatives.budget.public.applyLink': 'Een initiatief indienen',
  'initiatives.budget.public.granted': 'Initiatieven die geld kregen',
  'initiatives.budget.public.noGrants': 'Uit dit budget is nog geen geld toegekend.',
  'initiatives.budget.public.otherYears': 'Andere jaren',
  'initiatives.budget.public.yearLink': 'Budget {year}',
  'initiatives.budget.public.bar': '{reserved} van {amount} is toegekend; {available} is nog beschikbaar.',

  // Pages: staff list
  'initiatives.budget.list.title': 'Budgetten voor bewonersinitiatieven',
  'initiatives.budget.list.intro':
    'Per gebied en jaar een budget met gepubliceerde regels. Open het grootboek voor de toekenningen, betalingen en verantwoordingen.',
  'initiatives.budget.list.empty': 'Er zijn nog geen budgetten.',
  'initiatives.budget.list.ledger': 'Grootboek',
  'initiatives.budget.list.publicPage': 'Openbare pagina',
  'initiatives.budget.list.ledgerOf': 'Grootboek {area} {year}',
  'initiatives.budget.list.publicOf': 'Openbare pagina {area} {year}',
  'initiatives.budget.create.title': 'Nieuw budget',
  'initiatives.budget.create.submit': 'Budget aanmaken',
  'initiatives.budget.saved.created': 'Het budget is aangemaakt.',
  'initiatives.budget.saved.updated': 'Het budget is gewijzigd.',
  'initiatives.budget.field.areaCode': 'Gebied',
  'initiatives.budget.field.year': 'Jaar',
  'initiatives.budget.field.amount': 'Budget (euro)',
  'initiatives.budget.field.max': 'Maximum per initiatief (euro)',
  'initiatives.budget.field.rules': 'Regels (wat mag wel en niet)',
  'initiatives.budget.field.rules.description':
    'Deze tekst staat op de openbare pagina. Schrijf in gewone taal wie geld kan vragen, waarvoor wel en niet, en hoe de verantwoording gaat.',
  'initiatives.budget.field.rulesEn': 'Regels in het Engels (niet verplicht)',
  'initiatives.budget.field.amount.description': 'In euro’s, bijvoorbeeld 10000 of 1.250,50.',

  // Pages: ledger
  'initiatives.budget.ledger.title': 'Grootboek {area} {year}',
  'initiatives.budget.ledger.intro':
    'Per toekenning wat er is toegekend, betaald en verantwoord, en wat er nog betaald moet worden. Ingetrokken toekenningen tellen niet mee.',
  'initiatives.budget.ledger.totals': 'Totalen',
  'initiatives.budget.ledger.grants': 'Toekenningen',
  'initiatives.budget.ledger.empty': 'Uit dit budget is nog niets toegekend.',
  'initiatives.budget.ledger.download': 'Downloaden voor de financiële administratie',
  'initiatives.budget.ledger.csv': 'Grootboek als CSV',
  'initiatives.budget.ledger.xlsx': 'Grootboek als Excel-bestand (XLSX)',
  'initiatives.budget.ledger.edit': 'Budget wijzigen',
  'initiatives.budget.ledger.save': 'Opslaan',
  'initiatives.budget.ledger.openItem': 'Budgetpagina van {reference}',
  'initiatives.budget.ledger.none': '–',

  // Pages: the item's budget page
  'initiatives.budget.item.title': 'Budget voor {reference}',
  'initiatives.budget.item.notBudgetKind':
    'Deze melding is geen initiatief met een budgetaanvraag; er kan geen geld uit het budget worden toegekend.',
  'initiatives.budget.item.requested': 'Gevraagd bedrag',
  'initiatives.budget.item.notRequested': 'Geen bedrag genoemd',
  'initiatives.budget.item.status': 'Status van de melding',
  'initiatives.budget.item.noBudgets':
    'Er is geen budget voor het gebied van deze melding waaruit u mag toekennen.',
  'initiatives.budget.item.grant': 'Toekenning',
  'initiatives.budget.item.noGrant': 'Er is nog geen geld toegekend.',
  'initiatives.budget.item.fromBudget': 'Uit budget',
  'initiatives.budget.item.grantedOn': 'Toegekend op',
  'initiatives.budget.item.paidTotal': 'Betaald',
  'initiatives.budget.item.payments': 'Betalingen',
  'initiatives.budget.item.noPayments': 'Er is nog niets betaald.',
  'initiatives.budget.item.accountings': 'Verantwoording',
  'initiatives.budget.item.noAccountings': 'De initiatiefnemer heeft nog geen verantwoording ingestuurd.',
  'initiatives.budget.item.spent': 'Uitgegeven',
  'initiatives.budget.item.submittedOn': 'Ingestuurd op {date}',
  'initiatives.budget.item.reviewNote': 'Opmerking bij de beoordeling',
  'initiatives.budget.item.files': 'Bonnen en foto’s',
  'initiatives.budget.item.noFiles': 'Geen bonnen of foto’s.',
  'initiatives.budget.item.file.receipt': 'Bon {n}',
  'initiatives.budget.item.file.accounting_photo': 'Foto {n}',
  'initiatives.budget.item.grantForm': 'Geld toekennen',
  'initiatives.budget.item.grantIntro':
    'Het bedrag wordt direct gereserveerd. Wacht de melding nog op een besluit, dan wordt hij meteen besloten als toegekend en krijgt de bewoner het antwoord.',
  'initiatives.budget.item.budgetOption':
    '{area} {year} – nog {available} beschikbaar, hoogstens {max} per initiatief',
  'initiatives.budget.field.budgetId': 'Budget',
  'initiatives.budget.field.grantAmount': 'Bedrag (euro)',
  'initiatives.budget.field.answer': 'Antwoord aan de bewoner (niet verplicht)',
  'initiatives.budget.field.answer.description':
    'Leeg laten: de bewoner krijgt een standaardtekst met het bedrag.',
  'initiatives.budget.field.note': 'Notitie voor collega’s (niet verplicht)',
  'initiatives.budget.item.grantSubmit': 'Geld toekennen',
  'initiatives.budget.item.withdrawForm': 'Toekenning intrekken',
  'initiatives.budget.item.withdrawIntro':
    'Het geld gaat terug naar het budget. De bewoner krijgt de reden te lezen.',
  'initiatives.budget.field.reason': 'Reden',
  'initiatives.budget.item.withdrawSubmit': 'Toekenning intrekken',
  'initiatives.budget.item.paymentForm': 'Betaling vastleggen',
  'initiatives.budget.field.paymentAmount': 'Betaald bedrag (euro)',
  'initiatives.budget.field.paidOn': 'Betaald op',
  'initiatives.budget.field.paidOn.description': 'Als jjjj-mm-dd, bijvoorbeeld 2026-03-15.',
  'initiatives.budget.field.reference': 'Kenmerk van de betaling (niet verplicht)',
  'initiatives.budget.item.paymentSubmit': 'Betaling vastleggen',
  'initiatives.budget.item.reviewForm': 'Verantwoording beoordelen',
  'initiatives.budget.field.outcome': 'Oordeel',
  'initiatives.budget.outcome.approved': 'Goedkeuren',
  'initiatives.budget.outcome.needs_more': 'Er ontbreekt nog iets',
  'initiatives.budget.field.reviewNote': 'Toelichting voor de initiatiefnemer',
  'initiatives.budget.field.reviewNote.description':
    'Verplicht als er iets ontbreekt: de initiatiefnemer leest dit.',
  'initiatives.budget.item.reviewSubmit': 'Oordeel opslaan',
  'initiatives.budget.item.backToItem': 'Terug naar de melding',
  'initiatives.budget.item.toLedger': 'Grootboek van dit budget',
  'initiatives.budget.item.saved.granted': 'Het geld is toegekend.',
  'initiatives.budget.item.saved.withdrawn': 'De toekenning is ingetrokken.',
  'initiatives.budget.item.saved.paid': 'De betaling is vastgelegd.',
  'initiatives.budget.item.saved.reviewed': 'Uw oordeel is opgeslagen.',

  // Pages: the resident's accounting
  'initiatives.budget.accounting.title': 'Verantwoording van uw initiatief',
  'initiatives.budget.accounting.intro':
    'Vertel na afloop kort hoe het ging en wat u heeft uitgegeven. Stuur de bonnen mee (pdf of foto) en als u wilt een paar foto’s van het initiatief.',
  'initiatives.budget.accounting.grant':
    'U kreeg {amount} uit het budget voor bewonersinitiatieven. Er is tot nu toe {paid} aan u betaald.',
  'initiatives.budget.accounting.history': 'Wat u eerder instuurde',
  'initiatives.budget.accounting.form': 'Verantwoording insturen',
  'initiatives.budget.accounting.formAgain': 'Aangevulde verantwoording insturen',
  'initiatives.budget.field.report': 'Hoe ging het en wat heeft u met het geld gedaan?',
  'initiatives.budget.field.spent': 'Uitgegeven (euro)',
  'initiatives.budget.field.receipts': 'Bonnen (pdf of foto, hoogstens 5)',
  'initiatives.budget.field.receipts.description': 'Elk bestand hoogstens 5 MB.',
  'initiatives.budget.field.photos': 'Foto’s van het initiatief (niet verplicht, hoogstens 3)',
  'initiatives.budget.field.photos.description':
    'JPEG, PNG of WebP, elk hoogstens 5 MB. Wij slaan de foto opnieuw op zonder verborgen gegevens zoals de plek waar hij is gemaakt.',
  'initiatives.budget.accounting.submit': 'Verantwoording insturen',
  'initiatives.budget.accounting.sent':
    'Dank u wel. Uw verantwoording is binnen; wij laten u weten of alles compleet is.',
  'initiatives.budget.accounting.waiting':
    'Uw verantwoording wordt bekeken. U hoort het als er iets ontbreekt.',
  'initiatives.budget.accounting.done': 'Uw verantwoording is goedgekeurd. Dank u wel!',
  'initiatives.budget.accounting.backToFollow': 'Terug naar uw melding',
  'initiatives.budget.accounting.invalidLink':
    'Deze link klopt niet. Gebruik de persoonlijke link uit uw bevestiging.',
  'initiatives.budget.nav.budgets': 'Budgetten',
} as const;
