import type { CategoryAttribute, Channel, Decision, ItemStatus } from '../initiatives.tables.ts';

// DEMO DATA. The initiatives and signals of Gemeente Voorbeeld (a fictional municipality): its
// configuration, ~30 items of residents in Centrum, Noordhoek and Oosterpark in every state with
// their history, the quick budgets per wijk, two ratings and a wijksignaal. Every person, address
// and e-mail address is made up. Times are relative to the day of loading, in working days, so
// the same items are overdue or escalated whenever the demo is loaded (load-initiatives-demo.ts).

export type OrgKey =
  | 'openbare-ruimte'
  | 'sociaal-domein'
  | 'wijkzaken'
  | 'woonstichting'
  | 'welzijn'
  | 'sociaal-wijkteam-noord';

/** Demo users (voorbeeld-data.ts) who act in the history. */
export const demoPeople = {
  ingrid: 'beheerder@voorbeeld.example',
  yusuf: 'coordinator@voorbeeld.example',
  eva: 'wijkambtenaar.centrum@voorbeeld.example',
  daan: 'wijkambtenaar.noordoost@voorbeeld.example',
  priya: 'openbareruimte.medewerker@voorbeeld.example',
  karin: 'k.deboer@woonstichting.voorbeeld.example',
  henk: 'bewoner@voorbeeld.example',
} as const;
export type PersonKey = keyof typeof demoPeople;

export const demoSettings = {
  liberationDayOff: false,
  escalationWorkingDays: 5,
  reopenDays: 14,
  retentionDays: 365,
  publicMap: true,
};

export interface DemoKind {
  code: 'idea' | 'initiative' | 'signal' | 'question';
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  budgetRequest: boolean;
  position: number;
}

export const demoKinds: DemoKind[] = [
  {
    code: 'signal',
    name: 'Melding',
    nameEn: 'Report',
    description: 'Er is iets kapot, vies of onveilig op straat, in het groen of in uw portiek.',
    descriptionEn: 'Something is broken, dirty or unsafe in the street, the greenery or your entrance hall.',
    budgetRequest: false,
    position: 1,
  },
  {
    code: 'idea',
    name: 'Idee',
    nameEn: 'Idea',
    description: 'Een klein idee om uw buurt mooier, veiliger of gezelliger te maken.',
    descriptionEn: 'A small idea to make your neighbourhood nicer, safer or friendlier.',
    budgetRequest: false,
    position: 2,
  },
  {
    code: 'initiative',
    name: 'Initiatief met budgetaanvraag',
    nameEn: 'Initiative with a budget request',
    description: 'U organiseert zelf iets voor de buurt en vraagt een bijdrage uit het wijkbudget.',
    descriptionEn:
      'You organise something for the neighbourhood and ask for a contribution from the neighbourhood budget.',
    budgetRequest: true,
    position: 3,
  },
  {
    code: 'question',
    name: 'Vraag',
    nameEn: 'Question',
    description: 'Een vraag aan de gemeente, bijvoorbeeld over zorg, hulp of welzijn.',
    descriptionEn: 'A question for the municipality, for instance about care, support or wellbeing.',
    budgetRequest: false,
    position: 4,
  },
];

export type CategoryCode =
  | 'losse-stoeptegel'
  | 'zwerfafval'
  | 'straatverlichting'
  | 'groenonderhoud'
  | 'overlast-portiek'
  | 'klein-idee'
  | 'buurtinitiatief'
  | 'zorg-welzijn';

export interface DemoCategory {
  code: CategoryCode;
  kind: DemoKind['code'];
  name: string;
  nameEn: string;
  help: string;
  helpEn: string;
  nextSteps: string;
  nextStepsEn: string;
  owner: OrgKey;
  handlingDays: number;
  dayType: 'working' | 'calendar';
  keywords: string[];
  attributes: CategoryAttribute[];
  onPublicMap: boolean;
  position: number;
}

export const demoCategories: DemoCategory[] = [
  {
    code: 'losse-stoeptegel',
    kind: 'signal',
    name: 'Losse of kapotte stoeptegel',
    nameEn: 'Loose or broken paving stone',
    help: 'Een tegel die los ligt, scheef staat of kapot is, of een gat in de stoep.',
    helpEn: 'A paving stone that is loose, uneven or broken, or a hole in the pavement.',
    nextSteps:
      'Een medewerker van Openbare Ruimte komt kijken en legt de tegels opnieuw. Is het gevaarlijk, dan zetten wij het eerst af.',
    nextStepsEn:
      'Someone from Public Space comes to look and relays the stones. If it is dangerous, we fence it off first.',
    owner: 'openbare-ruimte',
    handlingDays: 5,
    dayType: 'working',
    keywords: ['tegel', 'stoep', 'trottoir', 'struikelen', 'gat'],
    attributes: [
      {
        code: 'gevaar',
        datatype: 'singlevaluelist',
        required: false,
        description: 'Kan iemand erover struikelen?',
        descriptionEn: 'Could someone trip over it?',
        values: [
          { key: 'ja', name: 'Ja' },
          { key: 'nee', name: 'Nee' },
        ],
      },
    ],
    onPublicMap: true,
    position: 1,
  },
  {
    code: 'zwerfafval',
    kind: 'signal',
    name: 'Zwerfafval of gedumpt afval',
    nameEn: 'Litter or dumped waste',
    help: 'Afval op straat of in het groen, vuilniszakken naast een container, gedumpt grofvuil.',
    helpEn: 'Litter in the street or greenery, bags next to a container, dumped bulky waste.',
    nextSteps: 'De reiniging haalt het afval op. Bij gedumpt afval zoeken wij uit van wie het is.',
    nextStepsEn: 'The cleaning service collects the waste. For dumped waste we try to find out whose it is.',
    owner: 'openbare-ruimte',
    handlingDays: 10,
    dayType: 'calendar',
    keywords: ['afval', 'vuil', 'container', 'grofvuil', 'dumping', 'glasbak'],
    attributes: [],
    onPublicMap: true,
    position: 2,
  },
  {
    code: 'straatverlichting',
    kind: 'signal',
    name: 'Straatverlichting kapot',
    nameEn: 'Street light not working',
    help: 'Een lantaarnpaal die niet brandt, knippert of de hele dag aan is.',
    helpEn: 'A street light that is off, flickers or is on all day.',
    nextSteps:
      'Wij geven de storing door aan de onderhoudsploeg. Het nummer op de paal helpt ons de paal snel te vinden.',
    nextStepsEn:
      'We pass the fault on to the maintenance crew. The number on the pole helps us find it quickly.',
    owner: 'openbare-ruimte',
    handlingDays: 10,
    dayType: 'working',
    keywords: ['lantaarnpaal', 'licht', 'donker', 'lamp', 'verlichting'],
    attributes: [
      {
        code: 'lichtmastnummer',
        datatype: 'string',
        required: false,
        description: 'Nummer op de lantaarnpaal (als u het ziet)',
        descriptionEn: 'Number on the pole (if you can see it)',
      },
    ],
    onPublicMap: true,
    position: 3,
  },
  {
    code: 'groenonderhoud',
    kind: 'signal',
    name: 'Groenonderhoud: bomen, struiken en gras',
    nameEn: 'Greenery: trees, shrubs and grass',
    help: 'Overhangende takken, een dode of scheve boom, gras dat niet gemaaid wordt.',
    helpEn: 'Overhanging branches, a dead or leaning tree, grass that is not mown.',
    nextSteps: 'Een groenbeheerder beoordeelt wat nodig is en plant het werk in.',
    nextStepsEn: 'A greenery officer decides what is needed and schedules the work.',
    owner: 'openbare-ruimte',
    handlingDays: 10,
    dayType: 'working',
    keywords: ['boom', 'takken', 'gras', 'maaien', 'heg', 'groen'],
    attributes: [],
    onPublicMap: true,
    position: 4,
  },
  {
    code: 'overlast-portiek',
    kind: 'signal',
    name: 'Overlast of vervuiling in portiek of galerij',
    nameEn: 'Nuisance or dirt in an entrance hall or gallery',
    help: 'Vuil, kapotte deuren of verlichting, of overlast in de portiek of op de galerij van een flat.',
    helpEn: 'Dirt, broken doors or lights, or nuisance in the entrance hall or gallery of a block of flats.',
    nextSteps:
      'Wij zetten uw melding door naar wie het gebouw beheert. In Noordhoek is dat Woonstichting Voorbeeld.',
    nextStepsEn:
      'We pass your report on to whoever manages the building. In Noordhoek that is Woonstichting Voorbeeld.',
    owner: 'wijkzaken',
    handlingDays: 10,
    dayType: 'working',
    keywords: ['portiek', 'galerij', 'flat', 'trappenhuis', 'hangjongeren', 'deur'],
    attributes: [],
    onPublicMap: false,
    position: 5,
  },
  {
    code: 'klein-idee',
    kind: 'idea',
    name: 'Klein idee voor de buurt',
    nameEn: 'Small idea for the neighbourhood',
    help: 'Een bankje, een minibieb, een plantenbak: iets kleins dat de buurt beter maakt.',
    helpEn: 'A bench, a little free library, a planter: something small that makes the neighbourhood better.',
    nextSteps: 'Binnen 3 werkdagen hoort u of wij uw idee kunnen uitvoeren of wie u verder helpt.',
    nextStepsEn:
      'Within 3 working days you hear whether we can carry out your idea or who can help you further.',
    owner: 'wijkzaken',
    handlingDays: 3,
    dayType: 'working',
    keywords: ['idee', 'bankje', 'minibieb', 'speeltuin', 'plantenbak'],
    attributes: [],
    onPublicMap: false,
    position: 1,
  },
  {
    code: 'buurtinitiatief',
    kind: 'initiative',
    name: 'Buurtinitiatief met bijdrage uit het wijkbudget',
    nameEn: 'Neighbourhood initiative with a contribution from the neighbourhood budget',
    help: 'U organiseert met buren een activiteit of verbetering en vraagt geld uit het wijkbudget.',
    helpEn:
      'You and your neighbours organise an activity or improvement and ask for money from the neighbourhood budget.',
    nextSteps:
      'De wijkambtenaar bespreekt uw plan met u. Krijgt u geld, dan laat u na afloop met bonnetjes en foto’s zien waaraan het is besteed.',
    nextStepsEn:
      'The area officer discusses your plan with you. If you get money, afterwards you show with receipts and photos what it was spent on.',
    owner: 'wijkzaken',
    handlingDays: 10,
    dayType: 'working',
    keywords: ['budget', 'subsidie', 'activiteit', 'buurtfeest', 'initiatief'],
    attributes: [],
    onPublicMap: false,
    position: 1,
  },
  {
    code: 'zorg-welzijn',
    kind: 'question',
    name: 'Vraag over zorg en welzijn',
    nameEn: 'Question about care and wellbeing',
    help: 'Hulp in huis, eenzaamheid, mantelzorg, geldzorgen: voor uzelf of voor iemand in uw buurt.',
    helpEn: 'Help at home, loneliness, informal care, money worries: for yourself or for someone nearby.',
    nextSteps:
      'Een medewerker van Sociaal Domein neemt contact met u op, of verwijst u naar het sociaal wijkteam.',
    nextStepsEn: 'Someone from Social Affairs contacts you, or refers you to the neighbourhood social team.',
    owner: 'sociaal-domein',
    handlingDays: 5,
    dayType: 'working',
    keywords: ['zorg', 'hulp', 'eenzaam', 'mantelzorg', 'schulden', 'wmo'],
    attributes: [],
    onPublicMap: false,
    position: 1,
  },
];

export interface DemoRoutingRule {
  position: number;
  kind: DemoKind['code'] | null;
  category: CategoryCode | null;
  /** Area code; matches its subtree. */
  area: string | null;
  target: OrgKey;
  person: PersonKey | null;
  note: string;
  active: boolean;
}

export const demoRoutingRules: DemoRoutingRule[] = [
  {
    position: 10,
    kind: 'signal',
    category: 'overlast-portiek',
    area: 'WK999902',
    target: 'woonstichting',
    person: 'karin',
    note: 'In Noordhoek beheert Woonstichting Voorbeeld de portiekflats; Karin de Boer is er wijkconsulent.',
    active: true,
  },
  {
    position: 20,
    kind: 'signal',
    category: 'groenonderhoud',
    area: null,
    target: 'openbare-ruimte',
    person: 'priya',
    note: 'Groen en speelplekken: rechtstreeks naar Priya Ramdin.',
    active: true,
  },
  {
    position: 30,
    kind: null,
    category: 'zwerfafval',
    area: 'WK999901',
    target: 'wijkzaken',
    person: null,
    note: 'Tijdens de schoonmaakweek in het Centrum (uitgezet na afloop).',
    active: false,
  },
];

/** One step in an item's history, `after` working days after the receipt date, at `hour`. */
export type DemoStep = { after: number; hour: number; by: PersonKey | 'resident' | 'system' } & (
  | { kind: 'status'; to: ItemStatus; decision?: Decision; answer?: string; reason?: string; note?: string }
  | { kind: 'question'; question: string }
  | { kind: 'answer'; text: string }
  | { kind: 'transfer'; to: OrgKey; person?: PersonKey; reason: string }
  | { kind: 'assign'; person: PersonKey }
  | { kind: 'escalate' }
  | { kind: 'rating'; satisfied: boolean; reason: string }
);

export interface DemoGrant {
  amountCents: number;
  /** The grant is the decision step: the step with to 'decided' (index in steps) carries it. */
  note: string;
  payment?: { after: number; amountCents: number; reference: string };
  accounting?: {
    after: number;
    report: string;
    spentCents: number;
    status: 'submitted' | 'approved' | 'needs_more';
    review?: { after: number; by: PersonKey; note: string };
  };
  withdrawn?: { after: number; reason: string };
}

export interface DemoItem {
  key: string;
  category: CategoryCode;
  /** Buurt code. */
  area: string;
  title: string;
  description: string;
  address: string | null;
  /** A point near the buurt's centre: offset in thousandths of a degree (lon, lat); null: no point. */
  point: [number, number] | null;
  /** Received this many working days before the load date, at this hour (Amsterdam). */
  receivedWorkingDaysAgo: number;
  hour: number;
  channel: Channel;
  registeredBy?: PersonKey;
  submitter?: PersonKey;
  contact?: { name: string | null; email: string | null; phone: string | null };
  locale?: 'nl' | 'en';
  requestedCents?: number;
  attributeValues?: Record<string, string>;
  steps: DemoStep[];
  grant?: DemoGrant;
}

export const demoConsentText =
  'Mijn contactgegevens worden alleen gebruikt om mij op de hoogte te houden van deze melding. Na de afhandeling worden ze verwijderd.';

export const demoItems: DemoItem[] = [
  // Centrum
  {
    key: 'tegel-markt',
    category: 'losse-stoeptegel',
    area: 'BU99990101',
    title: 'Losse stoeptegels voor de bakker op de Markt',
    description:
      'Voor bakkerij Van Dam op de Markt liggen drie tegels los. Er is vanochtend een oudere dame bijna over gestruikeld.',
    address: 'Markt 14',
    point: [1, 1],
    receivedWorkingDaysAgo: 1,
    hour: 9,
    channel: 'web',
    contact: { name: 'Marieke van Dam', email: 'marieke.vandam@mail.voorbeeld.example', phone: null },
    attributeValues: { gevaar: 'ja' },
    steps: [],
  },
  {
    key: 'licht-havenkade',
    category: 'straatverlichting',
    area: 'BU99990102',
    title: 'Lantaarnpaal bij de Havenkade brandt niet',
    description:
      'De lantaarnpaal tegenover nummer 3 is al een week donker. ’s Avonds is het pad langs het water pikdonker.',
    address: 'Havenkade 3',
    point: [-1, 1],
    receivedWorkingDaysAgo: 4,
    hour: 21,
    channel: 'web',
    contact: { name: 'Ahmed Bouzid', email: 'a.bouzid@mail.voorbeeld.example', phone: null },
    attributeValues: { lichtmastnummer: 'HK-0112' },
    steps: [
      {
        after: 1,
        hour: 10,
        by: 'priya',
        kind: 'status',
        to: 'in_progress',
        note: 'Storing doorgezet naar de onderhoudsploeg.',
      },
    ],
  },
  {
    key: 'afval-station',
    category: 'zwerfafval',
    area: 'BU99990104',
    title: 'Vuilniszakken naast de container bij het station',
    description:
      'Naast de ondergrondse container aan de stationskant staan al dagen vuilniszakken. De meeuwen halen ze open.',
    address: 'Stationsplein 2',
    point: [0, -2],
    receivedWorkingDaysAgo: 2,
    hour: 11,
    channel: 'phone',
    registeredBy: 'eva',
    contact: { name: 'Mevrouw Jansen', email: null, phone: '0612345678' },
    steps: [],
  },
  {
    key: 'groen-kerkstraat',
    category: 'groenonderhoud',
    area: 'BU99990103',
    title: 'Overhangende takken boven het fietspad in de Kerkstraat',
    description:
      'De takken van de linden hangen zo laag dat je op de fiets moet bukken. Bij regen zie je ze in het donker niet.',
    address: 'Kerkstraat 40',
    point: [1, -1],
    receivedWorkingDaysAgo: 12,
    hour: 8,
    channel: 'web',

    steps: [
      {
        after: 2,
        hour: 9,
        by: 'priya',
        kind: 'status',
        to: 'in_progress',
        note: 'Snoeiploeg is pas over drie weken vrij; gevraagd of het eerder kan.',
      },
    ],
  },
  {
    key: 'tegel-havenbuurt',
    category: 'losse-stoeptegel',
    area: 'BU99990102',
    title: 'Boomwortels duwen de stoep omhoog in de Visserstraat',
    description:
      'Over een stuk van tien meter liggen de tegels schuin door de wortels van de bomen. Met een rollator of kinderwagen kom je er niet langs.',
    address: 'Visserstraat 8',
    point: [-2, 0],
    receivedWorkingDaysAgo: 14,
    hour: 13,
    channel: 'web',
    contact: { name: 'Joke Vermeulen', email: 'joke.vermeulen@mail.voorbeeld.example', phone: '0687654321' },
    attributeValues: { gevaar: 'ja' },
    steps: [
      {
        after: 1,
        hour: 10,
        by: 'priya',
        kind: 'status',
        to: 'in_progress',
        note: 'Wortels moeten eerst door de boomspecialist bekeken worden.',
      },
      { after: 11, hour: 6, by: 'system', kind: 'escalate' },
    ],
  },
  {
    key: 'idee-bankjes-markt',
    category: 'klein-idee',
    area: 'BU99990101',
    title: 'Meer bankjes op de Markt voor ouderen',
    description:
      'Op de Markt is maar één bankje. Veel ouderen uit de aanleunwoningen willen onderweg even kunnen zitten. Twee bankjes bij de fontein zou al helpen.',
    address: 'Markt',
    point: [0, 1],
    receivedWorkingDaysAgo: 8,
    hour: 15,
    channel: 'web',
    contact: { name: 'Gerrit Bos', email: 'g.bos@mail.voorbeeld.example', phone: null },
    steps: [
      { after: 1, hour: 9, by: 'eva', kind: 'status', to: 'in_progress' },
      {
        after: 2,
        hour: 14,
        by: 'eva',
        kind: 'status',
        to: 'decided',
        decision: 'granted',
        answer:
          'Goed idee. Wij plaatsen twee bankjes bij de fontein op de Markt. Ze komen uit de voorraad van Openbare Ruimte en staan er binnen zes weken.',
      },
    ],
  },
  {
    key: 'idee-minibieb',
    category: 'klein-idee',
    area: 'BU99990103',
    title: 'Minibieb bij het Kerkplein',
    description:
      'Ik wil graag een minibieb (een kastje met boeken om te ruilen) op het Kerkplein zetten. Ik zorg zelf voor het kastje; mag het aan het hek van het plantsoen?',
    address: 'Kerkplein',
    point: [2, 0],
    receivedWorkingDaysAgo: 20,
    hour: 10,
    channel: 'web',
    contact: { name: 'Sanne de Wit', email: 'sanne.dewit@mail.voorbeeld.example', phone: null },
    steps: [
      {
        after: 2,
        hour: 11,
        by: 'eva',
        kind: 'status',
        to: 'decided',
        decision: 'granted',
        answer: 'Dat mag. Openbare Ruimte maakt een paal naast het hek, zodat het kastje stevig staat.',
      },
      { after: 4, hour: 9, by: 'eva', kind: 'status', to: 'in_execution' },
      {
        after: 9,
        hour: 16,
        by: 'eva',
        kind: 'status',
        to: 'done',
        note: 'Paal geplaatst, kastje hangt.',
      },
      {
        after: 11,
        hour: 20,
        by: 'resident',
        kind: 'rating',
        satisfied: true,
        reason: 'Snel geregeld, de buren gebruiken hem al volop!',
      },
    ],
  },
  {
    key: 'idee-fietsenstalling',
    category: 'klein-idee',
    area: 'BU99990104',
    title: 'Fietsenstalling bij het station gratis maken',
    description:
      'De bewaakte stalling kost geld, daardoor staan alle fietsen op de stoep. Kan de stalling gratis worden?',
    address: 'Stationsplein',
    point: [1, -2],
    receivedWorkingDaysAgo: 15,
    hour: 12,
    channel: 'web',
    contact: { name: null, email: 'fietser.stationsbuurt@mail.voorbeeld.example', phone: null },
    steps: [
      {
        after: 2,
        hour: 10,
        by: 'eva',
        kind: 'status',
        to: 'decided',
        decision: 'referred',
        answer:
          'De stalling is van NS en ProRail, niet van de gemeente. Wij hebben uw idee doorgestuurd naar het overleg stationsgebied met NS; u kunt het ook zelf indienen via de klantenservice van NS.',
      },
      { after: 3, hour: 9, by: 'eva', kind: 'status', to: 'done' },
    ],
  },
  {
    key: 'vraag-mantelzorg',
    category: 'zorg-welzijn',
    area: 'BU99990102',
    title: 'Hulp voor mijn moeder die slecht ter been is',
    description:
      'Mijn moeder (84) woont alleen in de Havenbuurt en kan de trap bijna niet meer op. Ik doe veel voor haar maar red het niet meer. Waar kunnen we hulp vragen?',
    address: null,
    point: null,
    receivedWorkingDaysAgo: 6,
    hour: 19,
    channel: 'web',
    contact: { name: 'Petra Smit', email: 'petra.smit@mail.voorbeeld.example', phone: '0611122233' },
    steps: [
      { after: 1, hour: 9, by: 'yusuf', kind: 'status', to: 'in_progress' },
      {
        after: 1,
        hour: 11,
        by: 'yusuf',
        kind: 'question',
        question:
          'Mogen wij u bellen om de situatie van uw moeder te bespreken? Op welk moment komt het u het best uit?',
      },
      {
        after: 4,
        hour: 20,
        by: 'resident',
        kind: 'answer',
        text: 'Ja graag, het liefst na 17.00 uur op 06-11122233.',
      },
    ],
  },
  {
    key: 'initiatief-plantenbakken',
    category: 'buurtinitiatief',
    area: 'BU99990103',
    title: 'Plantenbakken in de Kerkstraat',
    description:
      'Met zes buren willen we de Kerkstraat groener maken met tien grote plantenbakken. Wij onderhouden ze zelf. We vragen € 1.200 voor bakken, aarde en planten.',
    address: 'Kerkstraat',
    point: [1, 0],
    receivedWorkingDaysAgo: 25,
    hour: 20,
    channel: 'web',
    contact: { name: 'Linda Hoekstra', email: 'linda.hoekstra@mail.voorbeeld.example', phone: null },
    requestedCents: 120_000,
    steps: [
      { after: 1, hour: 9, by: 'eva', kind: 'status', to: 'in_progress' },
      {
        after: 6,
        hour: 15,
        by: 'eva',
        kind: 'status',
        to: 'decided',
        decision: 'granted',
        answer:
          'U krijgt € 1.200 uit het wijkbudget Centrum. Wij maken het geld over zodra u het rekeningnummer van de bewonersgroep doorgeeft. Na afloop laat u met bonnetjes en foto’s zien wat u hebt gedaan.',
      },
      { after: 12, hour: 10, by: 'eva', kind: 'status', to: 'in_execution' },
    ],
    grant: {
      amountCents: 120_000,
      note: 'Past goed bij de vergroening van het centrum.',
      payment: { after: 11, amountCents: 120_000, reference: 'WB-C-2026-014' },
    },
  },
  {
    key: 'initiatief-kerstmarkt',
    category: 'buurtinitiatief',
    area: 'BU99990102',
    title: 'Kerstmarkt in de Havenbuurt',
    description:
      'Wij willen op de kade een kerstmarkt met twintig kramen organiseren. Voor kramen, verlichting en beveiliging vragen we € 4.000.',
    address: 'Havenkade',
    point: [-1, 0],
    receivedWorkingDaysAgo: 18,
    hour: 14,
    channel: 'web',
    contact: {
      name: 'Winkeliersvereniging Havenbuurt',
      email: 'bestuur@havenbuurt.voorbeeld.example',
      phone: null,
    },
    requestedCents: 400_000,
    steps: [
      { after: 1, hour: 10, by: 'eva', kind: 'status', to: 'in_progress' },
      {
        after: 8,
        hour: 11,
        by: 'eva',
        kind: 'status',
        to: 'decided',
        decision: 'rejected',
        answer:
          'Uit het wijkbudget geven wij per initiatief ten hoogste € 2.500, en een markt met kramen van ondernemers valt onder het evenementenbeleid. Vraag een bijdrage aan bij het evenementenfonds; u kunt ook een kleiner buurtdeel (bijvoorbeeld de verlichting) bij ons aanvragen.',
      },
    ],
  },
  {
    key: 'initiatief-opschoondag',
    category: 'buurtinitiatief',
    area: 'BU99990104',
    title: 'Opschoondag Stationsbuurt met de basisschool',
    description:
      'Samen met groep 7 en 8 van de school en bewoners willen we een ochtend de buurt schoonmaken, met koffie en soep na afloop. We vragen € 350 voor grijpers, handschoenen en de lunch.',
    address: 'Stationsbuurt',
    point: [-1, -2],
    receivedWorkingDaysAgo: 40,
    hour: 9,
    channel: 'web',
    contact: { name: 'Fatima el Amrani', email: 'f.elamrani@mail.voorbeeld.example', phone: null },
    requestedCents: 35_000,
    steps: [
      {
        after: 3,
        hour: 14,
        by: 'eva',
        kind: 'status',
        to: 'decided',
        decision: 'granted',
        answer: 'U krijgt € 350 uit het wijkbudget Centrum. Openbare Ruimte haalt de zakken na afloop op.',
      },
      { after: 5, hour: 9, by: 'eva', kind: 'status', to: 'in_execution' },
      {
        after: 20,
        hour: 15,
        by: 'eva',
        kind: 'status',
        to: 'done',
        note: 'Opschoondag gehouden, 34 zakken afval.',
      },
    ],
    grant: {
      amountCents: 35_000,
      note: 'Samen met de school; Openbare Ruimte haalt het afval op.',
      payment: { after: 4, amountCents: 35_000, reference: 'WB-C-2026-009' },
      accounting: {
        after: 22,
        report:
          'Op zaterdag hebben 41 kinderen en 18 volwassenen de buurt schoongemaakt. Uitgegeven aan grijpers, handschoenen, soep en broodjes.',
        spentCents: 33_275,
        status: 'submitted',
      },
    },
  },
  {
    key: 'afval-glasbak',
    category: 'zwerfafval',
    area: 'BU99990103',
    title: 'Glasbak aan het Kerkplein puilt uit',
    description: 'De glasbak zit vol en er staan flessen en dozen omheen. Er ligt glas op de stoep.',
    address: 'Kerkplein 1',
    point: [2, 1],
    receivedWorkingDaysAgo: 9,
    hour: 10,
    channel: 'open311',
    contact: { name: null, email: 'bewoner.kerkplein@mail.voorbeeld.example', phone: null },
    steps: [
      { after: 0, hour: 14, by: 'priya', kind: 'status', to: 'in_progress' },
      {
        after: 1,
        hour: 12,
        by: 'priya',
        kind: 'status',
        to: 'decided',
        decision: 'granted',
        answer:
          'De glasbak is geleegd en het glas is opgeruimd. Wij legen deze glasbak voortaan twee keer per week.',
      },
      { after: 1, hour: 13, by: 'priya', kind: 'status', to: 'done' },
    ],
  },
  {
    key: 'afval-glasbak-dubbel',
    category: 'zwerfafval',
    area: 'BU99990103',
    title: 'Glas op de stoep bij het Kerkplein',
    description: 'Naast de glasbak ligt veel glas. Gevaarlijk voor honden en kinderen.',
    address: 'Kerkplein',
    point: [2, 1],
    receivedWorkingDaysAgo: 9,
    hour: 12,
    channel: 'web',

    steps: [
      {
        after: 0,
        hour: 15,
        by: 'priya',
        kind: 'status',
        to: 'cancelled',
        reason: 'Dubbele melding: dezelfde glasbak was al gemeld en wordt vandaag geleegd.',
      },
    ],
  },

  // Noordhoek
  {
    key: 'portiek-noorderhof-vuil',
    category: 'overlast-portiek',
    area: 'BU99990202',
    title: 'Portiek Noorderhof 12–30 is vies en stinkt',
    description:
      'In de portiek van Noorderhof 12 tot en met 30 ligt al weken afval onder de trap en het ruikt naar urine. De schoonmaker komt niet meer.',
    address: 'Noorderhof 12',
    point: [1, 1],
    receivedWorkingDaysAgo: 5,
    hour: 8,
    channel: 'web',
    contact: { name: 'Henk Mulder', email: 'bewoner@voorbeeld.example', phone: null },
    submitter: 'henk',
    steps: [
      {
        after: 1,
        hour: 10,
        by: 'karin',
        kind: 'status',
        to: 'in_progress',
        note: 'Schoonmaakbedrijf gebeld: de portiek is uit het rooster gevallen.',
      },
    ],
  },
  {
    key: 'portiek-noorderhof-jongeren',
    category: 'overlast-portiek',
    area: 'BU99990202',
    title: 'Jongeren hangen ’s avonds in de portiek',
    description:
      'Bijna elke avond zitten er jongeren in onze portiek. Ze laten blikjes en peuken achter en de toegangsdeur sluit niet meer.',
    address: 'Noorderhof 40',
    point: [1, 0],
    receivedWorkingDaysAgo: 3,
    hour: 22,
    channel: 'web',
    contact: { name: null, email: 'noorderhof40@mail.voorbeeld.example', phone: null },
    steps: [],
  },
  {
    key: 'afval-kwikstaartplein',
    category: 'zwerfafval',
    area: 'BU99990202',
    title: 'Afval en grofvuil rond de containers op het Kwikstaartplein',
    description:
      'Rond de containers op het Kwikstaartplein staan matrassen, zakken en een kapotte bank. Het trekt ratten aan.',
    address: 'Kwikstaartplein',
    point: [0, -1],
    receivedWorkingDaysAgo: 7,
    hour: 9,
    channel: 'web',
    contact: { name: 'Yvonne Kramer', email: 'y.kramer@mail.voorbeeld.example', phone: null },
    steps: [
      { after: 0, hour: 13, by: 'priya', kind: 'status', to: 'in_progress' },
      {
        after: 2,
        hour: 10,
        by: 'priya',
        kind: 'status',
        to: 'decided',
        decision: 'granted',
        answer:
          'Het grofvuil is opgehaald. Omdat dit vaker gebeurt, zetten wij er een extra container bij en hangen wij een camera op.',
      },
      { after: 3, hour: 9, by: 'priya', kind: 'status', to: 'in_execution' },
    ],
  },
  {
    key: 'tegel-molenweg',
    category: 'losse-stoeptegel',
    area: 'BU99990201',
    title: 'Gat in de stoep bij de Molenweg',
    description:
      'Bij de bushalte aan de Molenweg ontbreken twee tegels. Er is een gat van zeker tien centimeter diep.',
    address: 'Molenweg 22',
    point: [-1, 1],
    receivedWorkingDaysAgo: 10,
    hour: 7,
    channel: 'web',

    attributeValues: { gevaar: 'ja' },
    steps: [
      {
        after: 0,
        hour: 11,
        by: 'priya',
        kind: 'status',
        to: 'in_progress',
        note: 'Gat afgezet met een hek.',
      },
      {
        after: 2,
        hour: 15,
        by: 'priya',
        kind: 'status',
        to: 'decided',
        decision: 'granted',
        answer: 'De ontbrekende tegels zijn teruggelegd en het hek is weggehaald.',
      },
      { after: 2, hour: 16, by: 'priya', kind: 'status', to: 'done' },
    ],
  },
  {
    key: 'licht-klaverblad',
    category: 'straatverlichting',
    area: 'BU99990203',
    title: 'Donker pad achter de Klaverbladschool',
    description:
      'Het voetpad achter de school naar de flats is ’s avonds helemaal donker. Twee lampen aan de gevel doen het niet. Ik durf er niet meer langs.',
    address: 'Klaverpad',
    point: [0, 1],
    receivedWorkingDaysAgo: 11,
    hour: 18,
    channel: 'web',
    contact: { name: 'Esther Visser', email: 'esther.visser@mail.voorbeeld.example', phone: null },
    steps: [
      {
        after: 1,
        hour: 9,
        by: 'priya',
        kind: 'transfer',
        to: 'woonstichting',
        person: 'karin',
        reason:
          'De lampen hangen aan de flat en het pad is van Woonstichting Voorbeeld; zij zorgen voor die verlichting.',
      },
      { after: 3, hour: 10, by: 'karin', kind: 'status', to: 'in_progress', note: 'Elektricien besteld.' },
    ],
  },
  {
    key: 'groen-merelpark',
    category: 'groenonderhoud',
    area: 'BU99990204',
    title: 'Gras in het Merelpark wordt niet gemaaid',
    description:
      'Het gras in het Merelpark staat kniehoog. Kinderen kunnen er niet meer voetballen en er liggen spullen verstopt in het gras.',
    address: 'Merelpark',
    point: [0, 0],
    receivedWorkingDaysAgo: 20,
    hour: 10,
    channel: 'web',
    contact: { name: 'Kees Dekker', email: 'kees.dekker@mail.voorbeeld.example', phone: null },
    steps: [
      { after: 1, hour: 9, by: 'priya', kind: 'status', to: 'in_progress' },
      {
        after: 9,
        hour: 14,
        by: 'priya',
        kind: 'status',
        to: 'decided',
        decision: 'granted',
        answer: 'Het gras is gemaaid. Het Merelpark staat nu in het maaischema van elke drie weken.',
      },
      { after: 15, hour: 10, by: 'priya', kind: 'status', to: 'done' },
      {
        after: 17,
        hour: 19,
        by: 'resident',
        kind: 'rating',
        satisfied: false,
        reason: 'Alleen het voetbalveldje is gemaaid, langs de vijver staat het gras nog steeds hoog.',
      },
    ],
  },
  {
    key: 'idee-pannakooi',
    category: 'klein-idee',
    area: 'BU99990202',
    title: 'Pannakooi op het Kwikstaartplein',
    description:
      'De jongeren in de buurt hebben geen plek om te voetballen. Een pannakooi op het Kwikstaartplein zou veel schelen. Wij willen helpen met het ontwerp.',
    address: 'Kwikstaartplein',
    point: [0, -2],
    receivedWorkingDaysAgo: 2,
    hour: 16,
    channel: 'web',
    contact: { name: 'Rachid Amrani', email: 'r.amrani@mail.voorbeeld.example', phone: null },
    steps: [
      { after: 1, hour: 9, by: 'daan', kind: 'status', to: 'in_progress' },
      {
        after: 1,
        hour: 10,
        by: 'daan',
        kind: 'question',
        question:
          'Leuk idee! Hoeveel jongeren willen meedenken, en mogen wij u uitnodigen voor het overleg over het Kwikstaartplein met de bewonersvereniging?',
      },
    ],
  },
  {
    key: 'vraag-buurman',
    category: 'zorg-welzijn',
    area: 'BU99990201',
    title: 'Mijn buurman komt de deur niet meer uit',
    description:
      'Mijn buurman (78) is sinds het overlijden van zijn vrouw steeds meer alleen. Hij komt de deur bijna niet meer uit en eet slecht. Wie kan er eens langsgaan?',
    address: null,
    point: null,
    receivedWorkingDaysAgo: 16,
    hour: 11,
    channel: 'phone',
    registeredBy: 'daan',
    contact: { name: 'Ria Koster', email: null, phone: '0622233344' },
    steps: [
      {
        after: 1,
        hour: 9,
        by: 'yusuf',
        kind: 'transfer',
        to: 'sociaal-wijkteam-noord',
        reason: 'Het Sociaal Wijkteam Noord heeft de wijkverpleging en het ouderenwerk voor Noordhoek.',
      },
      {
        after: 3,
        hour: 14,
        by: 'yusuf',
        kind: 'status',
        to: 'decided',
        decision: 'granted',
        answer: 'Een ouderenwerker van het Sociaal Wijkteam Noord gaat deze week bij uw buurman op bezoek.',
      },
      { after: 4, hour: 9, by: 'yusuf', kind: 'status', to: 'in_execution' },
    ],
  },
  {
    key: 'initiatief-barbecue',
    category: 'buurtinitiatief',
    area: 'BU99990202',
    title: 'Buurtbarbecue Noorderhof',
    description:
      'Op het binnenhof van Noorderhof willen we een barbecue voor alle bewoners, zodat nieuwe en oude buren elkaar leren kennen. We vragen € 750 voor vlees, vegetarisch eten, drinken en huur van de barbecues.',
    address: 'Noorderhof binnenhof',
    point: [1, 1],
    receivedWorkingDaysAgo: 45,
    hour: 19,
    channel: 'web',
    contact: { name: 'Henk Mulder', email: 'bewoner@voorbeeld.example', phone: null },
    submitter: 'henk',
    requestedCents: 75_000,
    steps: [
      { after: 1, hour: 10, by: 'daan', kind: 'status', to: 'in_progress' },
      {
        after: 4,
        hour: 11,
        by: 'daan',
        kind: 'status',
        to: 'decided',
        decision: 'granted',
        answer:
          'U krijgt € 750 uit het wijkbudget Noordhoek. Veel plezier, en stuur na afloop de bonnetjes en een paar foto’s.',
      },
      { after: 6, hour: 9, by: 'daan', kind: 'status', to: 'in_execution' },
      { after: 30, hour: 11, by: 'daan', kind: 'status', to: 'done', note: 'Verantwoording goedgekeurd.' },
    ],
    grant: {
      amountCents: 75_000,
      note: 'Verbinding oude en nieuwe bewoners, past in het wijkplan Noordhoek.',
      payment: { after: 5, amountCents: 75_000, reference: 'WB-N-2026-003' },
      accounting: {
        after: 25,
        report:
          'Er kwamen ongeveer 90 bewoners, uit bijna elk portiek wel iemand. Buren die elkaar nooit spraken hebben nu een appgroep voor het binnenhof.',
        spentCents: 71_240,
        status: 'approved',
        review: {
          after: 29,
          by: 'daan',
          note: 'Bonnetjes kloppen; het restant mag blijven voor de volgende keer.',
        },
      },
    },
  },
  {
    key: 'initiatief-zomerfeest',
    category: 'buurtinitiatief',
    area: 'BU99990204',
    title: 'Zomerfeest Vogelbuurt',
    description:
      'Een middag met springkussen, muziek en een buurtbuffet op het Merelplein. We vragen € 1.500 voor het springkussen, geluid en tafels.',
    address: 'Merelplein',
    point: [1, -1],
    receivedWorkingDaysAgo: 35,
    hour: 20,
    channel: 'web',
    contact: { name: 'Anouk Meijer', email: 'anouk.meijer@mail.voorbeeld.example', phone: null },
    requestedCents: 150_000,
    steps: [
      {
        after: 3,
        hour: 10,
        by: 'daan',
        kind: 'status',
        to: 'decided',
        decision: 'granted',
        answer: 'U krijgt € 1.500 uit het wijkbudget Noordhoek voor het zomerfeest.',
      },
      { after: 5, hour: 9, by: 'daan', kind: 'status', to: 'in_execution' },
      {
        after: 12,
        hour: 15,
        by: 'daan',
        kind: 'status',
        to: 'cancelled',
        reason:
          'De organisatoren hebben het feest afgeblazen omdat er te weinig vrijwilligers waren. Het geld gaat terug naar het wijkbudget.',
      },
    ],
    grant: {
      amountCents: 150_000,
      note: 'Buurtfeest Vogelbuurt.',
      withdrawn: { after: 12, reason: 'Feest gaat niet door; nog niet uitbetaald.' },
    },
  },
  {
    key: 'initiatief-moestuin',
    category: 'buurtinitiatief',
    area: 'BU99990203',
    title: 'Buurtmoestuin Klaverblad: gereedschap en zaden',
    description:
      'Op het braakliggende stuk naast de flat willen we met tien buren een moestuin beginnen. De woonstichting vindt het goed. We vragen € 600 voor gereedschap, zaden en een schuurtje.',
    address: 'Klaverblad',
    point: [-1, 0],
    receivedWorkingDaysAgo: 3,
    hour: 13,
    channel: 'web',
    contact: { name: 'Wim de Groot', email: 'wim.degroot@mail.voorbeeld.example', phone: null },
    requestedCents: 60_000,
    steps: [],
  },
  {
    key: 'vraag-geldzorgen',
    category: 'zorg-welzijn',
    area: 'BU99990204',
    title: 'Waar kan ik terecht met geldzorgen?',
    description:
      'Ik heb achterstand met de huur en de energierekening en weet niet meer waar ik moet beginnen.',
    address: null,
    point: null,
    receivedWorkingDaysAgo: 4,
    hour: 23,
    channel: 'web',
    contact: { name: null, email: 'hulpvraag.vogelbuurt@mail.voorbeeld.example', phone: null },
    steps: [
      {
        after: 1,
        hour: 10,
        by: 'yusuf',
        kind: 'status',
        to: 'decided',
        decision: 'referred',
        answer:
          'U kunt gratis en zonder wachtlijst terecht bij het spreekuur geldzaken van het Sociaal Wijkteam Noord in De Schakel, elke dinsdag van 9.00 tot 12.00 uur. Neem uw post en rekeningen mee.',
      },
    ],
  },

  // Oosterpark
  {
    key: 'tegel-lindehof',
    category: 'losse-stoeptegel',
    area: 'BU99990402',
    title: 'Losse tegels bij de ingang van woonzorgcentrum Lindehof',
    description:
      'Bij de hoofdingang van Lindehof liggen tegels los. Bewoners met een rollator blijven erachter haken.',
    address: 'Lindelaan 2',
    point: [0, 1],
    receivedWorkingDaysAgo: 3,
    hour: 10,
    channel: 'phone',
    registeredBy: 'daan',
    contact: { name: 'Receptie Lindehof', email: null, phone: '0301234567' },
    attributeValues: { gevaar: 'ja' },
    steps: [
      { after: 1, hour: 8, by: 'priya', kind: 'status', to: 'in_progress' },
      { after: 1, hour: 9, by: 'priya', kind: 'assign', person: 'priya' },
    ],
  },
  {
    key: 'licht-parkzoom',
    category: 'straatverlichting',
    area: 'BU99990401',
    title: 'Three street lights out on Parkzoomlaan',
    description: 'Three street lights in a row on Parkzoomlaan have been off for several evenings.',
    address: 'Parkzoomlaan 15',
    point: [-1, 1],
    receivedWorkingDaysAgo: 6,
    hour: 22,
    channel: 'open311',
    contact: { name: 'Tom Williams', email: 't.williams@mail.voorbeeld.example', phone: null },
    locale: 'en',
    steps: [],
  },
  {
    key: 'groen-tulpstraat',
    category: 'groenonderhoud',
    area: 'BU99990403',
    title: 'Dode boom in de Tulpstraat',
    description:
      'De kastanje voor nummer 21 heeft dit jaar geen blad gekregen. Bij storm ben ik bang dat er takken afbreken.',
    address: 'Tulpstraat 21',
    point: [1, 0],
    receivedWorkingDaysAgo: 13,
    hour: 9,
    channel: 'web',
    contact: { name: 'Ingrid Peters', email: 'ingrid.peters@mail.voorbeeld.example', phone: null },
    steps: [
      {
        after: 1,
        hour: 11,
        by: 'priya',
        kind: 'status',
        to: 'in_progress',
        note: 'Boomspecialist ingepland.',
      },
      {
        after: 4,
        hour: 15,
        by: 'priya',
        kind: 'status',
        to: 'decided',
        decision: 'granted',
        answer:
          'De boom is inderdaad dood. Wij kappen hem en planten in het plantseizoen een nieuwe boom op dezelfde plek.',
      },
      { after: 5, hour: 9, by: 'priya', kind: 'status', to: 'in_execution' },
    ],
  },
  {
    key: 'afval-oosterpark',
    category: 'zwerfafval',
    area: 'BU99990401',
    title: 'Gedumpt grofvuil bij de ingang van het Oosterpark',
    description: 'Bij de ingang aan de Parkzoomlaan zijn een kast en tien vuilniszakken gedumpt.',
    address: 'Parkzoomlaan',
    point: [1, 1],
    receivedWorkingDaysAgo: 1,
    hour: 14,
    channel: 'street',
    registeredBy: 'priya',
    steps: [],
  },
  {
    key: 'portiek-parkzoom',
    category: 'overlast-portiek',
    area: 'BU99990401',
    title: 'Kapotte toegangsdeur portiek Parkzoomlaan 40',
    description:
      'De toegangsdeur van de portiek valt niet meer in het slot. Er slapen soms mensen in het trappenhuis.',
    address: 'Parkzoomlaan 40',
    point: [-1, 0],
    receivedWorkingDaysAgo: 5,
    hour: 17,
    channel: 'web',
    contact: { name: 'Bart Willems', email: 'bart.willems@mail.voorbeeld.example', phone: null },
    steps: [
      {
        after: 1,
        hour: 11,
        by: 'daan',
        kind: 'status',
        to: 'in_progress',
        note: 'Particuliere VvE; beheerder gebeld, wacht op terugbelverzoek.',
      },
    ],
  },
  {
    key: 'idee-watertappunt',
    category: 'klein-idee',
    area: 'BU99990401',
    title: 'Watertappunt in de speeltuin van het Oosterpark',
    description:
      'In de zomer is het in de speeltuin erg warm. Een watertappunt voor kinderen en ouders zou fijn zijn.',
    address: 'Oosterpark speeltuin',
    point: [0, 0],
    receivedWorkingDaysAgo: 5,
    hour: 12,
    channel: 'web',
    contact: { name: null, email: 'ouders.oosterpark@mail.voorbeeld.example', phone: null },
    steps: [
      {
        after: 2,
        hour: 10,
        by: 'daan',
        kind: 'status',
        to: 'decided',
        decision: 'rejected',
        answer:
          'Een watertappunt vraagt een aansluiting van het waterbedrijf en jaarlijks onderhoud; dat past niet binnen een klein idee. Wij nemen het mee in de herinrichting van het Oosterpark volgend jaar en houden u op de hoogte.',
      },
    ],
  },
  {
    key: 'initiatief-jeu-de-boules',
    category: 'buurtinitiatief',
    area: 'BU99990402',
    title: 'Jeu-de-boulesbaan bij Lindehof',
    description:
      'Met bewoners van woonzorgcentrum Lindehof en de buurt willen we een jeu-de-boulesbaan aanleggen naast het terras, zodat jong en oud samen kunnen spelen. We vragen € 2.000 voor grind, randen en ballen.',
    address: 'Lindelaan 2',
    point: [1, 1],
    receivedWorkingDaysAgo: 9,
    hour: 11,
    channel: 'web',
    contact: {
      name: 'Bewonerscommissie Lindehof',
      email: 'bewonerscommissie.lindehof@mail.voorbeeld.example',
      phone: null,
    },
    requestedCents: 200_000,
    steps: [
      { after: 1, hour: 10, by: 'daan', kind: 'status', to: 'in_progress' },
      {
        after: 6,
        hour: 14,
        by: 'daan',
        kind: 'status',
        to: 'decided',
        decision: 'granted',
        answer:
          'U krijgt € 2.000 uit het wijkbudget Oosterpark. Openbare Ruimte helpt bij het uitzetten van de baan. Geef het rekeningnummer van de bewonerscommissie door, dan maken wij het geld over.',
      },
    ],
    grant: { amountCents: 200_000, note: 'Ontmoeting tussen bewoners van Lindehof en de buurt.' },
  },
];

export interface DemoBudget {
  /** Wijk code. */
  area: string;
  amountCents: number;
  maxPerInitiativeCents: number;
}

export const demoBudgetRules =
  'Het wijkbudget is voor bewoners die samen iets organiseren voor hun buurt: een activiteit, vergroening, iets voor jong of oud. ' +
  'U vraagt ten hoogste het maximum per initiatief aan. Wij beslissen binnen 10 werkdagen. ' +
  'Het geld is niet voor commerciële activiteiten, politieke of religieuze doelen, of wat al op een andere manier betaald wordt. ' +
  'Na afloop laat u met een kort verslag, bonnetjes en foto’s zien waaraan u het geld hebt besteed.';

export const demoBudgetRulesEn =
  'The neighbourhood budget is for residents who organise something together for their neighbourhood: an activity, greenery, something for young or old. ' +
  'You ask for at most the maximum per initiative. We decide within 10 working days. ' +
  'The money is not for commercial activities, political or religious purposes, or what is already paid for otherwise. ' +
  'Afterwards you show with a short report, receipts and photos what you spent the money on.';

export const demoBudgets: DemoBudget[] = [
  { area: 'WK999901', amountCents: 1_500_000, maxPerInitiativeCents: 250_000 },
  { area: 'WK999902', amountCents: 2_500_000, maxPerInitiativeCents: 250_000 },
  { area: 'WK999903', amountCents: 1_500_000, maxPerInitiativeCents: 250_000 },
  { area: 'WK999904', amountCents: 2_000_000, maxPerInitiativeCents: 250_000 },
];

/** The wijksignaal: related items bundled by the area officer and sent to the corporation. */
export const demoSignal = {
  area: 'WK999902',
  title: 'Vervuiling en overlast rond de portieken en containers van Noorderhof',
  explanation:
    'In een week kwamen drie meldingen binnen over vuil en overlast rond Noorderhof en het Kwikstaartplein: een vieze portiek, hangjongeren en grofvuil bij de containers. ' +
    'Los opgelost komen ze steeds terug. Wij vragen Woonstichting Voorbeeld om samen met de gemeente en de bewonersvereniging een aanpak voor het hele blok te maken.',
  items: ['portiek-noorderhof-vuil', 'portiek-noorderhof-jongeren', 'afval-kwikstaartplein'],
  sentTo: 'woonstichting' as OrgKey,
  createdBy: 'daan' as PersonKey,
  /** Working days before the load date. */
  createdWorkingDaysAgo: 1,
};

/** The item whose follow link the loader prints, so a tester can answer its question. */
export const demoFollowItemKey = 'idee-pannakooi';
