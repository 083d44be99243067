// Dutch texts of the pages part; keys are 'pages.…' or a more specific prefix.
export const pagesNl = {} as const;
