import type { pagesNl } from './pages.nl.ts';

export const pagesEn: Record<keyof typeof pagesNl, string> = {
  'pages.error.toHome': 'Go to the home page',
  'pages.buurtenCount.one': '1 district',

  'pages.map.caption.wijken':
    'The neighbourhoods on the map. The same neighbourhoods are listed on this page.',
  'pages.map.caption.children': 'Map of {name} and its parts. The same areas are listed on this page.',
  'pages.map.caption.single': 'Map of {name}, within the area it belongs to.',
  'pages.map.links': 'Areas on the map',
  'pages.map.zoomIn': 'Zoom in',
  'pages.map.zoomOut': 'Zoom out',
  'pages.map.resetBearing': 'Turn the map to the north',

  'pages.area.parts': 'Parts',
  'pages.area.mapHeading': 'Map',
  'pages.area.servesWider': 'works in all of {name}',
  'pages.area.servesPart': 'works in {name}',

  'pages.contact.email': 'E-mail',
  'pages.contact.phone': 'Phone',
  'pages.contact.website': 'Website',

  'pages.signIn.oidcButton': 'Sign in with your organisation account',
  'pages.signIn.demo.description': 'Description',

  'pages.reset.backToSignIn': 'Back to sign in',

  'pages.account.name': 'Name',
  'pages.account.noRoles': 'You have no roles.',
  'pages.account.tokens.list': 'Your API tokens',
  'pages.account.tokens.name': 'Name',
  'pages.account.tokens.prefix': 'Starts with',
  'pages.account.tokens.createdAt': 'Created',
  'pages.account.tokens.revokedOn': 'Revoked on {date}',
} as const;
