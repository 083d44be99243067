import type { financeNl } from './finance-messages.nl.ts';

// English texts of financing; every Dutch key must be here (checked by the type).
export const financeEn: Record<keyof typeof financeNl, string> = {
  'plan.finance.nav.plans': 'Neighbourhood plans',
  'plan.finance.title': 'Financing',
  'plan.finance.pageTitle': 'Financing: {title}',
  'plan.finance.intro':
    'What this part costs and who pays: the programme’s own budget, other departments, partners, national programmes and funds. Committed is what a source has promised; spent is what has been paid out already.',
  'plan.finance.introParent':
    'This goal or action line has no budget of its own: below is the money of the interventions and projects under it.',

  'plan.finance.sourceKind.programme_budget': 'Programme budget',
  'plan.finance.sourceKind.department': 'Other department',
  'plan.finance.sourceKind.partner': 'Partner',
  'plan.finance.sourceKind.national_programme': 'National programme',
  'plan.finance.sourceKind.fund': 'Fund',

  'plan.finance.field.sourceKind': 'Kind of source',
  'plan.finance.field.sourceOrganisationId': 'Organisation',
  'plan.finance.field.sourceOrganisationId.none': '— none (fill in the name) —',
  'plan.finance.field.sourceName': 'Name of the source',
  'plan.finance.field.sourceName.description':
    'For a national programme or fund that is not an organisation here, for example “Volkshuisvestingsfonds”.',
  'plan.finance.field.description': 'Description',
  'plan.finance.field.year': 'Budget year',
  'plan.finance.field.committed': 'Committed (euro)',
  'plan.finance.field.spent': 'Spent (euro)',
  'plan.finance.field.amount.description': 'In euros, for example 12,500 or 12,500.50.',

  'plan.finance.col.source': 'Source',
  'plan.finance.col.kind': 'Kind',
  'plan.finance.col.description': 'Description',
  'plan.finance.col.year': 'Year',
  'plan.finance.col.committed': 'Committed',
  'plan.finance.col.spent': 'Spent',
  'plan.finance.col.actions': 'Actions',
  'plan.finance.col.project': 'Project',
  'plan.finance.col.plan': 'Plan',
  'plan.finance.col.owner': 'Owner',
  'plan.finance.col.otherShare': 'From other sources',
  'plan.finance.col.programme': 'Programme budget',
  'plan.finance.col.other': 'Other sources',
  'plan.finance.total': 'Total',

  'plan.finance.lines': 'Budget lines',
  'plan.finance.noLines': 'There are no budget lines yet.',
  'plan.finance.noShare': 'Nothing committed yet',
  'plan.finance.summary': 'Summary',
  'plan.finance.summary.committed': 'Committed',
  'plan.finance.summary.spent': 'Spent',
  'plan.finance.summary.programme': 'From the programme budget',
  'plan.finance.summary.other': 'From other sources',
  'plan.finance.summary.share': 'Share of other sources',
  'plan.finance.overspent': 'Note: more has been spent than committed.',
  'plan.finance.target.met': 'Reaches the target of {target} from other sources.',
  'plan.finance.target.notMet': 'Stays below the target of {target} from other sources.',
  'plan.finance.bySource': 'By kind of source',

  'plan.finance.chart.title': 'How the committed money is split',
  'plan.finance.chart.alt':
    'Bar chart: {programme} from the programme budget and {other} from other sources ({share}); target {target}.',
  'plan.finance.chart.target': 'target {target}',

  'plan.finance.add': 'Add a budget line',
  'plan.finance.edit': 'Change',
  'plan.finance.editLine': 'Change budget line',
  'plan.finance.save': 'Save',
  'plan.finance.delete': 'Remove',
  'plan.finance.deleteLine': 'Remove budget line: {source}, {year}',
  'plan.finance.cancel': 'Cancel',
  'plan.finance.saved.created': 'The budget line has been added.',
  'plan.finance.saved.updated': 'The budget line has been changed.',
  'plan.finance.saved.deleted': 'The budget line has been removed.',
  'plan.finance.backToItem': 'Back to the part',

  'plan.finance.error.sourceRequired': 'Choose an organisation or fill in the name of the source.',
  'plan.finance.error.amount': 'Fill in an amount in euros, for example 12,500 or 12,500.50.',
  'plan.finance.error.year': 'Fill in a year between 2000 and 2100.',
  'plan.finance.error.unknownOrganisation': 'This organisation does not exist (any more).',
  'plan.finance.error.notIntervention':
    'Only interventions and projects have a budget; goals and action lines add up those of their parts.',
  'plan.finance.error.conflict':
    'Someone else has changed or removed this budget line in the meantime. Look at it again and try once more.',

  'plan.programme.finances.title': 'Programme finances',
  'plan.programme.finances.intro':
    'Every project and intervention with a budget in the plans you may see, with the share from other sources than the programme’s own budget (co-financing) per project and for the whole programme.',
  'plan.programme.finances.filter': 'Filter',
  'plan.programme.finances.filter.year': 'Budget year',
  'plan.programme.finances.filter.allYears': 'All years',
  'plan.programme.finances.filter.area': 'Area (code)',
  'plan.programme.finances.filter.area.description': 'For example WK999902; empty for all areas.',
  'plan.programme.finances.filter.apply': 'Show',
  'plan.programme.finances.projects': 'Projects',
  'plan.programme.finances.noProjects': 'There are no projects with a budget that match this filter.',
  'plan.programme.finances.csv': 'Download all budget lines (CSV)',
  'plan.programme.finances.programmeShare': 'The programme',

  'plan.finance.csv.plan': 'Plan',
  'plan.finance.csv.area': 'Area',
  'plan.finance.csv.item': 'Part',
  'plan.finance.csv.owner': 'Owner',
  'plan.finance.csv.sourceKind': 'Kind of source',
  'plan.finance.csv.source': 'Source',
  'plan.finance.csv.description': 'Description',
  'plan.finance.csv.year': 'Budget year',
  'plan.finance.csv.committed': 'Committed (EUR)',
  'plan.finance.csv.spent': 'Spent (EUR)',
  'plan.finance.csv.lineId': 'Line id',
  'plan.finance.csv.itemId': 'Part id',

  'plan.finance.audit.resource': 'budget line',
};
