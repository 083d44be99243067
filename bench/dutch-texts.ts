// Realistic Dutch texts for the social-map benchmarks: titles and descriptions composed from
// word lists of activities, places, times, target groups and themes, so that a large table has
// the spread of words (and the shared words) of a real sociale kaart, not copies of one row.
// Deterministic: the same seed gives the same items.

export const activities = [
  'Taalcafé',
  'Koffieochtend',
  'Inloopspreekuur',
  'Schuldhulp',
  'Voedselbank',
  'Wandelgroep',
  'Repair Café',
  'Huiswerkbegeleiding',
  'Buurtmaaltijd',
  'Breiclub',
  'Computerles',
  'Formulierenhulp',
  'Budgetcoaching',
  'Stoelyoga',
  'Moestuin',
  'Kledingbank',
  'Speelochtend',
  'Mantelzorgcafé',
  'Samen koken',
  'Fietsles',
  'Sollicitatietraining',
  'Jongerenwerk',
  'Klussendienst',
  'Boodschappendienst',
  'Rouwgroep',
  'Schaakclub',
  'Buurtkoor',
  'Ruilwinkel',
  'Digicafé',
  'Ontmoetingsochtend',
  'Spreekuur wijkteam',
  'Peuterochtend',
  'Beweegles',
  'Geheugentraining',
  'Thuisadministratie',
  'Vrijwilligerscentrale',
  'Energiecoach',
  'Opvoedspreekuur',
  'Zwemles',
  'Kookworkshop',
] as const;

export const places = [
  'De Schakel',
  'Lindehof',
  'De Brede School',
  'Het Buurthuis',
  'De Bibliotheek',
  'Wijkcentrum Oost',
  'Dorpshuis De Linde',
  'Het Kerkje',
  'De Speeltuin',
  'Zorgcentrum Eikenhorst',
  'Jongerencentrum De Loods',
  'Sporthal Noord',
  'Park Zuid',
  'De Moskee',
  'Het Gezondheidscentrum',
  'Buurtplein',
  'De Kringloop',
  'Het Dienstencentrum',
] as const;

const times = [
  'op maandagochtend',
  'op dinsdagmiddag',
  'elke woensdag',
  'op donderdagavond',
  'op vrijdagochtend',
  'op zaterdag',
  'elke eerste zondag van de maand',
  'doordeweeks',
  'in de ochtend',
  'twee keer per week',
  'om de week',
] as const;

const groups = [
  ['ouderen', 'voor ouderen en 65-plussers'],
  ['jongeren', 'voor jongeren van 12 tot 23 jaar'],
  ['ouders', 'voor ouders met jonge kinderen'],
  ['nieuwkomers', 'voor nieuwkomers en statushouders'],
  ['mantelzorgers', 'voor mantelzorgers die even op adem willen komen'],
  ['iedereen', 'voor iedereen uit de wijk'],
  ['mensen-met-een-beperking', 'voor mensen met een beperking'],
  ['kinderen', 'voor kinderen van de basisschool'],
] as const;

const themes = [
  ['geldzaken-en-schulden', 'Hulp bij geldzaken, schulden en rekeningen die je niet meer kunt betalen.'],
  ['taal-en-leren', 'Samen Nederlands oefenen en leren lezen en schrijven.'],
  ['ontmoeting', 'Een plek om elkaar te ontmoeten, een praatje te maken en minder eenzaam te zijn.'],
  ['zorg-en-welzijn', 'Steun bij zorg, gezondheid en welzijn, dicht bij huis.'],
  ['werk-en-inkomen', 'Hulp bij het zoeken naar werk, solliciteren en je inkomen.'],
  ['sport-en-bewegen', 'Rustig bewegen en sporten op je eigen niveau.'],
  ['opvoeden-en-opgroeien', 'Vragen over opvoeden en opgroeien, zonder afspraak.'],
  ['natuur-en-groen', 'Samen tuinieren en de buurt groener maken.'],
  ['wonen', 'Hulp bij wonen, energie besparen en kleine klussen in huis.'],
  ['cultuur', 'Muziek, verhalen en creatief bezig zijn met buurtgenoten.'],
  ['vrijwilligerswerk', 'Vrijwilligers gezocht: help mee en leer nieuwe mensen kennen.'],
  ['veiligheid', 'Samen zorgen voor een veilige en prettige buurt.'],
] as const;

const extras = [
  'Gratis, aanmelden is niet nodig.',
  'Koffie en thee staan klaar.',
  'Vrijwilligers helpen je op weg.',
  'Je kunt ook zonder afspraak langskomen.',
  'Neem gerust iemand mee.',
  'De ruimte is toegankelijk met een rolstoel.',
  'Bel of app ons als je vragen hebt.',
  'Niet in de schoolvakanties.',
  'Een kleine bijdrage voor de kosten is welkom.',
  'We spreken ook Engels, Arabisch en Turks.',
  'Bij mooi weer zijn we buiten.',
  'Kom vrijblijvend kijken.',
] as const;

/** A small deterministic random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;

export interface DutchItem {
  title: string;
  summary: string;
  description: string;
  themes: string[];
  targetGroups: string[];
  costFree: boolean;
}

/** The i-th item of a generated sociale kaart. */
export function dutchItem(i: number, seed = 1): DutchItem {
  const rnd = random(seed * 1_000_003 + i);
  const activity = pick(rnd, activities);
  const place = pick(rnd, places);
  const time = pick(rnd, times);
  const [group, groupText] = pick(rnd, groups);
  const [theme, themeText] = pick(rnd, themes);
  const [theme2, themeText2] = pick(rnd, themes);
  const title =
    rnd() < 0.5 ? `${activity} ${place}` : rnd() < 0.5 ? `${activity} ${time}` : `${activity} ${groupText}`;
  const summary = `${activity} ${time} in ${place}, ${groupText}.`;
  const description = [
    summary,
    themeText,
    theme2 !== theme ? themeText2 : '',
    pick(rnd, extras),
    pick(rnd, extras),
    `Nummer ${i} in de wijk.`,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    title,
    summary,
    description,
    themes: theme2 !== theme ? [theme, theme2] : [theme],
    targetGroups: [group],
    costFree: rnd() < 0.7,
  };
}

/** The word lists as SQL array literals, for generating rows inside the database. */
export const sqlLists = { activities, places, times, groups, themes, extras };
