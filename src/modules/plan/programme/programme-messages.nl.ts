// Teksten van het programma: projectideeën uit de wijk, het effectenkader, beoordelen en besluiten.
export const programmeNl = {
  'plan.programme.title': 'Programma wijkaanpak',
  'plan.programme.nav.ideas': 'Projectideeën',
  'plan.programme.nav.framework': 'Effectenkader',
  'plan.programme.nav.coherence': 'Samenhang',
  'plan.programme.nav.submit': 'Projectidee indienen',

  'plan.programme.default.social_cohesion.name': 'Sociale cohesie',
  'plan.programme.default.social_cohesion.description':
    'Bewoners kennen elkaar beter, helpen elkaar en doen samen dingen in de buurt.',
  'plan.programme.default.positive_image.name': 'Positieve beeldvorming',
  'plan.programme.default.positive_image.description':
    'De wijk komt er beter op te staan, bij de eigen bewoners en bij de rest van de stad.',
  'plan.programme.default.access_to_facilities.name': 'Toegang tot bestaande (hulp)voorzieningen',
  'plan.programme.default.access_to_facilities.description':
    'Bewoners vinden sneller de weg naar hulp en voorzieningen die er al zijn.',
  'plan.programme.default.safety.name': 'Sociale en fysieke veiligheid',
  'plan.programme.default.safety.description':
    'De wijk is veiliger en voelt ook veiliger aan, op straat en achter de voordeur.',
  'plan.programme.default.employment.name': 'Werkgelegenheid',
  'plan.programme.default.employment.description':
    'Het project levert werk, stages of een opstap naar werk op voor bewoners.',
  'plan.programme.default.ownership.name': 'Eigenaarschap in de eigen wijk',
  'plan.programme.default.ownership.description':
    'Bewoners nemen zelf verantwoordelijkheid voor hun wijk en houden het project mee overeind.',
  'plan.programme.default.durability.name': 'Duurzaamheid',
  'plan.programme.default.durability.description':
    'Het project gaat door of is geborgd als het geld van het programma op is.',

  'plan.programme.status.unconfirmed': 'Nog niet bevestigd',
  'plan.programme.status.submitted': 'Ingediend',
  'plan.programme.status.in_assessment': 'Wordt beoordeeld',
  'plan.programme.status.revise': 'Aanpassen gevraagd',
  'plan.programme.status.accepted': 'Aangenomen',
  'plan.programme.status.rejected': 'Afgewezen',

  'plan.programme.score.none': 'Geen bijdrage',
  'plan.programme.score.some': 'Enige bijdrage',
  'plan.programme.score.substantial': 'Substantiële bijdrage',
  'plan.programme.score.unscored': 'Nog niet beoordeeld',

  'plan.programme.decision.accept': 'Aannemen',
  'plan.programme.decision.revise': 'Vragen om aan te passen',
  'plan.programme.decision.reject': 'Afwijzen',
  'plan.programme.decided.accept': 'Aangenomen',
  'plan.programme.decided.revise': 'Aanpassen gevraagd',
  'plan.programme.decided.reject': 'Afgewezen',

  'plan.programme.outcome.meets': 'Voldoet aan de regel',
  'plan.programme.outcome.does_not_meet': 'Voldoet niet aan de regel',
  'plan.programme.outcome.incomplete': 'Nog niet compleet beoordeeld',

  'plan.programme.rule.effectsMet':
    'Draagt substantieel bij aan {count} van de {total} effecten ({effects}); nodig: minstens {required}.',
  'plan.programme.rule.effectsOpen':
    'Draagt tot nu toe substantieel bij aan {count} van de {total} effecten; nodig: minstens {required}. Nog niet alle effecten zijn beoordeeld.',
  'plan.programme.rule.effectsNotMet':
    'Draagt substantieel bij aan {count} van de {total} effecten; nodig: minstens {required}.',
  'plan.programme.rule.criterionMet': 'Voldoet aan het criterium {name}.',
  'plan.programme.rule.criterionOpen': 'Het criterium {name} is nog niet beoordeeld.',
  'plan.programme.rule.criterionNotMet.some':
    'Voldoet niet aan het criterium {name}: daarvoor is minstens enige bijdrage nodig.',
  'plan.programme.rule.criterionNotMet.substantial':
    'Voldoet niet aan het criterium {name}: daarvoor is een substantiële bijdrage nodig.',

  'plan.programme.error.invalidLink': 'Deze link klopt niet of is verlopen.',
  'plan.programme.error.areaTooWide': 'Kies een wijk of gebied, niet de hele gemeente.',
  'plan.programme.error.notOpen': 'Over dit idee is al besloten; het staat niet meer open voor beoordeling.',
  'plan.programme.error.notAskedToRevise': 'Dit idee kan nu niet worden aangepast.',
  'plan.programme.error.ideaConflict':
    'Iemand anders heeft dit idee intussen gewijzigd. Bekijk de nieuwe stand en probeer het opnieuw.',
  'plan.programme.error.frameworkConflict':
    'Iemand anders heeft het effectenkader intussen gewijzigd. Bekijk de nieuwe stand en probeer het opnieuw.',
  'plan.programme.error.actionLine': 'Kies een actielijn van een wijkplan dat u mag aanvullen.',
  'plan.programme.error.goal': 'Kies een doel van een wijkplan.',
  'plan.programme.error.minAboveEffects':
    'Het minimum kan niet hoger zijn dan het aantal effecten ({count}).',
  'plan.programme.error.consent': 'Geef toestemming om uw gegevens te gebruiken.',

  'plan.programme.mail.confirm.subject': 'Bevestig uw projectidee: {title}',
  'plan.programme.mail.confirm.body':
    'Bedankt voor uw projectidee "{title}".\n\nBevestig het binnen {days} dagen via deze link:\n{link}\n\nDaarna gaat het naar het programmabureau. Heeft u niets ingediend? Dan kunt u deze e-mail negeren; er wordt niets bewaard.',
  'plan.programme.mail.received.subject': 'Uw projectidee is ontvangen: {title}',
  'plan.programme.mail.received.body':
    'Uw projectidee "{title}" is bij het programmabureau.\n\nVia deze persoonlijke link ziet u steeds hoe het ervoor staat:\n{link}\n\nDeel de link niet met anderen.',
  'plan.programme.mail.decision.accept.subject': 'Uw projectidee is aangenomen: {title}',
  'plan.programme.mail.decision.accept.body':
    'Goed nieuws: uw projectidee "{title}" is aangenomen en wordt onderdeel van het wijkplan.\n\nToelichting:\n{reason}\n\nBekijk de stand van zaken:\n{link}',
  'plan.programme.mail.decision.revise.subject': 'Wilt u uw projectidee aanpassen? {title}',
  'plan.programme.mail.decision.revise.body':
    'Het programmabureau heeft uw projectidee "{title}" bekeken en vraagt u het aan te passen.\n\nToelichting:\n{reason}\n\nU kunt het aangepaste idee insturen via:\n{link}',
  'plan.programme.mail.decision.reject.subject': 'Besluit over uw projectidee: {title}',
  'plan.programme.mail.decision.reject.body':
    'Het programmabureau heeft besloten uw projectidee "{title}" niet aan te nemen.\n\nToelichting:\n{reason}\n\nBekijk de stand van zaken:\n{link}',

  'plan.programme.api.accepted': 'Bedankt! Bevestig uw projectidee met de link in de e-mail die we stuurden.',
  'plan.programme.api.acceptedSignedIn':
    'Bedankt! Uw projectidee is ontvangen; de link om het te volgen staat in uw e-mail.',

  'plan.programme.field.areaCode': 'Wijk of gebied',
  'plan.programme.field.title': 'Naam van het project',
  'plan.programme.field.summary': 'Het idee in een paar zinnen',
  'plan.programme.field.description': 'Wat gaat er gebeuren, met wie en wanneer?',
  'plan.programme.field.durability': 'Hoe gaat het project door als het geld van het programma op is?',
  'plan.programme.field.partners': 'Wie doen er mee? (bewoners, organisaties)',
  'plan.programme.field.budgetEuros': 'Wat kost het ongeveer? (in euro)',
  'plan.programme.field.aimedEffectIds': 'Waar draagt het project aan bij?',
  'plan.programme.field.submitterName': 'Uw naam',
  'plan.programme.field.submitterEmail': 'Uw e-mailadres',
  'plan.programme.field.consent': 'Toestemming',
  'plan.programme.field.optional': '(niet verplicht)',

  'plan.programme.submit.title': 'Een projectidee indienen',
  'plan.programme.submit.intro':
    'Heeft u een idee dat uw wijk sterker maakt? Dien het hier in. Het programmabureau bekijkt het samen met u en beoordeelt het aan de hand van het effectenkader hieronder.',
  'plan.programme.submit.frameworkIntro':
    'Een project moet substantieel bijdragen aan minstens {min} van deze effecten. Ook kijken we of het project doorgaat als het geld op is.',
  'plan.programme.submit.sectionIdea': 'Uw idee',
  'plan.programme.submit.sectionYou': 'Over u',
  'plan.programme.submit.whyEmail':
    'We sturen u een link om uw idee te bevestigen en te volgen. We gebruiken uw gegevens alleen voor dit idee.',
  'plan.programme.submit.consentText':
    'Ik geef toestemming om mijn naam en e-mailadres te gebruiken voor dit projectidee.',
  'plan.programme.submit.consentAgree': 'Ja, dat is goed',
  'plan.programme.submit.button': 'Idee versturen',
  'plan.programme.submit.sentTitle': 'Bijna klaar: bevestig uw idee',
  'plan.programme.submit.sentBody':
    'We hebben u een e-mail gestuurd. Klik op de link in die e-mail om uw idee te bevestigen.',
  'plan.programme.submit.sentSpam': 'Geen e-mail gekregen? Kijk ook in de map met ongewenste e-mail.',
  'plan.programme.submit.receivedTitle': 'Uw idee is ontvangen',
  'plan.programme.submit.receivedBody':
    'Uw projectidee is bij het programmabureau. In uw e-mail staat een link waarmee u het kunt volgen.',
  'plan.programme.submit.honeypot': 'Laat dit veld leeg',

  'plan.programme.confirm.title': 'Uw projectidee bevestigen',
  'plan.programme.confirm.intro': 'Klik op de knop om uw projectidee naar het programmabureau te sturen.',
  'plan.programme.confirm.button': 'Bevestigen',
  'plan.programme.confirm.done': 'Bedankt! Uw idee is bevestigd en ligt bij het programmabureau.',
  'plan.programme.confirm.already': 'Dit idee was al bevestigd.',
  'plan.programme.confirm.follow': 'Bekijk de stand van uw idee',
  'plan.programme.confirm.again': 'Opnieuw een idee indienen',

  'plan.programme.follow.title': 'Uw projectidee',
  'plan.programme.follow.statusHeading': 'Stand van zaken',
  'plan.programme.follow.status': 'Status: {status}',
  'plan.programme.follow.submittedOn': 'Ingediend op {date}',
  'plan.programme.follow.decisions': 'Besluiten',
  'plan.programme.follow.noDecision':
    'Er is nog geen besluit. Het programmabureau neemt contact met u op als er vragen zijn.',
  'plan.programme.follow.decisionOn': '{decision} op {date}',
  'plan.programme.follow.accepted': 'Uw project is onderdeel geworden van het wijkplan.',
  'plan.programme.follow.toPlan': 'Bekijk het wijkplan',
  'plan.programme.follow.yourIdea': 'Wat u instuurde',
  'plan.programme.follow.reviseHeading': 'Uw idee aanpassen',
  'plan.programme.follow.reviseIntro':
    'Pas uw idee aan met de toelichting hierboven en stuur het opnieuw in.',
  'plan.programme.follow.reviseButton': 'Aangepast idee versturen',
  'plan.programme.follow.revised': 'Bedankt! Uw aangepaste idee ligt weer bij het programmabureau.',
  'plan.programme.follow.privateLink': 'Deze pagina is alleen te vinden via de link in uw e-mail.',

  'plan.programme.list.title': 'Projectideeën',
  'plan.programme.list.intro': 'Ideeën uit de wijken, met hun beoordeling en besluit.',
  'plan.programme.list.filter': 'Filteren',
  'plan.programme.list.allStatuses': 'Alle statussen',
  'plan.programme.list.allAreas': 'Alle wijken en gebieden',
  'plan.programme.list.empty': 'Er zijn geen projectideeën die bij deze keuze passen.',
  'plan.programme.list.colTitle': 'Idee',
  'plan.programme.list.colArea': 'Wijk of gebied',
  'plan.programme.list.colStatus': 'Status',
  'plan.programme.list.colSubmitted': 'Ingediend',
  'plan.programme.list.status': 'Status',

  'plan.programme.idea.submitter': 'Ingediend door',
  'plan.programme.idea.submitterKind.resident': 'bewoner',
  'plan.programme.idea.submitterKind.partner': 'partner',
  'plan.programme.idea.submitterKind.staff': 'gemeente',
  'plan.programme.idea.budget': 'Geschatte kosten',
  'plan.programme.idea.aimed': 'Beoogde effecten volgens de indiener',
  'plan.programme.idea.none': 'Niet ingevuld',
  'plan.programme.idea.evaluation': 'Toetsing aan het effectenkader',
  'plan.programme.idea.combined': 'Gecombineerde score',
  'plan.programme.idea.byAssessor': 'Scores per beoordelaar',
  'plan.programme.idea.noScores': 'Nog niemand heeft dit idee beoordeeld.',
  'plan.programme.idea.assessHeading': 'Uw beoordeling',
  'plan.programme.idea.assessIntro': 'Geef per effect en criterium een score met een korte motivering.',
  'plan.programme.idea.score': 'Score',
  'plan.programme.idea.motivation': 'Motivering',
  'plan.programme.idea.assessButton': 'Beoordeling opslaan',
  'plan.programme.idea.assessed': 'Uw beoordeling is opgeslagen.',
  'plan.programme.idea.goalsHeading': 'Doelen van het wijkplan die dit idee dient',
  'plan.programme.idea.goalsNone': 'Er zijn (nog) geen wijkplannen met doelen voor dit gebied.',
  'plan.programme.idea.goalsButton': 'Doelen opslaan',
  'plan.programme.idea.goalsSaved': 'De doelen zijn opgeslagen.',
  'plan.programme.idea.decideHeading': 'Besluit',
  'plan.programme.idea.decision': 'Besluit',
  'plan.programme.idea.reason': 'Toelichting voor de indiener',
  'plan.programme.idea.reasonHint': 'De indiener krijgt deze toelichting per e-mail.',
  'plan.programme.idea.actionLine': 'Actielijn (bij aannemen)',
  'plan.programme.idea.actionLineHint': 'Het project wordt een interventie onder deze actielijn.',
  'plan.programme.idea.noActionLines':
    'Geen actielijnen beschikbaar: maak eerst een wijkplan met actielijnen.',
  'plan.programme.idea.decideButton': 'Besluit vastleggen',
  'plan.programme.idea.decided': 'Het besluit is vastgelegd en naar de indiener gestuurd.',
  'plan.programme.idea.history': 'Eerdere besluiten',
  'plan.programme.idea.ruleAtDecision': 'Regel bij besluit: {outcome}',
  'plan.programme.idea.intervention': 'Interventie in het wijkplan',

  'plan.programme.framework.title': 'Effectenkader',
  'plan.programme.framework.intro':
    'De maatschappelijke effecten waaraan projectideeën worden getoetst, de regel hoeveel er substantieel gediend moeten worden, en de extra criteria.',
  'plan.programme.framework.rule':
    'Een project moet substantieel bijdragen aan minstens {min} van de {count} effecten.',
  'plan.programme.framework.effects': 'Effecten',
  'plan.programme.framework.criteria': 'Extra criteria',
  'plan.programme.framework.criterionMin.some': 'minstens enige bijdrage',
  'plan.programme.framework.criterionMin.substantial': 'een substantiële bijdrage',
  'plan.programme.framework.assessors': 'Beoordelaars',
  'plan.programme.framework.assessorsIntro': 'Naast de coördinatoren beoordelen deze mensen projectideeën.',
  'plan.programme.framework.noAssessors': 'Alleen de coördinatoren.',
  'plan.programme.framework.retired': '(niet meer in gebruik)',
  'plan.programme.framework.edit': 'Effectenkader aanpassen',
  'plan.programme.framework.minSubstantial': 'Minimum aantal effecten met substantiële bijdrage',
  'plan.programme.framework.name': 'Naam',
  'plan.programme.framework.description': 'Omschrijving',
  'plan.programme.framework.active': 'In gebruik',
  'plan.programme.framework.minScore': 'Nodig',
  'plan.programme.framework.newEffect': 'Nieuw effect (laat leeg als u er geen toevoegt)',
  'plan.programme.framework.newCriterion': 'Nieuw criterium (laat leeg als u er geen toevoegt)',
  'plan.programme.framework.effectN': 'Effect {n}',
  'plan.programme.framework.criterionN': 'Criterium {n}',
  'plan.programme.framework.save': 'Effectenkader opslaan',
  'plan.programme.framework.saved': 'Het effectenkader is opgeslagen.',

  'plan.programme.coherence.title': 'Samenhang van projecten',
  'plan.programme.coherence.intro':
    'Losse projecten die elk goed zijn, tellen niet vanzelf op. Hier ziet u per gebied welke projecten welke effecten en doelen dienen, welke projecten geen doel van het wijkplan dienen, en welke doelen geen project hebben.',
  'plan.programme.coherence.choose': 'Kies een wijk of gebied',
  'plan.programme.coherence.show': 'Tonen',
  'plan.programme.coherence.for': 'Samenhang in {area}',
  'plan.programme.coherence.matrix': 'Projecten en effecten',
  'plan.programme.coherence.matrixCaption':
    'Gecombineerde score per project en effect, en de doelen die het project dient',
  'plan.programme.coherence.goalsCol': 'Doelen',
  'plan.programme.coherence.noIdeas': 'Er zijn geen lopende projectideeën in dit gebied.',
  'plan.programme.coherence.ideasWithoutGoal': 'Projecten die geen doel van het wijkplan dienen',
  'plan.programme.coherence.goalsWithoutIdea': 'Doelen die geen project dient',
  'plan.programme.coherence.effectsUnserved': 'Effecten die geen project substantieel dient',
  'plan.programme.coherence.allLinked': 'Geen: alle projecten dienen een doel.',
  'plan.programme.coherence.allServed': 'Geen: elk doel heeft minstens één project.',
  'plan.programme.coherence.allEffects': 'Geen: elk effect wordt door een project substantieel gediend.',
  'plan.programme.coherence.noPlans': 'Er is geen wijkplan voor dit gebied.',
  'plan.programme.coherence.inPlan': '{goal} (wijkplan {plan})',
} as const;
