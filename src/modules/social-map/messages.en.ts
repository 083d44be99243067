import type { socialMapNl } from './messages.nl.ts';

// English texts of the social map; every Dutch key must be here (checked by the type).
export const socialMapEn: Record<keyof typeof socialMapNl, string> = {
  'socialMap.title': 'Social map',

  'socialMap.kind.place': 'Place',
  'socialMap.kind.offering': 'Service',
  'socialMap.kind.group': 'Group or initiative',
  'socialMap.kind.activity': 'Activity',
  'socialMap.kind.key_person': 'Key person',

  'socialMap.formality.formal': 'Formal',
  'socialMap.formality.informal': 'Informal',

  'socialMap.locationType.address': 'At an address',
  'socialMap.locationType.area': 'Somewhere in the neighbourhood',
  'socialMap.locationType.none': 'No fixed place',
  'socialMap.locationType.online': 'Online',

  'socialMap.accessibility.wheelchair': 'Wheelchair accessible',
  'socialMap.accessibility.accessible_toilet': 'Accessible toilet',
  'socialMap.accessibility.lift': 'Lift',
  'socialMap.accessibility.hearing_loop': 'Hearing loop',
  'socialMap.accessibility.sign_language': 'Sign language',
  'socialMap.accessibility.easy_language': 'Plain language',
  'socialMap.accessibility.quiet_space': 'Quiet space',
  'socialMap.accessibility.guide_dogs_welcome': 'Assistance dogs welcome',
  'socialMap.accessibility.disabled_parking': 'Disabled parking',

  'socialMap.contactType.email': 'Email',
  'socialMap.contactType.phone': 'Phone',
  'socialMap.contactType.website': 'Website',
  'socialMap.contactType.whatsapp': 'WhatsApp',
  'socialMap.contactType.social': 'Social media',

  'socialMap.linkRelation.located_at': 'Takes place at',
  'socialMap.linkRelation.organised_by': 'Organised by',
  'socialMap.linkRelation.part_of': 'Part of',
  'socialMap.linkRelation.related': 'See also',

  'socialMap.cost.free': 'Free',

  'socialMap.policy.edited': 'Edited',
  'socialMap.policy.edited.description': 'Contributions appear after an editor has reviewed them.',
  'socialMap.policy.open': 'Open',
  'socialMap.policy.open.description': 'Contributions appear at once and are checked afterwards.',
  'socialMap.policy.partners_only': 'Partners only',
  'socialMap.policy.partners_only.description':
    'The municipality and partner organisations publish themselves; others are reviewed first.',
  'socialMap.policy.inherited': 'Inherited from {area}',
  'socialMap.policy.default': 'Default',

  'socialMap.status.pending': 'Awaiting review',
  'socialMap.status.published': 'Published',
  'socialMap.status.rejected': 'Rejected',
  'socialMap.status.archived': 'Archived',

  'socialMap.freshness.fresh': 'Up to date',
  'socialMap.freshness.due': 'Check requested',
  'socialMap.freshness.possibly_outdated': 'Possibly outdated',
  'socialMap.freshness.hidden_stale': 'Hidden: not checked for too long',
  'socialMap.freshness.lastVerified': 'Last checked on {date}',
  'socialMap.freshness.share': '{share}% of the items were checked in the past {months} months',

  'socialMap.revisionState.pending': 'Awaiting review',
  'socialMap.revisionState.to_check': 'Published, still to be checked',
  'socialMap.revisionState.approved': 'Approved',
  'socialMap.revisionState.rejected': 'Rejected',

  'socialMap.reportReason.error': 'Something is wrong',
  'socialMap.reportReason.abuse': 'Abuse or inappropriate content',
  'socialMap.reportReason.other': 'Something else',

  'socialMap.consent.purpose.publication': 'Being listed on the public social map',
  'socialMap.consent.purpose.network_contact':
    'Being contacted by the municipality about the key person network',
  'socialMap.keyPerson.removed': 'Removed key person',

  'socialMap.validation.date': 'Enter a date as yyyy-mm-dd.',
  'socialMap.validation.postalCode': 'Enter a postcode such as 1234 AB.',
  'socialMap.validation.untilBeforeFrom': 'The end date is before the start date.',
  'socialMap.validation.pointOutside': 'This point lies outside the municipality.',
  'socialMap.validation.noChanges': 'Nothing was changed.',
  'socialMap.error.invalidLink': 'This link is invalid or has expired.',
  'socialMap.error.alreadyDecided': 'This change has already been decided on.',
  'socialMap.error.notRestorable': 'This version was never published and cannot be restored.',
  'socialMap.api.jsonOnly': 'Send the data as JSON (Content-Type: application/json).',
  'socialMap.api.malformedJson': 'The data is not valid JSON.',
  'socialMap.api.preconditionFailed':
    'This item has changed in the meantime (If-Match does not match). Fetch the new version and try again.',
  'socialMap.api.nearNeedsBoth': 'Give both lat and lon.',
  'socialMap.api.submissionAccepted': 'Thank you! Please confirm with the link in the e-mail we sent you.',
  'socialMap.api.reportReceived': 'Thank you for your report. The editors will look at it.',
  'socialMap.api.personalDataRequested':
    'If the social map keeps data about this e-mail address, we will send a link to it.',
  'socialMap.error.closed': 'This item was rejected or archived; only an editor can still change it.',

  'socialMap.mail.confirm.subject': 'Please confirm your contribution to the social map',
  'socialMap.mail.confirm.body':
    'Hello {name},\n\nYou submitted "{title}" to the social map. Please confirm it with this link (valid for 7 days):\n{link}\n\nWe only review it after you confirm. Did you not submit anything? Then ignore this message; nothing will be kept.',
  'socialMap.mail.approved.subject': 'Your contribution is on the social map',
  'socialMap.mail.approved.body':
    'Hello {name},\n\n"{title}" was approved and is now on the social map:\n{link}\n{reason}\nThank you for your contribution.',
  'socialMap.mail.rejected.subject': 'Your contribution to the social map was not published',
  'socialMap.mail.rejected.body':
    'Hello {name},\n\n"{title}" was not published on the social map. The reason:\n\n{reason}\n\nAny questions? Reply to this message or contact the municipality.',
  'socialMap.mail.reminder.subject': 'Is "{title}" still correct?',
  'socialMap.mail.reminder.body':
    'Hello,\n\n"{title}" is on the social map. To keep the map current: is everything still correct?\n\nYes, everything is still correct (one click):\n{verifyLink}\n\nSomething has changed:\n{editLink}\n\nWithout a reaction within {graceMonths} month(s) the item will be shown as "possibly outdated".',
  'socialMap.mail.personalData.subject': 'Your data on the social map',
  'socialMap.mail.personalData.body':
    'Hello,\n\nWith this link you can see which data the social map keeps about you, download it or have it removed (valid for 7 days):\n{link}\n\nDid you not ask for this? Then ignore this message.',
  'socialMap.mail.consent.subject': 'Your consent for the social map',
  'socialMap.mail.consent.body':
    'Hello {name},\n\nYou gave your consent for: {purpose}.\n\nThe text you agreed to:\n"{text}"\n\nYou can always see, download or remove your data here:\n{link}',
  'socialMap.mail.reportResolved.subject': 'Your report about "{title}"',
  'socialMap.mail.reportResolved.kept':
    'Hello,\n\nThank you for your report. We looked at "{title}" and are keeping it.\n\n{reason}',
  'socialMap.mail.reportResolved.removed':
    'Hello,\n\nThank you for your report. We have taken "{title}" off the social map.\n\n{reason}',
  'socialMap.mail.greetingFallback': 'resident',
};
