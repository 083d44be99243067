import type { open311Nl } from './open311-messages.nl.ts';

// English texts of the Open311 koppeling and the ZGW export; every Dutch key must be here.
export const open311En: Record<keyof typeof open311Nl, string> = {
  'initiatives.open311.discovery.contact': 'Municipality of {municipality}, via {url}',
  'initiatives.open311.discovery.keyService':
    'An api_key is a personal API token with the "write" scope. Create one at {url}; requests submitted with it are in your name.',
  'initiatives.open311.error.notFound': 'This Open311 resource does not exist.',
  'initiatives.open311.error.format': 'Ask for .json or .xml.',
  'initiatives.open311.error.method': 'This method is not supported here.',
  'initiatives.open311.error.jurisdiction': 'jurisdiction_id {value} is unknown at this address.',
  'initiatives.open311.error.apiKeyMissing': 'api_key is missing: submitting a request needs an API key.',
  'initiatives.open311.error.apiKeyInvalid': 'api_key is invalid, expired or revoked.',
  'initiatives.open311.error.apiKeyScope':
    'This api_key may not write: create a token with the "write" scope.',
  'initiatives.open311.error.apiKeyReadScope':
    'This api_key may not read: create a token with the "read" scope.',
  'initiatives.open311.error.contentType':
    'Send the request as application/x-www-form-urlencoded (or multipart/form-data).',
  'initiatives.open311.error.serviceCodeMissing': 'service_code is missing.',
  'initiatives.open311.error.serviceNotFound': 'service_code {code} does not exist (or is not active).',
  'initiatives.open311.error.latLong': 'lat and long must be sent together, as WGS84 numbers.',
  'initiatives.open311.error.locationMissing': 'A location is missing: send lat and long, or address_string.',
  'initiatives.open311.error.addressId':
    'address_id is not supported here: send lat and long, or address_string.',
  'initiatives.open311.error.outsideArea':
    'This location is not in a neighbourhood of the municipality of {municipality}.',
  'initiatives.open311.error.noArea':
    'An address_string alone does not tell which neighbourhood it is in: send lat and long as well.',
  'initiatives.open311.error.descriptionLength': 'description may be at most 4000 characters long.',
  'initiatives.open311.error.descriptionHtml': 'description may not contain HTML or code.',
  'initiatives.open311.error.email': 'email is not a valid e-mail address.',
  'initiatives.open311.error.mediaUrl': 'media_url must be an http(s) address.',
  'initiatives.open311.error.attributeRequired': 'attribute[{code}] is required for this service_code.',
  'initiatives.open311.error.attributeInvalid': 'attribute[{code}] does not have a valid value.',
  'initiatives.open311.error.status': 'status can only be open and closed (not {value}).',
  'initiatives.open311.error.date': '{field} is not a W3C datetime such as 2026-01-01T00:00:00Z.',
  'initiatives.open311.error.dateOrder': 'end_date lies before start_date.',
  'initiatives.open311.error.span': 'start_date and end_date may be at most 90 days apart.',
  'initiatives.open311.error.tooMany': 'Ask for at most 1000 service_request_id at once.',
  'initiatives.open311.error.requestNotFound': 'Request {id} does not exist or is not public.',
  'initiatives.open311.error.tokenNotFound': 'Token {token} is unknown.',
  'initiatives.open311.error.rateLimited': 'Too many requests; try again in {seconds} seconds.',
  'initiatives.open311.error.invalid': 'The request is not valid: {detail}',
  'initiatives.open311.error.general':
    'Something went wrong processing the request. Please tell the municipality.',
  'initiatives.open311.consent':
    'Submitted through the Open311 client "{client}"; the contact details are only used to keep the reporter informed.',
};
