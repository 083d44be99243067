// Dutch texts of the social map (sociale kaart); keys start with 'socialMap.'.
export const socialMapNl = {
  'socialMap.title': 'Sociale kaart',

  'socialMap.kind.place': 'Plek',
  'socialMap.kind.offering': 'Aanbod',
  'socialMap.kind.group': 'Groep of initiatief',
  'socialMap.kind.activity': 'Activiteit',
  'socialMap.kind.key_person': 'Sleutelfiguur',

  'socialMap.formality.formal': 'Formeel',
  'socialMap.formality.informal': 'Informeel',

  'socialMap.locationType.address': 'Op een adres',
  'socialMap.locationType.area': 'Ergens in de buurt of wijk',
  'socialMap.locationType.none': 'Geen vaste plek',
  'socialMap.locationType.online': 'Online',

  'socialMap.accessibility.wheelchair': 'Toegankelijk met een rolstoel',
  'socialMap.accessibility.accessible_toilet': 'Aangepast toilet',
  'socialMap.accessibility.lift': 'Lift',
  'socialMap.accessibility.hearing_loop': 'Ringleiding',
  'socialMap.accessibility.sign_language': 'Gebarentaal',
  'socialMap.accessibility.easy_language': 'Eenvoudige taal',
  'socialMap.accessibility.quiet_space': 'Rustige ruimte',
  'socialMap.accessibility.guide_dogs_welcome': 'Hulphonden welkom',
  'socialMap.accessibility.disabled_parking': 'Invalidenparkeerplaats',

  'socialMap.contactType.email': 'E-mail',
  'socialMap.contactType.phone': 'Telefoon',
  'socialMap.contactType.website': 'Website',
  'socialMap.contactType.whatsapp': 'WhatsApp',
  'socialMap.contactType.social': 'Sociale media',

  'socialMap.linkRelation.located_at': 'Vindt plaats in',
  'socialMap.linkRelation.organised_by': 'Georganiseerd door',
  'socialMap.linkRelation.part_of': 'Onderdeel van',
  'socialMap.linkRelation.related': 'Zie ook',

  'socialMap.cost.free': 'Gratis',

  'socialMap.policy.edited': 'Geredigeerd',
  'socialMap.policy.edited.description': 'Bijdragen verschijnen nadat een redacteur ze heeft bekeken.',
  'socialMap.policy.open': 'Open',
  'socialMap.policy.open.description': 'Bijdragen verschijnen meteen en worden achteraf bekeken.',
  'socialMap.policy.partners_only': 'Alleen partners',
  'socialMap.policy.partners_only.description':
    'Gemeente en partnerorganisaties publiceren zelf; bijdragen van anderen worden eerst bekeken.',
  'socialMap.policy.inherited': 'Overgenomen van {area}',
  'socialMap.policy.default': 'Standaard',

  'socialMap.status.pending': 'Wacht op beoordeling',
  'socialMap.status.published': 'Gepubliceerd',
  'socialMap.status.rejected': 'Afgewezen',
  'socialMap.status.archived': 'Gearchiveerd',

  'socialMap.freshness.fresh': 'Actueel',
  'socialMap.freshness.due': 'Controle gevraagd',
  'socialMap.freshness.possibly_outdated': 'Mogelijk verouderd',
  'socialMap.freshness.hidden_stale': 'Verborgen: te lang niet gecontroleerd',
  'socialMap.freshness.lastVerified': 'Laatst gecontroleerd op {date}',
  'socialMap.freshness.share': '{share}% van de items is de afgelopen {months} maanden gecontroleerd',

  'socialMap.revisionState.pending': 'Wacht op beoordeling',
  'socialMap.revisionState.to_check': 'Gepubliceerd, nog te controleren',
  'socialMap.revisionState.approved': 'Goedgekeurd',
  'socialMap.revisionState.rejected': 'Afgewezen',

  'socialMap.reportReason.error': 'Er klopt iets niet',
  'socialMap.reportReason.abuse': 'Misbruik of ongepaste inhoud',
  'socialMap.reportReason.other': 'Iets anders',

  'socialMap.consent.purpose.publication': 'Vermelding op de openbare sociale kaart',
  'socialMap.consent.purpose.network_contact':
    'Contact vanuit de gemeente over het netwerk van sleutelfiguren',
  'socialMap.keyPerson.removed': 'Verwijderde sleutelfiguur',

  'socialMap.validation.date': 'Vul een datum in als jjjj-mm-dd.',
  'socialMap.validation.postalCode': 'Vul een postcode in zoals 1234 AB.',
  'socialMap.validation.untilBeforeFrom': 'De einddatum ligt voor de begindatum.',
  'socialMap.validation.pointOutside': 'Dit punt ligt buiten de gemeente.',
  'socialMap.validation.noChanges': 'Er is niets gewijzigd.',
  'socialMap.error.invalidLink': 'Deze link is ongeldig of verlopen.',
  'socialMap.error.alreadyDecided': 'Over deze wijziging is al besloten.',
  'socialMap.error.notRestorable': 'Deze versie is nooit gepubliceerd en kan niet worden teruggezet.',
  'socialMap.api.jsonOnly': 'Stuur de gegevens als JSON (Content-Type: application/json).',
  'socialMap.api.malformedJson': 'De gegevens zijn geen geldige JSON.',
  'socialMap.api.preconditionFailed':
    'Dit onderdeel is intussen gewijzigd (If-Match klopt niet). Haal de nieuwe versie op en probeer het opnieuw.',
  'socialMap.api.nearNeedsBoth': 'Geef zowel lat als lon op.',
  'socialMap.api.submissionAccepted':
    'Bedankt! Bevestig uw aanmelding met de link in de e-mail die we u stuurden.',
  'socialMap.api.reportReceived': 'Bedankt voor uw melding. De redactie kijkt ernaar.',
  'socialMap.api.personalDataRequested':
    'Als de sociale kaart gegevens over dit e-mailadres bewaart, sturen we er een link naartoe.',
  'socialMap.error.closed':
    'Dit item is afgewezen of gearchiveerd; alleen een redacteur kan het nog wijzigen.',

  'socialMap.mail.confirm.subject': 'Bevestig uw bijdrage aan de sociale kaart',
  'socialMap.mail.confirm.body':
    'Hallo {name},\n\nU heeft "{title}" aangemeld voor de sociale kaart. Bevestig uw aanmelding via deze link (7 dagen geldig):\n{link}\n\nPas na uw bevestiging bekijken wij de aanmelding. Heeft u niets aangemeld? Dan kunt u dit bericht negeren; er wordt dan niets bewaard.',
  'socialMap.mail.approved.subject': 'Uw bijdrage staat op de sociale kaart',
  'socialMap.mail.approved.body':
    'Hallo {name},\n\n"{title}" is goedgekeurd en staat nu op de sociale kaart:\n{link}\n{reason}\nDank u wel voor uw bijdrage.',
  'socialMap.mail.rejected.subject': 'Uw bijdrage aan de sociale kaart is niet geplaatst',
  'socialMap.mail.rejected.body':
    'Hallo {name},\n\n"{title}" is niet geplaatst op de sociale kaart. De reden:\n\n{reason}\n\nHeeft u een vraag? Beantwoord dan dit bericht of neem contact op met de gemeente.',
  'socialMap.mail.reminder.subject': 'Klopt "{title}" nog?',
  'socialMap.mail.reminder.body':
    'Hallo,\n\n"{title}" staat op de sociale kaart. Zo blijft de kaart actueel: klopt alles nog?\n\nJa, alles klopt nog (één klik):\n{verifyLink}\n\nEr is iets veranderd:\n{editLink}\n\nReageert u niet binnen {graceMonths} maand(en), dan tonen we het item als "mogelijk verouderd".',
  'socialMap.mail.personalData.subject': 'Uw gegevens op de sociale kaart',
  'socialMap.mail.personalData.body':
    'Hallo,\n\nVia deze link ziet u welke gegevens de sociale kaart over u bewaart. U kunt ze downloaden of laten verwijderen (7 dagen geldig):\n{link}\n\nHeeft u dit niet gevraagd? Dan kunt u dit bericht negeren.',
  'socialMap.mail.consent.subject': 'Uw toestemming voor de sociale kaart',
  'socialMap.mail.consent.body':
    'Hallo {name},\n\nU heeft toestemming gegeven voor: {purpose}.\n\nDe tekst waarmee u instemde:\n"{text}"\n\nU kunt uw gegevens altijd inzien, downloaden of laten verwijderen via:\n{link}',
  'socialMap.mail.reportResolved.subject': 'Uw melding over "{title}"',
  'socialMap.mail.reportResolved.kept':
    'Hallo,\n\nDank u wel voor uw melding. Wij hebben "{title}" bekeken en laten het staan.\n\n{reason}',
  'socialMap.mail.reportResolved.removed':
    'Hallo,\n\nDank u wel voor uw melding. Wij hebben "{title}" van de sociale kaart gehaald.\n\n{reason}',
  'socialMap.mail.greetingFallback': 'bewoner',
} as const;
