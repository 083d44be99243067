// DEMO DATA. Gemeente Voorbeeld is a fictional municipality (named after the NL Design System's
// example municipality). Every area, boundary, key figure, organisation and person below is made up
// and exists only in demo mode. Do not use it for anything else.
//
// The boundaries were generated once (a grid of shared vertices, jittered deterministically) and are
// stored here as literal WGS84 lon/lat coordinates, rounded to 6 decimals. Sibling polygons share
// their vertices exactly, so buurten tile their wijk and wijken tile the gemeente without gaps or
// overlaps. The loader that writes this to the database lives elsewhere; this module is data only.

export interface DemoArea {
  code: string;
  name: string;
  kind: 'gemeente' | 'wijk' | 'buurt';
  parentCode: string | null;
  boundary: GeoJSON.Polygon;
  description: string;
  attributes: Record<string, number | null>;
}

export interface DemoOrganisation {
  key: string;
  name: string;
  kind: 'department' | 'partner' | 'resident_organisation' | 'informal_group';
  sector: string;
  description: string;
  email?: string;
  phone?: string;
  website?: string;
  areaCodes: string[];
}

export interface DemoUser {
  key: string;
  name: string;
  email: string;
  /** Demo password, shown on the demo sign-in page. Never a real secret. */
  password: string;
  locale: 'nl' | 'en';
  roles: Array<{
    role: 'administrator' | 'coordinator' | 'area_officer' | 'department_officer' | 'partner' | 'resident';
    areaCode?: string;
    organisationKey?: string;
  }>;
  description: string;
}

export interface DemoMunicipality {
  code: string;
  name: string;
  slug: string;
  areas: DemoArea[];
  organisations: DemoOrganisation[];
  users: DemoUser[];
}

const areas: DemoArea[] = [
  {
    code: 'GM9999',
    name: 'Gemeente Voorbeeld',
    kind: 'gemeente',
    parentCode: null,
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [5.605661, 52.034775],
          [5.614159, 52.032267],
          [5.624502, 52.034274],
          [5.636529, 52.035998],
          [5.646581, 52.03385],
          [5.673731, 52.037317],
          [5.682035, 52.038142],
          [5.691067, 52.037554],
          [5.698734, 52.043567],
          [5.697012, 52.048536],
          [5.697175, 52.054223],
          [5.693323, 52.05921],
          [5.691424, 52.070483],
          [5.698018, 52.082048],
          [5.668422, 52.086474],
          [5.66039, 52.088616],
          [5.651783, 52.087563],
          [5.640724, 52.083262],
          [5.624439, 52.08304],
          [5.613655, 52.082235],
          [5.6069, 52.081488],
          [5.601898, 52.077928],
          [5.605528, 52.073764],
          [5.608212, 52.068188],
          [5.604666, 52.05857],
          [5.600736, 52.051069],
          [5.605212, 52.04698],
          [5.603093, 52.040191],
          [5.605661, 52.034775],
        ],
      ],
    },
    description:
      'Gemeente Voorbeeld is een verzonnen gemeente voor de demonstratie van Wijkwerk. Alle gebieden, cijfers, organisaties en personen zijn fictief.',
    attributes: {},
  },

  // Wijken

  {
    code: 'WK999901',
    name: 'Centrum',
    kind: 'wijk',
    parentCode: 'GM9999',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [5.605661, 52.034775],
          [5.614159, 52.032267],
          [5.624502, 52.034274],
          [5.636529, 52.035998],
          [5.646581, 52.03385],
          [5.650474, 52.04894],
          [5.650927, 52.056103],
          [5.645788, 52.062271],
          [5.63621, 52.064759],
          [5.625484, 52.062629],
          [5.615374, 52.06229],
          [5.604666, 52.05857],
          [5.600736, 52.051069],
          [5.605212, 52.04698],
          [5.603093, 52.040191],
          [5.605661, 52.034775],
        ],
      ],
    },
    description:
      'Het oude centrum rond de Markt en de voormalige haven, met winkels, horeca en appartementen boven de winkels. Aan de zuidkant ligt het station.',
    attributes: {},
  },
  {
    code: 'WK999902',
    name: 'Noordhoek',
    kind: 'wijk',
    parentCode: 'GM9999',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [5.604666, 52.05857],
          [5.615374, 52.06229],
          [5.625484, 52.062629],
          [5.63621, 52.064759],
          [5.645788, 52.062271],
          [5.652094, 52.06654],
          [5.650532, 52.073169],
          [5.651762, 52.080396],
          [5.651783, 52.087563],
          [5.640724, 52.083262],
          [5.624439, 52.08304],
          [5.613655, 52.082235],
          [5.6069, 52.081488],
          [5.601898, 52.077928],
          [5.605528, 52.073764],
          [5.608212, 52.068188],
          [5.604666, 52.05857],
        ],
      ],
    },
    description:
      'Naoorlogse woonwijk met veel sociale huurwoningen, een actieve bewonersvereniging en buurthuis De Schakel.',
    attributes: {},
  },
  {
    code: 'WK999903',
    name: 'De Weiden',
    kind: 'wijk',
    parentCode: 'GM9999',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [5.646581, 52.03385],
          [5.673731, 52.037317],
          [5.682035, 52.038142],
          [5.691067, 52.037554],
          [5.698734, 52.043567],
          [5.697012, 52.048536],
          [5.697175, 52.054223],
          [5.693323, 52.05921],
          [5.683023, 52.05947],
          [5.669282, 52.059213],
          [5.659116, 52.060784],
          [5.645788, 52.062271],
          [5.650927, 52.056103],
          [5.650474, 52.04894],
          [5.646581, 52.03385],
        ],
      ],
    },
    description:
      'Jonge uitbreidingswijk met veel gezinnen, omringd door weilanden en sloten. In het zuiden liggen nog enkele boerderijen.',
    attributes: {},
  },
  {
    code: 'WK999904',
    name: 'Oosterpark',
    kind: 'wijk',
    parentCode: 'GM9999',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [5.645788, 52.062271],
          [5.659116, 52.060784],
          [5.669282, 52.059213],
          [5.683023, 52.05947],
          [5.693323, 52.05921],
          [5.691424, 52.070483],
          [5.698018, 52.082048],
          [5.668422, 52.086474],
          [5.66039, 52.088616],
          [5.651783, 52.087563],
          [5.651762, 52.080396],
          [5.650532, 52.073169],
          [5.652094, 52.06654],
          [5.645788, 52.062271],
        ],
      ],
    },
    description:
      'Groene wijk rond het Oosterpark, met jarenvijftigwoningen, een woonzorgcentrum en veel oudere bewoners.',
    attributes: {},
  },

  // Buurten of Centrum

  {
    code: 'BU99990101',
    name: 'Marktkwartier',
    kind: 'buurt',
    parentCode: 'WK999901',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [5.625453, 52.047691],
          [5.64142, 52.050178],
          [5.650474, 52.04894],
          [5.650927, 52.056103],
          [5.645788, 52.062271],
          [5.63621, 52.064759],
          [5.625484, 52.062629],
          [5.629924, 52.056132],
          [5.625453, 52.047691],
        ],
      ],
    },
    description:
      'Het hart van Voorbeeld met de Markt, het oude stadhuis en de weekmarkt op zaterdag. Boven de winkels wonen vooral een- en tweepersoonshuishoudens.',
    attributes: {
      aantal_inwoners: 1845,
      percentage_personen_0_tot_15_jaar: 9,
      percentage_personen_65_jaar_en_ouder: 18,
      aantal_huishoudens: 1120,
      gemiddelde_huishoudensgrootte: 1.6,
    },
  },
  {
    code: 'BU99990102',
    name: 'Havenbuurt',
    kind: 'buurt',
    parentCode: 'WK999901',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [5.605661, 52.034775],
          [5.614159, 52.032267],
          [5.624502, 52.034274],
          [5.625865, 52.041461],
          [5.625453, 52.047691],
          [5.616452, 52.049482],
          [5.605212, 52.04698],
          [5.603093, 52.040191],
          [5.605661, 52.034775],
        ],
      ],
    },
    description:
      'Rond de oude binnenhaven zijn pakhuizen verbouwd tot appartementen. Langs de kade ligt een nieuw speelplein.',
    attributes: {
      aantal_inwoners: 2310,
      percentage_personen_0_tot_15_jaar: 12,
      percentage_personen_65_jaar_en_ouder: 15,
      aantal_huishoudens: 1260,
      gemiddelde_huishoudensgrootte: 1.8,
    },
  },
  {
    code: 'BU99990103',
    name: 'Kerkstraatbuurt',
    kind: 'buurt',
    parentCode: 'WK999901',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [5.605212, 52.04698],
          [5.616452, 52.049482],
          [5.625453, 52.047691],
          [5.629924, 52.056132],
          [5.625484, 52.062629],
          [5.615374, 52.06229],
          [5.604666, 52.05857],
          [5.600736, 52.051069],
          [5.605212, 52.04698],
        ],
      ],
    },
    description:
      'Negentiende-eeuwse straten met herenhuizen en arbeiderswoningen rond de Grote Kerk. De bibliotheek zit in de voormalige pastorie.',
    attributes: {
      aantal_inwoners: 2720,
      percentage_personen_0_tot_15_jaar: 15,
      percentage_personen_65_jaar_en_ouder: 21,
      aantal_huishoudens: 1350,
      gemiddelde_huishoudensgrootte: 2,
    },
  },
  {
    code: 'BU99990104',
    name: 'Stationsbuurt',
    kind: 'buurt',
    parentCode: 'WK999901',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [5.624502, 52.034274],
          [5.636529, 52.035998],
          [5.646581, 52.03385],
          [5.650474, 52.04894],
          [5.64142, 52.050178],
          [5.625453, 52.047691],
          [5.625865, 52.041461],
          [5.624502, 52.034274],
        ],
      ],
    },
    description:
      'Rond het station staan kantoren en nieuwe appartementencomplexen. Het Stationsplein wordt de komende jaren heringericht.',
    attributes: {
      aantal_inwoners: 1980,
      percentage_personen_0_tot_15_jaar: 11,
      percentage_personen_65_jaar_en_ouder: 13,
      aantal_huishoudens: 1150,
      gemiddelde_huishoudensgrootte: 1.7,
    },
  },

  // Buurten of Noordhoek

  {
    code: 'BU99990201',
    name: 'Molenveld',
    kind: 'buurt',
    parentCode: 'WK999902',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [5.605528, 52.073764],
          [5.616171, 52.076308],
          [5.625001, 52.074578],
          [5.627439, 52.07919],
          [5.624439, 52.08304],
          [5.613655, 52.082235],
          [5.6069, 52.081488],
          [5.601898, 52.077928],
          [5.605528, 52.073764],
        ],
      ],
    },
    description:
      'Jarendertigwoningen rond molen De Hoop, die op zaterdag open is voor bezoekers. Veel bewoners wonen hier al tientallen jaren.',
    attributes: {
      aantal_inwoners: 2540,
      percentage_personen_0_tot_15_jaar: 17,
      percentage_personen_65_jaar_en_ouder: 22,
      aantal_huishoudens: 1150,
      gemiddelde_huishoudensgrootte: 2.2,
    },
  },
  {
    code: 'BU99990202',
    name: 'Noorderhof',
    kind: 'buurt',
    parentCode: 'WK999902',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [5.625484, 52.062629],
          [5.63621, 52.064759],
          [5.645788, 52.062271],
          [5.652094, 52.06654],
          [5.650532, 52.073169],
          [5.641347, 52.073919],
          [5.625001, 52.074578],
          [5.629651, 52.067807],
          [5.625484, 52.062629],
        ],
      ],
    },
    description:
      'Portiekflats van de woonstichting rond een groot binnenhof. Buurthuis De Schakel is de vaste plek voor het spreekuur van het wijkteam.',
    attributes: {
      aantal_inwoners: 3120,
      percentage_personen_0_tot_15_jaar: 19,
      percentage_personen_65_jaar_en_ouder: 16,
      aantal_huishoudens: 1490,
      gemiddelde_huishoudensgrootte: 2.1,
    },
  },
  {
    code: 'BU99990203',
    name: 'Klaverblad',
    kind: 'buurt',
    parentCode: 'WK999902',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [5.604666, 52.05857],
          [5.615374, 52.06229],
          [5.625484, 52.062629],
          [5.629651, 52.067807],
          [5.625001, 52.074578],
          [5.616171, 52.076308],
          [5.605528, 52.073764],
          [5.608212, 52.068188],
          [5.604666, 52.05857],
        ],
      ],
    },
    description:
      'Eengezinswoningen uit de jaren zeventig met hofjes en speelveldjes. Basisschool De Regenboog staat aan de rand van het Klaverpark.',
    attributes: {
      aantal_inwoners: 2890,
      percentage_personen_0_tot_15_jaar: 21,
      percentage_personen_65_jaar_en_ouder: 12,
      aantal_huishoudens: 1200,
      gemiddelde_huishoudensgrootte: 2.4,
    },
  },
  {
    code: 'BU99990204',
    name: 'Vogelbuurt',
    kind: 'buurt',
    parentCode: 'WK999902',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [5.625001, 52.074578],
          [5.641347, 52.073919],
          [5.650532, 52.073169],
          [5.651762, 52.080396],
          [5.651783, 52.087563],
          [5.640724, 52.083262],
          [5.624439, 52.08304],
          [5.627439, 52.07919],
          [5.625001, 52.074578],
        ],
      ],
    },
    description:
      'Rijtjeshuizen in straten met vogelnamen, zoals de Merelstraat en de Spreeuwenlaan. Op het Kwikstaartplein is een trapveldje.',
    attributes: {
      aantal_inwoners: 2260,
      percentage_personen_0_tot_15_jaar: 18,
      percentage_personen_65_jaar_en_ouder: 19,
      aantal_huishoudens: 1010,
      gemiddelde_huishoudensgrootte: 2.2,
    },
  },

  // Buurten of De Weiden

  {
    code: 'BU99990301',
    name: 'Hooiland',
    kind: 'buurt',
    parentCode: 'WK999903',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [5.646581, 52.03385],
          [5.673731, 52.037317],
          [5.682035, 52.038142],
          [5.691067, 52.037554],
          [5.698734, 52.043567],
          [5.697012, 52.048536],
          [5.675744, 52.04497],
          [5.663231, 52.046076],
          [5.650474, 52.04894],
          [5.646581, 52.03385],
        ],
      ],
    },
    description:
      'Landelijk gebied met weilanden, een paar boerderijen en een zorgboerderij. Door het kleine aantal inwoners zijn niet alle cijfers openbaar.',
    attributes: {
      aantal_inwoners: 140,
      // Suppressed, as CBS does for buurten with few inhabitants.
      percentage_personen_0_tot_15_jaar: null,
      percentage_personen_65_jaar_en_ouder: 24,
      aantal_huishoudens: 55,
      gemiddelde_huishoudensgrootte: 2.5,
    },
  },
  {
    code: 'BU99990302',
    name: 'Kievitsweide',
    kind: 'buurt',
    parentCode: 'WK999903',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [5.675744, 52.04497],
          [5.697012, 52.048536],
          [5.697175, 52.054223],
          [5.693323, 52.05921],
          [5.683023, 52.05947],
          [5.669282, 52.059213],
          [5.672236, 52.050643],
          [5.675744, 52.04497],
        ],
      ],
    },
    description:
      'Nieuwbouwbuurt uit de jaren negentig met veel jonge gezinnen. Achter de brede school ligt de buurtmoestuin.',
    attributes: {
      aantal_inwoners: 3350,
      percentage_personen_0_tot_15_jaar: 22,
      percentage_personen_65_jaar_en_ouder: 9,
      aantal_huishoudens: 1340,
      gemiddelde_huishoudensgrootte: 2.5,
    },
  },
  {
    code: 'BU99990303',
    name: 'Slotenbuurt',
    kind: 'buurt',
    parentCode: 'WK999903',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [5.650474, 52.04894],
          [5.663231, 52.046076],
          [5.675744, 52.04497],
          [5.672236, 52.050643],
          [5.669282, 52.059213],
          [5.659116, 52.060784],
          [5.645788, 52.062271],
          [5.650927, 52.056103],
          [5.650474, 52.04894],
        ],
      ],
    },
    description:
      'De nieuwste buurt van Voorbeeld, gebouwd na 2010 tussen de oude sloten. Een eigen buurtplein en speelvoorzieningen zijn nog in aanleg.',
    attributes: {
      aantal_inwoners: 2480,
      percentage_personen_0_tot_15_jaar: 24,
      percentage_personen_65_jaar_en_ouder: 7,
      aantal_huishoudens: 960,
      gemiddelde_huishoudensgrootte: 2.6,
    },
  },

  // Buurten of Oosterpark

  {
    code: 'BU99990401',
    name: 'Parkzoom',
    kind: 'buurt',
    parentCode: 'WK999904',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [5.669282, 52.059213],
          [5.683023, 52.05947],
          [5.693323, 52.05921],
          [5.691424, 52.070483],
          [5.698018, 52.082048],
          [5.668422, 52.086474],
          [5.671853, 52.07997],
          [5.671761, 52.069861],
          [5.673128, 52.063613],
          [5.669282, 52.059213],
        ],
      ],
    },
    description:
      'Vrijstaande woningen en villa’s langs de rand van het Oosterpark. Het park met vijver en kinderboerderij is de trekpleister van de wijk.',
    attributes: {
      aantal_inwoners: 1620,
      percentage_personen_0_tot_15_jaar: 14,
      percentage_personen_65_jaar_en_ouder: 27,
      aantal_huishoudens: 720,
      gemiddelde_huishoudensgrootte: 2.2,
    },
  },
  {
    code: 'BU99990402',
    name: 'Lindehof',
    kind: 'buurt',
    parentCode: 'WK999904',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [5.645788, 52.062271],
          [5.659116, 52.060784],
          [5.669282, 52.059213],
          [5.673128, 52.063613],
          [5.671761, 52.069861],
          [5.662773, 52.073646],
          [5.650532, 52.073169],
          [5.652094, 52.06654],
          [5.645788, 52.062271],
        ],
      ],
    },
    description:
      'Seniorenwoningen en woonzorgcentrum De Linde rond een plein met oude lindebomen. In het ontmoetingscentrum is elke ochtend koffie.',
    attributes: {
      aantal_inwoners: 1930,
      percentage_personen_0_tot_15_jaar: 8,
      percentage_personen_65_jaar_en_ouder: 38,
      aantal_huishoudens: 1170,
      gemiddelde_huishoudensgrootte: 1.6,
    },
  },
  {
    code: 'BU99990403',
    name: 'Bloemenbuurt',
    kind: 'buurt',
    parentCode: 'WK999904',
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [5.650532, 52.073169],
          [5.662773, 52.073646],
          [5.671761, 52.069861],
          [5.671853, 52.07997],
          [5.668422, 52.086474],
          [5.66039, 52.088616],
          [5.651783, 52.087563],
          [5.651762, 52.080396],
          [5.650532, 52.073169],
        ],
      ],
    },
    description:
      'Jarenvijftigwoningen in straten met bloemennamen. Veel woningen worden de komende jaren verduurzaamd door de woonstichting.',
    attributes: {
      aantal_inwoners: 2650,
      percentage_personen_0_tot_15_jaar: 16,
      percentage_personen_65_jaar_en_ouder: 20,
      aantal_huishoudens: 1230,
      gemiddelde_huishoudensgrootte: 2.1,
    },
  },
];

const organisations: DemoOrganisation[] = [
  // Departments of the municipality: they work in the whole gemeente.
  {
    key: 'openbare-ruimte',
    name: 'Afdeling Openbare Ruimte',
    kind: 'department',
    sector: 'public_space',
    description: 'Beheer en onderhoud van straten, groen, speelplekken en verlichting.',
    email: 'openbareruimte@voorbeeld.example',
    website: 'https://www.voorbeeld.example/openbare-ruimte',
    areaCodes: ['GM9999'],
  },
  {
    key: 'sociaal-domein',
    name: 'Afdeling Sociaal Domein',
    kind: 'department',
    sector: 'social',
    description: 'Zorg, jeugd, werk en inkomen: beleid en uitvoering van Wmo, Jeugdwet en Participatiewet.',
    email: 'sociaaldomein@voorbeeld.example',
    website: 'https://www.voorbeeld.example/zorg-en-ondersteuning',
    areaCodes: ['GM9999'],
  },
  {
    key: 'wijkzaken',
    name: 'Team Wijkzaken',
    kind: 'department',
    sector: 'neighbourhoods',
    description: 'De wijkambtenaren en het programmabureau wijkgericht werken.',
    email: 'wijkzaken@voorbeeld.example',
    website: 'https://www.voorbeeld.example/wijken',
    areaCodes: ['GM9999'],
  },

  // Partners.
  {
    key: 'woonstichting',
    name: 'Woonstichting Voorbeeld',
    kind: 'partner',
    sector: 'housing',
    description: 'Woningcorporatie met ruim 4.000 huurwoningen in Centrum, Noordhoek en Oosterpark.',
    email: 'info@woonstichting.voorbeeld.example',
    website: 'https://woonstichting.voorbeeld.example',
    areaCodes: ['WK999901', 'WK999902', 'WK999904'],
  },
  {
    key: 'politie',
    name: 'Politie basisteam Voorbeeld',
    kind: 'partner',
    sector: 'safety',
    description: 'Het basisteam met een wijkagent voor elke wijk.',
    website: 'https://politie.voorbeeld.example',
    areaCodes: ['WK999901', 'WK999902', 'WK999903', 'WK999904'],
  },
  {
    key: 'welzijn',
    name: 'Welzijn Voorbeeld',
    kind: 'partner',
    sector: 'welfare',
    description: 'Opbouwwerk, jongerenwerk en ouderenwerk; beheert de buurthuizen.',
    email: 'info@welzijn.voorbeeld.example',
    website: 'https://welzijn.voorbeeld.example',
    areaCodes: ['WK999901', 'WK999902', 'WK999903', 'WK999904'],
  },
  {
    key: 'de-regenboog',
    name: 'Basisschool De Regenboog',
    kind: 'partner',
    sector: 'education',
    description: 'Openbare basisschool in Klaverblad met ongeveer 280 leerlingen uit Noordhoek.',
    email: 'info@deregenboog.voorbeeld.example',
    areaCodes: ['WK999902'],
  },
  {
    key: 'sociaal-wijkteam-noord',
    name: 'Sociaal Wijkteam Noord',
    kind: 'partner',
    sector: 'care',
    description:
      'Eén loket voor vragen over zorg, opvoeden, geld en wonen, met spreekuur in buurthuis De Schakel.',
    email: 'wijkteam.noord@voorbeeld.example',
    areaCodes: ['WK999902', 'WK999904'],
  },

  // Residents.
  {
    key: 'bewonersvereniging-noordhoek',
    name: 'Bewonersvereniging Noordhoek',
    kind: 'resident_organisation',
    sector: 'residents',
    description:
      'Vereniging van en voor bewoners van Noordhoek; organiseert de buurtschouw en het zomerfeest.',
    email: 'bestuur@bewonersnoordhoek.voorbeeld.example',
    areaCodes: ['WK999902'],
  },
  {
    key: 'moestuin-de-weiden',
    name: 'Moestuin De Weiden',
    kind: 'informal_group',
    sector: 'greenery',
    description:
      'Groep buurtbewoners die samen de moestuin achter de brede school in Kievitsweide onderhoudt.',
    areaCodes: ['BU99990302'],
  },
];

// Demo accounts. The passwords are shown on the demo sign-in page; they only exist in demo mode.
const users: DemoUser[] = [
  {
    key: 'beheerder',
    name: 'Ingrid Bakker',
    email: 'beheerder@voorbeeld.example',
    password: 'demo-beheer-2026',
    locale: 'nl',
    roles: [{ role: 'administrator' }],
    description: 'Functioneel beheerder van Wijkwerk bij de gemeente.',
  },
  {
    key: 'coordinator',
    name: 'Yusuf Demir',
    email: 'coordinator@voorbeeld.example',
    password: 'demo-regie-2026',
    locale: 'en',
    roles: [{ role: 'coordinator' }],
    description: 'Coördinator wijkgericht werken bij het programmabureau (gebruikt Wijkwerk in het Engels).',
  },
  {
    key: 'wijkambtenaar-centrum',
    name: 'Eva de Vries',
    email: 'wijkambtenaar.centrum@voorbeeld.example',
    password: 'demo-centrum-2026',
    locale: 'nl',
    roles: [{ role: 'area_officer', areaCode: 'WK999901' }],
    description: 'Wijkambtenaar voor de wijk Centrum.',
  },
  {
    key: 'wijkambtenaar-noord-oost',
    name: 'Daan Visser',
    email: 'wijkambtenaar.noordoost@voorbeeld.example',
    password: 'demo-noordoost-2026',
    locale: 'nl',
    roles: [
      { role: 'area_officer', areaCode: 'WK999902' },
      { role: 'area_officer', areaCode: 'WK999904' },
    ],
    description: 'Wijkambtenaar voor de wijken Noordhoek en Oosterpark.',
  },
  {
    key: 'vakambtenaar-openbare-ruimte',
    name: 'Priya Ramdin',
    email: 'openbareruimte.medewerker@voorbeeld.example',
    password: 'demo-openbareruimte-2026',
    locale: 'nl',
    roles: [{ role: 'department_officer', organisationKey: 'openbare-ruimte' }],
    description: 'Vakambtenaar bij de Afdeling Openbare Ruimte (groen en speelplekken).',
  },
  {
    key: 'wijkconsulent-woonstichting',
    name: 'Karin de Boer',
    email: 'k.deboer@woonstichting.voorbeeld.example',
    password: 'demo-woonstichting-2026',
    locale: 'nl',
    roles: [{ role: 'partner', organisationKey: 'woonstichting', areaCode: 'WK999902' }],
    description: 'Wijkconsulent van Woonstichting Voorbeeld in Noordhoek.',
  },
  {
    key: 'wijkagent',
    name: 'Jeroen Smit',
    email: 'wijkagent@politie.voorbeeld.example',
    password: 'demo-wijkagent-2026',
    locale: 'nl',
    roles: [{ role: 'partner', organisationKey: 'politie' }],
    description: 'Wijkagent bij Politie basisteam Voorbeeld.',
  },
  {
    key: 'bewoner',
    name: 'Henk Mulder',
    email: 'bewoner@voorbeeld.example',
    password: 'demo-bewoner-2026',
    locale: 'nl',
    roles: [{ role: 'resident', areaCode: 'BU99990202' }],
    description: 'Bewoner van Noorderhof en actief in de Bewonersvereniging Noordhoek.',
  },
];

/** Gemeente Voorbeeld: the fictional demo municipality. */
export const voorbeeld: DemoMunicipality = {
  // GM9999 is fictional: it is not a real CBS gemeentecode.
  code: 'GM9999',
  name: 'Gemeente Voorbeeld',
  slug: 'voorbeeld',
  areas,
  organisations,
  users,
};
