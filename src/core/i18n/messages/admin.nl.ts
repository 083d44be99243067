// Dutch texts of the admin part; keys are 'admin.…' or a more specific prefix.
export const adminNl = {
  'admin.users.roleExists': 'Deze persoon heeft deze rol al.',
  'admin.audit.toBeforeFrom': 'De einddatum moet na de begindatum liggen.',
  'admin.mail.invite.subject': 'Uw account voor Wijkwerk',
  'admin.mail.invite.body':
    'Hallo {name},\n\nEr is een account voor u aangemaakt in Wijkwerk. Stel uw wachtwoord in via deze link ({hours} uur geldig):\n{link}\n\nDaarna logt u in met uw e-mailadres {email}.\n\nVerwachtte u dit bericht niet? Dan kunt u het negeren.',
} as const;
