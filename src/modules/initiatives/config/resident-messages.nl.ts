import type { ResidentEvent, ResidentText } from './resident-events.ts';

// Ingebouwde teksten voor de melder, per gebeurtenis (B1-taalniveau, u-vorm). Een gemeente kan
// ze per gebeurtenis en taal vervangen op de pagina Berichten aan melders. Plaatshouders:
// {reference} {title} {owner} {answer} {question} {reason} {link} {deadline}.
export const residentMessagesNl: Record<ResidentEvent, ResidentText> = {
  received: {
    subject: 'Wij hebben uw melding ontvangen ({reference})',
    body:
      'Bedankt voor uw melding "{title}". Uw nummer is {reference}.\n\n' +
      '{owner} gaat ermee aan de slag. U hoort uiterlijk {deadline} van ons.\n\n' +
      'Via deze persoonlijke link ziet u wat er met uw melding gebeurt:\n{link}',
  },
  transferred: {
    subject: 'Uw melding is doorgezet ({reference})',
    body:
      'Uw melding "{title}" ({reference}) is doorgezet naar {owner}. Zij behandelen hem vanaf nu.\n\n' +
      'Waarom: {reason}\n\n' +
      'Volg uw melding via:\n{link}',
  },
  in_progress: {
    subject: 'Uw melding is in behandeling ({reference})',
    body:
      '{owner} is begonnen met uw melding "{title}" ({reference}). U hoort uiterlijk {deadline} van ons.\n\n' +
      'Volg uw melding via:\n{link}',
  },
  question: {
    subject: 'Wij hebben een vraag over uw melding ({reference})',
    body:
      'Over uw melding "{title}" ({reference}) hebben wij een vraag:\n\n{question}\n\n' +
      'U kunt antwoorden via uw persoonlijke link:\n{link}\n\n' +
      'Zolang wij op uw antwoord wachten, staat de termijn stil.',
  },
  decided_granted: {
    subject: 'Besluit over uw melding: toegekend ({reference})',
    body:
      'Goed nieuws over "{title}" ({reference}): wij hebben uw aanvraag toegekend.\n\n{answer}\n\n' +
      'Meer lezen of reageren:\n{link}',
  },
  decided_rejected: {
    subject: 'Besluit over uw melding: afgewezen ({reference})',
    body:
      'Wij hebben uw melding "{title}" ({reference}) bekeken. Helaas kunnen wij er niet mee verder.\n\n' +
      '{answer}\n\n' +
      'Bent u het hier niet mee eens? Laat het ons weten via:\n{link}',
  },
  decided_referred: {
    subject: 'Uw melding hoort bij een andere instantie ({reference})',
    body:
      'Uw melding "{title}" ({reference}) kunnen wij niet zelf oplossen. Wij verwijzen u door.\n\n' +
      '{answer}\n\n' +
      'Meer lezen:\n{link}',
  },
  in_execution: {
    subject: 'Uw melding wordt uitgevoerd ({reference})',
    body:
      'Wij gaan aan de slag met "{title}" ({reference}). {owner} voert het uit.\n\n' +
      'Volg de voortgang via:\n{link}',
  },
  done: {
    subject: 'Uw melding is afgerond ({reference})',
    body:
      'Uw melding "{title}" ({reference}) is afgerond.\n\n{answer}\n\n' +
      'Bent u tevreden over hoe wij uw melding hebben behandeld? Laat het ons weten via:\n{link}',
  },
  cancelled: {
    subject: 'Uw melding is gestopt ({reference})',
    body:
      'Wij zijn gestopt met uw melding "{title}" ({reference}).\n\n' +
      'Waarom: {reason}\n\n' +
      'Meer lezen:\n{link}',
  },
  reopened: {
    subject: 'Uw melding is weer geopend ({reference})',
    body:
      'Wij hebben uw melding "{title}" ({reference}) weer geopend. {owner} kijkt er opnieuw naar.\n\n' +
      'Waarom: {reason}\n\n' +
      'Volg uw melding via:\n{link}',
  },
  signal_outcome: {
    subject: 'Wat er met uw melding is gedaan ({reference})',
    body:
      'Uw melding "{title}" ({reference}) hebben wij samen met andere meldingen uit de buurt ' +
      'besproken. Dit is er mee gebeurd:\n\n{answer}\n\n' +
      'Meer lezen:\n{link}',
  },
};
