// Dutch texts of the pages part; keys are 'pages.…' or a more specific prefix.
export const pagesNl = {
  'pages.error.toHome': 'Naar de homepage',
  'pages.buurtenCount.one': '1 buurt',

  'pages.map.caption.wijken': 'De wijken op de kaart. Dezelfde wijken staan als lijst op deze pagina.',
  'pages.map.caption.children':
    'Kaart van {name} met de onderdelen. Dezelfde gebieden staan als lijst op deze pagina.',
  'pages.map.caption.single': 'Kaart van {name}, binnen het gebied waar het bij hoort.',
  'pages.map.links': 'Gebieden op de kaart',
  'pages.map.zoomIn': 'Inzoomen',
  'pages.map.zoomOut': 'Uitzoomen',
  'pages.map.resetBearing': 'Kaart naar het noorden draaien',

  'pages.area.parts': 'Onderdelen',
  'pages.area.mapHeading': 'Kaart',
  'pages.area.servesWider': 'werkt in heel {name}',
  'pages.area.servesPart': 'werkt in {name}',

  'pages.contact.email': 'E-mail',
  'pages.contact.phone': 'Telefoon',
  'pages.contact.website': 'Website',

  'pages.signIn.oidcButton': 'Inloggen met uw organisatieaccount',
  'pages.signIn.demo.description': 'Omschrijving',

  'pages.reset.backToSignIn': 'Terug naar inloggen',

  'pages.account.name': 'Naam',
  'pages.account.noRoles': 'U heeft geen rollen.',
  'pages.account.tokens.list': 'Uw API-sleutels',
  'pages.account.tokens.name': 'Naam',
  'pages.account.tokens.prefix': 'Begint met',
  'pages.account.tokens.createdAt': 'Aangemaakt',
  'pages.account.tokens.revokedOn': 'Ingetrokken op {date}',
} as const;
