import type { adminNl } from './admin.nl.ts';

export const adminEn: Record<keyof typeof adminNl, string> = {
  'admin.users.roleExists': 'This person already has this role.',
  'admin.audit.toBeforeFrom': 'The end date must be after the start date.',
  'admin.mail.invite.subject': 'Your Wijkwerk account',
  'admin.mail.invite.body':
    'Hello {name},\n\nAn account has been created for you in Wijkwerk. Set your password with this link (valid for {hours} hours):\n{link}\n\nThen sign in with your e-mail address {email}.\n\nNot expecting this message? Then you can ignore it.',
};
