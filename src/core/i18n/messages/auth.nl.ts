// Dutch texts of the auth part; keys are 'auth.…' or a more specific prefix.
export const authNl = {} as const;
