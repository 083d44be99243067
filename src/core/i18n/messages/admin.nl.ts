// Dutch texts of the admin part; keys are 'admin.…' or a more specific prefix.
export const adminNl = {
  'admin.firstPage': 'Naar het begin',
  'admin.overview.intro': 'Hier beheert u de gegevens van {municipality}.',
  'admin.overview.users.description': 'Accounts, rollen en toegang.',
  'admin.overview.organisations.description':
    'Afdelingen, partners, bewonersorganisaties en informele groepen.',
  'admin.overview.areas.description': 'De gebiedsindeling en de omschrijving van elk gebied.',
  'admin.overview.audit.description': 'Wie heeft wat wanneer gewijzigd.',
  'admin.overview.outbox.description': 'E-mails die Wijkwerk heeft verstuurd of klaargezet.',
  'admin.overview.initiatives.description':
    'Soorten en categorieën van meldingen, routering naar afdelingen, termijnen en berichten aan bewoners.',

  'admin.users.list': 'Gebruikers',
  'admin.users.allRoles': 'Alle rollen',
  'admin.users.lastSignIn': 'Laatst ingelogd',
  'admin.users.never': 'nog nooit',
  'admin.users.createdAt': 'Account aangemaakt',
  'admin.users.details': 'Gegevens',
  'admin.users.firstRole': 'Eerste rol (optioneel)',
  'admin.users.firstRoleHint':
    'Een wijkambtenaar heeft een gebied nodig, een vakambtenaar een gemeentelijke afdeling en een partner een partnerorganisatie (en eventueel een gebied).',
  'admin.users.noRole': '— geen rol —',
  'admin.users.noArea': '— geen gebied —',
  'admin.users.noOrganisation': '— geen organisatie —',
  'admin.users.noRoles': 'Deze gebruiker heeft nog geen rollen.',
  'admin.users.scope': 'Gebied of organisatie',
  'admin.users.wholeMunicipality': 'hele gemeente',
  'admin.users.createdShort': 'Gebruiker {name} is toegevoegd met een tijdelijk wachtwoord.',
  'admin.users.invited':
    'Gebruiker {name} is toegevoegd en krijgt een e-mail om zelf een wachtwoord in te stellen.',
  'admin.users.roleAdded': 'De rol is toegevoegd.',
  'admin.users.roleRemoved': 'De rol is verwijderd.',
  'admin.users.roleExists': 'Deze persoon heeft deze rol al.',
  'admin.users.access': 'Toegang',
  'admin.users.disableHint':
    'Met een uitgeschakeld account kan iemand niet meer inloggen en werken de API-sleutels niet meer. Uitschakelen logt de gebruiker overal uit.',
  'admin.users.enabled': 'Het account is ingeschakeld.',
  'admin.users.disabled': 'Het account is uitgeschakeld. De gebruiker is overal uitgelogd.',

  'admin.organisations.list': 'Organisaties',
  'admin.organisations.search': 'Zoek op naam',
  'admin.organisations.allKinds': 'Alle soorten',
  'admin.organisations.edit': 'Gegevens wijzigen',
  'admin.organisations.saved': 'De organisatie is opgeslagen.',
  'admin.organisations.websiteHint': 'Begint met https://',
  'admin.organisations.areasHint':
    'Kies de gebieden waar de organisatie werkt. Wie in een wijk werkt, werkt ook in de buurten daarvan.',

  'admin.areas.tree': 'Gebiedsindeling',
  'admin.areas.edit': 'Bewerken',
  'admin.areas.editTitle': '{name} bewerken',
  'admin.areas.descriptionHint': 'Deze tekst staat op de openbare pagina van het gebied.',
  'admin.areas.view': 'Openbare pagina bekijken',

  'admin.audit.list': 'Logregels, nieuwste eerst',
  'admin.audit.filterActor': 'Wie (e-mailadres of id)',
  'admin.audit.filterAction': 'Handeling (of het begin ervan, zoals person)',
  'admin.audit.filterResourceType': 'Soort onderdeel',
  'admin.audit.filterResourceTypeHint': 'Bijvoorbeeld person, organisation, area of role_assignment.',
  'admin.audit.filterResourceId': 'Id of code van het onderdeel',
  'admin.audit.from': 'Vanaf datum',
  'admin.audit.to': 'Tot en met datum',
  'admin.audit.dateHint': 'Als jjjj-mm-dd, bijvoorbeeld 2026-03-01.',
  'admin.audit.clear': 'Filters wissen',
  'admin.audit.toBeforeFrom': 'De einddatum moet na de begindatum liggen.',

  'admin.outbox.list': 'Berichten, nieuwste eerst',
  'admin.outbox.when': 'Aangemaakt',
  'admin.outbox.purpose': 'Doel',
  'admin.outbox.status': 'Status',
  'admin.outbox.sent': 'Verstuurd op {date}',
  'admin.outbox.stored': 'Alleen bewaard (geen SMTP-server)',
  'admin.outbox.failed': 'Versturen mislukt: {error}',
  'admin.outbox.purpose.account-invite': 'Uitnodiging voor een account',
  'admin.outbox.purpose.password-reset': 'Nieuw wachtwoord',

  'admin.mail.invite.subject': 'Uw account voor Wijkwerk',
  'admin.mail.invite.body':
    'Hallo {name},\n\nEr is een account voor u aangemaakt in Wijkwerk. Stel uw wachtwoord in via deze link ({hours} uur geldig):\n{link}\n\nDaarna logt u in met uw e-mailadres {email}.\n\nVerwachtte u dit bericht niet? Dan kunt u het negeren.',
} as const;
