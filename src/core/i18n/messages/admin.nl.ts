// Dutch texts of the admin part; keys are 'admin.…' or a more specific prefix.
export const adminNl = {} as const;
