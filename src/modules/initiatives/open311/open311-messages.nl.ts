// Dutch texts of the Open311 GeoReport v2 koppeling (error descriptions the client shows its user,
// discovery texts) and of the ZGW export.
export const open311Nl = {
  'initiatives.open311.discovery.contact': 'Gemeente {municipality}, via {url}',
  'initiatives.open311.discovery.keyService':
    'Een api_key is een persoonlijke API-sleutel met het recht "write". Maak die aan op {url}; meldingen die u met de sleutel indient, staan op uw naam.',
  'initiatives.open311.error.notFound': 'Deze Open311-bron bestaat niet.',
  'initiatives.open311.error.format': 'Vraag om .json of .xml.',
  'initiatives.open311.error.method': 'Deze methode wordt hier niet ondersteund.',
  'initiatives.open311.error.jurisdiction': 'jurisdiction_id {value} is onbekend op dit adres.',
  'initiatives.open311.error.apiKeyMissing':
    'api_key ontbreekt: een melding indienen kan alleen met een API-sleutel.',
  'initiatives.open311.error.apiKeyInvalid': 'api_key is ongeldig, verlopen of ingetrokken.',
  'initiatives.open311.error.apiKeyScope':
    'Deze api_key mag niet schrijven: maak een sleutel met het recht "write".',
  'initiatives.open311.error.apiKeyReadScope':
    'Deze api_key mag niet lezen: maak een sleutel met het recht "read".',
  'initiatives.open311.error.contentType':
    'Stuur het verzoek als application/x-www-form-urlencoded (of multipart/form-data).',
  'initiatives.open311.error.serviceCodeMissing': 'service_code ontbreekt.',
  'initiatives.open311.error.serviceNotFound': 'service_code {code} bestaat niet (of is niet actief).',
  'initiatives.open311.error.latLong': 'lat en long moeten samen worden meegestuurd, als getallen in WGS84.',
  'initiatives.open311.error.locationMissing': 'Een locatie ontbreekt: stuur lat en long, of address_string.',
  'initiatives.open311.error.addressId':
    'address_id wordt hier niet ondersteund: stuur lat en long, of address_string.',
  'initiatives.open311.error.outsideArea':
    'Deze locatie ligt niet in een buurt van de gemeente {municipality}.',
  'initiatives.open311.error.noArea':
    'Bij alleen een address_string is geen buurt te bepalen: stuur ook lat en long.',
  'initiatives.open311.error.descriptionLength': 'description mag hoogstens 4000 tekens lang zijn.',
  'initiatives.open311.error.descriptionHtml': 'description mag geen HTML of code bevatten.',
  'initiatives.open311.error.email': 'email is geen geldig e-mailadres.',
  'initiatives.open311.error.mediaUrl': 'media_url moet een http(s)-adres zijn.',
  'initiatives.open311.error.attributeRequired': 'attribute[{code}] is verplicht voor deze service_code.',
  'initiatives.open311.error.attributeInvalid': 'attribute[{code}] heeft geen geldige waarde.',
  'initiatives.open311.error.status': 'status kan alleen open en closed zijn (niet {value}).',
  'initiatives.open311.error.date': '{field} is geen datum-tijd in W3C-formaat, zoals 2026-01-01T00:00:00Z.',
  'initiatives.open311.error.dateOrder': 'end_date ligt voor start_date.',
  'initiatives.open311.error.span': 'start_date en end_date mogen hoogstens 90 dagen uit elkaar liggen.',
  'initiatives.open311.error.tooMany': 'Vraag om hoogstens 1000 service_request_id tegelijk.',
  'initiatives.open311.error.requestNotFound': 'Melding {id} bestaat niet of is niet openbaar.',
  'initiatives.open311.error.tokenNotFound': 'Token {token} is onbekend.',
  'initiatives.open311.error.rateLimited': 'Te veel verzoeken; probeer het over {seconds} seconden opnieuw.',
  'initiatives.open311.error.invalid': 'Het verzoek is niet in orde: {detail}',
  'initiatives.open311.error.general':
    'Er ging iets mis bij het verwerken van het verzoek. Meld dit aan de gemeente.',
  'initiatives.open311.consent':
    'Ingediend via de Open311-koppeling "{client}"; de contactgegevens zijn alleen bedoeld om de melder op de hoogte te houden.',
};
