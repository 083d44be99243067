import type { programmeNl } from './programme-messages.nl.ts';

// English texts of the programme; every Dutch key must be here (checked by the type).
export const programmeEn: Record<keyof typeof programmeNl, string> = {
  'plan.programme.title': 'Neighbourhood programme',
  'plan.programme.nav.ideas': 'Project ideas',
  'plan.programme.nav.framework': 'Effect framework',
  'plan.programme.nav.coherence': 'Coherence',
  'plan.programme.nav.submit': 'Submit a project idea',

  'plan.programme.default.social_cohesion.name': 'Social cohesion',
  'plan.programme.default.social_cohesion.description':
    'Residents know each other better, help each other and do things together in the neighbourhood.',
  'plan.programme.default.positive_image.name': 'Positive image',
  'plan.programme.default.positive_image.description':
    'The neighbourhood is seen in a better light, by its own residents and by the rest of the city.',
  'plan.programme.default.access_to_facilities.name': 'Access to existing (help) facilities',
  'plan.programme.default.access_to_facilities.description':
    'Residents find their way to help and facilities that already exist more easily.',
  'plan.programme.default.safety.name': 'Social and physical safety',
  'plan.programme.default.safety.description':
    'The neighbourhood is safer and feels safer, in the street and behind the front door.',
  'plan.programme.default.employment.name': 'Employment',
  'plan.programme.default.employment.description':
    'The project brings residents work, placements or a step towards work.',
  'plan.programme.default.ownership.name': 'Ownership of one’s own neighbourhood',
  'plan.programme.default.ownership.description':
    'Residents take responsibility for their neighbourhood themselves and help keep the project going.',
  'plan.programme.default.durability.name': 'Durability',
  'plan.programme.default.durability.description':
    'The project continues, or is secured, once the programme’s money has run out.',

  'plan.programme.status.unconfirmed': 'Not yet confirmed',
  'plan.programme.status.submitted': 'Submitted',
  'plan.programme.status.in_assessment': 'Being assessed',
  'plan.programme.status.revise': 'Revision requested',
  'plan.programme.status.accepted': 'Accepted',
  'plan.programme.status.rejected': 'Rejected',

  'plan.programme.score.none': 'No contribution',
  'plan.programme.score.some': 'Some contribution',
  'plan.programme.score.substantial': 'Substantial contribution',
  'plan.programme.score.unscored': 'Not yet assessed',

  'plan.programme.decision.accept': 'Accept',
  'plan.programme.decision.revise': 'Ask to revise',
  'plan.programme.decision.reject': 'Reject',
  'plan.programme.decided.accept': 'Accepted',
  'plan.programme.decided.revise': 'Revision requested',
  'plan.programme.decided.reject': 'Rejected',

  'plan.programme.outcome.meets': 'Meets the rule',
  'plan.programme.outcome.does_not_meet': 'Does not meet the rule',
  'plan.programme.outcome.incomplete': 'Assessment not yet complete',

  'plan.programme.rule.effectsMet':
    'Contributes substantially to {count} of the {total} effects ({effects}); required: at least {required}.',
  'plan.programme.rule.effectsOpen':
    'So far contributes substantially to {count} of the {total} effects; required: at least {required}. Not every effect has been assessed yet.',
  'plan.programme.rule.effectsNotMet':
    'Contributes substantially to {count} of the {total} effects; required: at least {required}.',
  'plan.programme.rule.criterionMet': 'Meets the criterion {name}.',
  'plan.programme.rule.criterionOpen': 'The criterion {name} has not been assessed yet.',
  'plan.programme.rule.criterionNotMet.some':
    'Does not meet the criterion {name}: it needs at least some contribution.',
  'plan.programme.rule.criterionNotMet.substantial':
    'Does not meet the criterion {name}: it needs a substantial contribution.',

  'plan.programme.error.invalidLink': 'This link is not valid or has expired.',
  'plan.programme.error.areaTooWide': 'Choose a neighbourhood or district, not the whole municipality.',
  'plan.programme.error.notOpen': 'This idea has been decided on; it is no longer open for assessment.',
  'plan.programme.error.notAskedToRevise': 'This idea cannot be revised now.',
  'plan.programme.error.ideaConflict':
    'Someone else changed this idea in the meantime. Look at the new state and try again.',
  'plan.programme.error.frameworkConflict':
    'Someone else changed the effect framework in the meantime. Look at the new state and try again.',
  'plan.programme.error.actionLine': 'Choose an action line of a neighbourhood plan you may add to.',
  'plan.programme.error.goal': 'Choose a goal of a neighbourhood plan.',
  'plan.programme.error.minAboveEffects':
    'The minimum cannot be higher than the number of effects ({count}).',
  'plan.programme.error.consent': 'Give your consent to the use of your details.',

  'plan.programme.mail.confirm.subject': 'Confirm your project idea: {title}',
  'plan.programme.mail.confirm.body':
    'Thank you for your project idea "{title}".\n\nConfirm it within {days} days with this link:\n{link}\n\nThen it goes to the programme office. Did you not submit anything? Then ignore this e-mail; nothing is kept.',
  'plan.programme.mail.received.subject': 'Your project idea has been received: {title}',
  'plan.programme.mail.received.body':
    'Your project idea "{title}" is with the programme office.\n\nWith this personal link you can always see where it stands:\n{link}\n\nDo not share the link with others.',
  'plan.programme.mail.decision.accept.subject': 'Your project idea has been accepted: {title}',
  'plan.programme.mail.decision.accept.body':
    'Good news: your project idea "{title}" has been accepted and becomes part of the neighbourhood plan.\n\nReasons:\n{reason}\n\nSee where it stands:\n{link}',
  'plan.programme.mail.decision.revise.subject': 'Would you revise your project idea? {title}',
  'plan.programme.mail.decision.revise.body':
    'The programme office has looked at your project idea "{title}" and asks you to revise it.\n\nReasons:\n{reason}\n\nYou can send the revised idea through:\n{link}',
  'plan.programme.mail.decision.reject.subject': 'Decision on your project idea: {title}',
  'plan.programme.mail.decision.reject.body':
    'The programme office has decided not to accept your project idea "{title}".\n\nReasons:\n{reason}\n\nSee where it stands:\n{link}',

  'plan.programme.api.accepted': 'Thank you! Confirm your project idea with the link in the e-mail we sent.',
  'plan.programme.api.acceptedSignedIn':
    'Thank you! Your project idea has been received; the link to follow it is in your e-mail.',

  'plan.programme.field.areaCode': 'Neighbourhood or district',
  'plan.programme.field.title': 'Name of the project',
  'plan.programme.field.summary': 'The idea in a few sentences',
  'plan.programme.field.description': 'What will happen, with whom and when?',
  'plan.programme.field.durability': 'How will the project continue once the programme’s money has run out?',
  'plan.programme.field.partners': 'Who takes part? (residents, organisations)',
  'plan.programme.field.budgetEuros': 'Roughly what does it cost? (in euros)',
  'plan.programme.field.aimedEffectIds': 'What does the project contribute to?',
  'plan.programme.field.submitterName': 'Your name',
  'plan.programme.field.submitterEmail': 'Your e-mail address',
  'plan.programme.field.consent': 'Consent',
  'plan.programme.field.optional': '(optional)',

  'plan.programme.submit.title': 'Submit a project idea',
  'plan.programme.submit.intro':
    'Do you have an idea that makes your neighbourhood stronger? Submit it here. The programme office looks at it with you and assesses it against the effect framework below.',
  'plan.programme.submit.frameworkIntro':
    'A project must contribute substantially to at least {min} of these effects. We also look at whether the project continues once the money has run out.',
  'plan.programme.submit.sectionIdea': 'Your idea',
  'plan.programme.submit.sectionYou': 'About you',
  'plan.programme.submit.whyEmail':
    'We send you a link to confirm and follow your idea. We only use your details for this idea.',
  'plan.programme.submit.consentText':
    'I consent to the use of my name and e-mail address for this project idea.',
  'plan.programme.submit.consentAgree': 'Yes, that is fine',
  'plan.programme.submit.button': 'Send idea',
  'plan.programme.submit.sentTitle': 'Almost done: confirm your idea',
  'plan.programme.submit.sentBody':
    'We have sent you an e-mail. Click the link in that e-mail to confirm your idea.',
  'plan.programme.submit.sentSpam': 'No e-mail? Also look in your spam folder.',
  'plan.programme.submit.receivedTitle': 'Your idea has been received',
  'plan.programme.submit.receivedBody':
    'Your project idea is with the programme office. Your e-mail has a link to follow it.',
  'plan.programme.submit.honeypot': 'Leave this field empty',

  'plan.programme.confirm.title': 'Confirm your project idea',
  'plan.programme.confirm.intro': 'Click the button to send your project idea to the programme office.',
  'plan.programme.confirm.button': 'Confirm',
  'plan.programme.confirm.done': 'Thank you! Your idea is confirmed and with the programme office.',
  'plan.programme.confirm.already': 'This idea had already been confirmed.',
  'plan.programme.confirm.follow': 'See where your idea stands',
  'plan.programme.confirm.again': 'Submit an idea again',

  'plan.programme.follow.title': 'Your project idea',
  'plan.programme.follow.statusHeading': 'Where it stands',
  'plan.programme.follow.status': 'Status: {status}',
  'plan.programme.follow.submittedOn': 'Submitted on {date}',
  'plan.programme.follow.decisions': 'Decisions',
  'plan.programme.follow.noDecision':
    'There is no decision yet. The programme office will contact you if it has questions.',
  'plan.programme.follow.decisionOn': '{decision} on {date}',
  'plan.programme.follow.accepted': 'Your project has become part of the neighbourhood plan.',
  'plan.programme.follow.toPlan': 'See the neighbourhood plan',
  'plan.programme.follow.yourIdea': 'What you sent',
  'plan.programme.follow.reviseHeading': 'Revise your idea',
  'plan.programme.follow.reviseIntro': 'Revise your idea using the reasons above and send it again.',
  'plan.programme.follow.reviseButton': 'Send revised idea',
  'plan.programme.follow.revised': 'Thank you! Your revised idea is with the programme office again.',
  'plan.programme.follow.privateLink': 'This page can only be found through the link in your e-mail.',

  'plan.programme.list.title': 'Project ideas',
  'plan.programme.list.intro': 'Ideas from the neighbourhoods, with their assessment and decision.',
  'plan.programme.list.filter': 'Filter',
  'plan.programme.list.allStatuses': 'All statuses',
  'plan.programme.list.allAreas': 'All neighbourhoods and districts',
  'plan.programme.list.empty': 'There are no project ideas matching this choice.',
  'plan.programme.list.colTitle': 'Idea',
  'plan.programme.list.colArea': 'Neighbourhood or district',
  'plan.programme.list.colStatus': 'Status',
  'plan.programme.list.colSubmitted': 'Submitted',
  'plan.programme.list.status': 'Status',

  'plan.programme.idea.submitter': 'Submitted by',
  'plan.programme.idea.submitterKind.resident': 'resident',
  'plan.programme.idea.submitterKind.partner': 'partner',
  'plan.programme.idea.submitterKind.staff': 'municipality',
  'plan.programme.idea.budget': 'Estimated cost',
  'plan.programme.idea.aimed': 'Effects aimed at according to the submitter',
  'plan.programme.idea.none': 'Not filled in',
  'plan.programme.idea.evaluation': 'Assessment against the effect framework',
  'plan.programme.idea.combined': 'Combined score',
  'plan.programme.idea.byAssessor': 'Scores per assessor',
  'plan.programme.idea.noScores': 'Nobody has assessed this idea yet.',
  'plan.programme.idea.assessHeading': 'Your assessment',
  'plan.programme.idea.assessIntro': 'Give a score with a short motivation for each effect and criterion.',
  'plan.programme.idea.score': 'Score',
  'plan.programme.idea.motivation': 'Motivation',
  'plan.programme.idea.assessButton': 'Save assessment',
  'plan.programme.idea.assessed': 'Your assessment has been saved.',
  'plan.programme.idea.goalsHeading': 'Goals of the neighbourhood plan this idea serves',
  'plan.programme.idea.goalsNone': 'There are no neighbourhood plans with goals for this area (yet).',
  'plan.programme.idea.goalsButton': 'Save goals',
  'plan.programme.idea.goalsSaved': 'The goals have been saved.',
  'plan.programme.idea.decideHeading': 'Decision',
  'plan.programme.idea.decision': 'Decision',
  'plan.programme.idea.reason': 'Reasons for the submitter',
  'plan.programme.idea.reasonHint': 'The submitter receives these reasons by e-mail.',
  'plan.programme.idea.actionLine': 'Action line (when accepting)',
  'plan.programme.idea.actionLineHint': 'The project becomes an intervention under this action line.',
  'plan.programme.idea.noActionLines':
    'No action lines available: first make a neighbourhood plan with action lines.',
  'plan.programme.idea.decideButton': 'Record decision',
  'plan.programme.idea.decided': 'The decision has been recorded and sent to the submitter.',
  'plan.programme.idea.history': 'Earlier decisions',
  'plan.programme.idea.ruleAtDecision': 'Rule at decision: {outcome}',
  'plan.programme.idea.intervention': 'Intervention in the neighbourhood plan',

  'plan.programme.framework.title': 'Effect framework',
  'plan.programme.framework.intro':
    'The societal effects project ideas are assessed against, the rule for how many must be served substantially, and the extra criteria.',
  'plan.programme.framework.rule':
    'A project must contribute substantially to at least {min} of the {count} effects.',
  'plan.programme.framework.effects': 'Effects',
  'plan.programme.framework.criteria': 'Extra criteria',
  'plan.programme.framework.criterionMin.some': 'at least some contribution',
  'plan.programme.framework.criterionMin.substantial': 'a substantial contribution',
  'plan.programme.framework.assessors': 'Assessors',
  'plan.programme.framework.assessorsIntro': 'Besides the coordinators, these people assess project ideas.',
  'plan.programme.framework.noAssessors': 'Only the coordinators.',
  'plan.programme.framework.retired': '(no longer in use)',
  'plan.programme.framework.edit': 'Change the effect framework',
  'plan.programme.framework.minSubstantial': 'Minimum number of effects with a substantial contribution',
  'plan.programme.framework.name': 'Name',
  'plan.programme.framework.description': 'Description',
  'plan.programme.framework.active': 'In use',
  'plan.programme.framework.minScore': 'Needed',
  'plan.programme.framework.newEffect': 'New effect (leave empty if you add none)',
  'plan.programme.framework.newCriterion': 'New criterion (leave empty if you add none)',
  'plan.programme.framework.effectN': 'Effect {n}',
  'plan.programme.framework.criterionN': 'Criterion {n}',
  'plan.programme.framework.save': 'Save effect framework',
  'plan.programme.framework.saved': 'The effect framework has been saved.',

  'plan.programme.coherence.title': 'Coherence of projects',
  'plan.programme.coherence.intro':
    'Separate projects that are each good do not add up by themselves. Here you see per area which projects serve which effects and goals, which projects serve no goal of the neighbourhood plan, and which goals have no project.',
  'plan.programme.coherence.choose': 'Choose a neighbourhood or district',
  'plan.programme.coherence.show': 'Show',
  'plan.programme.coherence.for': 'Coherence in {area}',
  'plan.programme.coherence.matrix': 'Projects and effects',
  'plan.programme.coherence.matrixCaption':
    'Combined score per project and effect, and the goals the project serves',
  'plan.programme.coherence.goalsCol': 'Goals',
  'plan.programme.coherence.noIdeas': 'There are no project ideas in play in this area.',
  'plan.programme.coherence.ideasWithoutGoal': 'Projects that serve no goal of the neighbourhood plan',
  'plan.programme.coherence.goalsWithoutIdea': 'Goals no project serves',
  'plan.programme.coherence.effectsUnserved': 'Effects no project serves substantially',
  'plan.programme.coherence.allLinked': 'None: every project serves a goal.',
  'plan.programme.coherence.allServed': 'None: every goal has at least one project.',
  'plan.programme.coherence.allEffects': 'None: every effect is served substantially by a project.',
  'plan.programme.coherence.noPlans': 'There is no neighbourhood plan for this area.',
  'plan.programme.coherence.inPlan': '{goal} (neighbourhood plan {plan})',
};
