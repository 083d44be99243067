import type { adminNl } from './admin.nl.ts';

export const adminEn: Record<keyof typeof adminNl, string> = {
  'admin.firstPage': 'Back to the start',
  'admin.overview.intro': 'Manage the data of {municipality} here.',
  'admin.overview.users.description': 'Accounts, roles and access.',
  'admin.overview.organisations.description':
    'Departments, partners, resident organisations and informal groups.',
  'admin.overview.areas.description': 'The area tree and the description of each area.',
  'admin.overview.audit.description': 'Who changed what and when.',
  'admin.overview.outbox.description': 'E-mails Wijkwerk has sent or stored.',
  'admin.overview.initiatives.description':
    'Kinds and categories of reports, routing to departments, handling times and messages to residents.',

  'admin.users.list': 'Users',
  'admin.users.allRoles': 'All roles',
  'admin.users.lastSignIn': 'Last signed in',
  'admin.users.never': 'never',
  'admin.users.createdAt': 'Account created',
  'admin.users.details': 'Details',
  'admin.users.firstRole': 'First role (optional)',
  'admin.users.firstRoleHint':
    'A neighbourhood officer needs an area, a department officer a municipal department and a partner a partner organisation (and optionally an area).',
  'admin.users.noRole': '— no role —',
  'admin.users.noArea': '— no area —',
  'admin.users.noOrganisation': '— no organisation —',
  'admin.users.noRoles': 'This user has no roles yet.',
  'admin.users.scope': 'Area or organisation',
  'admin.users.wholeMunicipality': 'whole municipality',
  'admin.users.createdShort': 'User {name} has been added with a temporary password.',
  'admin.users.invited': 'User {name} has been added and will get an e-mail to set a password.',
  'admin.users.roleAdded': 'The role has been added.',
  'admin.users.roleRemoved': 'The role has been removed.',
  'admin.users.roleExists': 'This person already has this role.',
  'admin.users.access': 'Access',
  'admin.users.disableHint':
    'With a disabled account someone can no longer sign in and their API tokens stop working. Disabling signs the user out everywhere.',
  'admin.users.enabled': 'The account has been enabled.',
  'admin.users.disabled': 'The account has been disabled. The user has been signed out everywhere.',

  'admin.organisations.list': 'Organisations',
  'admin.organisations.search': 'Search by name',
  'admin.organisations.allKinds': 'All kinds',
  'admin.organisations.edit': 'Change details',
  'admin.organisations.saved': 'The organisation has been saved.',
  'admin.organisations.websiteHint': 'Starts with https://',
  'admin.organisations.areasHint':
    'Choose the areas the organisation works in. Working in a wijk includes its buurten.',

  'admin.areas.tree': 'Area tree',
  'admin.areas.edit': 'Edit',
  'admin.areas.editTitle': 'Edit {name}',
  'admin.areas.descriptionHint': 'This text is shown on the public page of the area.',
  'admin.areas.view': 'View the public page',

  'admin.audit.list': 'Log entries, newest first',
  'admin.audit.filterActor': 'Who (e-mail address or id)',
  'admin.audit.filterAction': 'Action (or its start, such as person)',
  'admin.audit.filterResourceType': 'Resource type',
  'admin.audit.filterResourceTypeHint': 'For example person, organisation, area or role_assignment.',
  'admin.audit.filterResourceId': 'Id or code of the resource',
  'admin.audit.from': 'From date',
  'admin.audit.to': 'Up to and including date',
  'admin.audit.dateHint': 'As yyyy-mm-dd, for example 2026-03-01.',
  'admin.audit.clear': 'Clear filters',
  'admin.audit.toBeforeFrom': 'The end date must be after the start date.',

  'admin.outbox.list': 'Messages, newest first',
  'admin.outbox.when': 'Created',
  'admin.outbox.purpose': 'Purpose',
  'admin.outbox.status': 'Status',
  'admin.outbox.sent': 'Sent on {date}',
  'admin.outbox.stored': 'Stored only (no SMTP server)',
  'admin.outbox.failed': 'Sending failed: {error}',
  'admin.outbox.purpose.account-invite': 'Account invitation',
  'admin.outbox.purpose.password-reset': 'New password',

  'admin.mail.invite.subject': 'Your Wijkwerk account',
  'admin.mail.invite.body':
    'Hello {name},\n\nAn account has been created for you in Wijkwerk. Set your password with this link (valid for {hours} hours):\n{link}\n\nThen sign in with your e-mail address {email}.\n\nNot expecting this message? Then you can ignore it.',
};
