// Dutch texts of the auth part; keys are 'auth.…' or a more specific prefix.
export const authNl = {
  'auth.oidc.unknown':
    'Met dit organisatieaccount is nog geen Wijkwerk-account verbonden. Vraag de functioneel beheerder van uw gemeente om een account voor uw e-mailadres.',
  'auth.oidc.failed':
    'Inloggen met uw organisatieaccount is niet gelukt. Probeer het opnieuw of log in met uw wachtwoord.',
} as const;
