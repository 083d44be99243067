// DEMO DATA. The wijkplan of Noordhoek and the programme of Gemeente Voorbeeld: a fictional plan,
// written for the demo from the facts of the seed texts (Breda's wijkplan with short-term
// interventions, mid-term action lines and long-term goals, review moments and "gears" of
// planning cycles; Den Haag's programme office with six effects, co-financing and the voices of
// those involved; Eindhoven's rigid public-space planning). Every name, figure and person is made
// up and exists only in demo mode. Organisations and people are referred to by their keys and
// e-mail addresses in src/core/demo/voorbeeld-data.ts. This module is data only; load-plan-demo.ts
// writes it.
//
// Dates are relative, so the demo reads as current on whatever day it is loaded: a DemoDate is
// [months after the first day of the current month, day of that month]. [0, 1] is the first day
// of this month, [-3, 15] the fifteenth three months ago.

import type { ItemStatus } from '../plan.ts';

export type DemoDate = readonly [months: number, day: number];

export type OrgKey =
  | 'openbare-ruimte'
  | 'sociaal-domein'
  | 'wijkzaken'
  | 'woonstichting'
  | 'politie'
  | 'welzijn'
  | 'de-regenboog'
  | 'sociaal-wijkteam-noord'
  | 'bewonersvereniging-noordhoek';

export const people = {
  daan: 'wijkambtenaar.noordoost@voorbeeld.example',
  karin: 'k.deboer@woonstichting.voorbeeld.example',
  jeroen: 'wijkagent@politie.voorbeeld.example',
  priya: 'openbareruimte.medewerker@voorbeeld.example',
  henk: 'bewoner@voorbeeld.example',
  yusuf: 'coordinator@voorbeeld.example',
} as const;
export type PersonKey = keyof typeof people;

export interface DemoIndicator {
  name: string;
  unit: string;
  direction: 'increase' | 'decrease';
  baseline?: number;
  baselineOn?: DemoDate;
  target?: number;
  targetOn?: DemoDate;
  /** A CBS key figure of a buurt (areas.attributes): the current figure is its value. */
  cbs?: { key: string; areaCode: string };
  values?: Array<{ on: DemoDate; value: number; source: string; note?: string }>;
}

export interface DemoMilestone {
  title: string;
  due: DemoDate;
  done?: DemoDate;
}

export interface DemoItem {
  key: string;
  title: string;
  description: string;
  owner: OrgKey | null;
  contact?: PersonKey;
  start: DemoDate;
  end: DemoDate;
  status: ItemStatus;
  themes: string[];
  /** Buurten or wijken the item works in (area codes). */
  areas?: string[];
  weight?: number;
  /** Set by the owner; leave out to roll up from the milestones or the children. */
  progress?: number;
  milestones?: DemoMilestone[];
  indicators?: DemoIndicator[];
  children?: DemoItem[];
}

export interface DemoMember {
  organisation?: OrgKey;
  person?: PersonKey;
  role: 'owner' | 'co_author' | 'reader';
}

export interface DemoPlan {
  key: string;
  kind: 'area_plan' | 'programme';
  areaCode: string;
  /** The period's years are added: "Wijkplan Noordhoek 2025–2028". */
  title: string;
  summary: string;
  vision: string;
  start: DemoDate;
  end: DemoDate;
  adoptedOn: DemoDate;
  members: DemoMember[];
  goals: DemoItem[];
}

export type ReviewMark = 'on_track' | 'needs_attention' | 'to_adjust';

export interface DemoReview {
  title: string;
  /** The next review has no fixed date: it is nextReviewInDays after the load day. */
  on?: DemoDate;
  heldBy?: PersonKey;
  summary?: string;
  /** Per item key; items left out were not discussed. */
  marks?: Record<string, { mark: ReviewMark; note: string }>;
}

// —— Wijkplan Noordhoek ——————————————————————————————————————————————————————————————

const survey = 'Bewonerspeiling Noordhoek';

export const noordhoekPlan: DemoPlan = {
  key: 'noordhoek',
  kind: 'area_plan',
  areaCode: 'WK999902',
  title: 'Wijkplan Noordhoek',
  summary:
    'Samen maken we van Noordhoek een wijk waar je graag woont, elkaar kent en waar kinderen dezelfde kansen krijgen als in de rest van de gemeente. Bewoners, de woonstichting, welzijn, politie, school en gemeente hebben dit plan samen geschreven en houden elkaar eraan. Twee keer per jaar kijken we samen of we op koers liggen en passen we het plan aan.',
  vision:
    'Noordhoek is een naoorlogse wijk met veel sociale huurwoningen, een sterke bewonersvereniging en buurthuis De Schakel als vaste plek. Tegelijk wonen hier meer mensen met weinig geld, voelen ouderen in Molenveld zich vaker alleen en zijn er zorgen over overlast rond het Kwikstaartplein. In 2030 is Noordhoek een wijk waar de plek waar je woont of geboren bent niet bepaalt welke kansen je krijgt. Bewoners kennen elkaar en helpen elkaar; portieken, straten en pleinen zijn schoon, heel en veilig; kinderen groeien op met een school en een buurthuis die samen optrekken; ouderen kunnen zo lang als ze willen zelfstandig blijven wonen. Dat bereiken we niet met losse projecten. Daarom leggen we in dit plan vast wat we op de korte termijn doen, welke lijnen we de komende jaren volgen en waar we op de lange termijn naartoe werken, wie waarvoor staat, en wanneer we samen terugkijken en bijsturen.',
  start: [-22, 1],
  end: [25, 31],
  adoptedOn: [-20, 12],
  members: [
    { organisation: 'wijkzaken', role: 'owner' },
    { person: 'daan', role: 'owner' },
    { organisation: 'woonstichting', role: 'co_author' },
    { organisation: 'welzijn', role: 'co_author' },
    { organisation: 'politie', role: 'co_author' },
    { organisation: 'bewonersvereniging-noordhoek', role: 'co_author' },
    { person: 'henk', role: 'co_author' },
    { organisation: 'openbare-ruimte', role: 'co_author' },
    { organisation: 'sociaal-wijkteam-noord', role: 'co_author' },
    { organisation: 'de-regenboog', role: 'co_author' },
    { organisation: 'sociaal-domein', role: 'reader' },
  ],
  goals: [
    {
      key: 'ontmoeten',
      title: 'Bewoners kennen elkaar en doen mee',
      description:
        'In 2030 zegt twee op de drie bewoners dat ze zich thuis voelen in de buurt en dat ze iemand in de straat om hulp kunnen vragen. Er zijn plekken en netwerken waar iedereen kan aanhaken, ook wie weinig geld heeft of de taal nog leert.',
      owner: 'wijkzaken',
      contact: 'daan',
      start: [-22, 1],
      end: [25, 31],
      status: 'running',
      themes: ['ontmoeting', 'meedoen'],
      areas: ['WK999902'],
      weight: 3,
      indicators: [
        {
          name: 'Bewoners die zich thuis voelen in de buurt',
          unit: '%',
          direction: 'increase',
          baseline: 58,
          baselineOn: [-23, 1],
          target: 67,
          targetOn: [25, 31],
          values: [
            { on: [-23, 1], value: 58, source: survey },
            { on: [-11, 1], value: 61, source: survey },
            {
              on: [-2, 1],
              value: 63,
              source: survey,
              note: '412 bewoners deden mee, 18 % van de huishoudens.',
            },
          ],
        },
      ],
      children: [
        {
          key: 'schakel',
          title: 'Buurthuis De Schakel als huiskamer van de wijk',
          description:
            'De Schakel is vijf dagen per week open, met vaste inloop, activiteiten die bewoners zelf organiseren en de spreekuren van het wijkteam en de woonstichting onder één dak.',
          owner: 'welzijn',
          start: [-22, 1],
          end: [13, 31],
          status: 'running',
          themes: ['ontmoeting'],
          areas: ['BU99990202'],
          weight: 2,
          indicators: [
            {
              name: 'Bezoekers van De Schakel per week',
              unit: 'bezoekers',
              direction: 'increase',
              baseline: 180,
              baselineOn: [-22, 1],
              target: 300,
              targetOn: [13, 31],
              values: [
                { on: [-22, 1], value: 180, source: 'Turflijst De Schakel' },
                { on: [-16, 1], value: 205, source: 'Turflijst De Schakel' },
                { on: [-10, 1], value: 228, source: 'Turflijst De Schakel' },
                { on: [-4, 1], value: 251, source: 'Turflijst De Schakel' },
              ],
            },
          ],
          children: [
            {
              key: 'schakel-open',
              title: 'De Schakel ook op zaterdag en twee avonden open',
              description:
                'Met vrijwilligers van de bewonersvereniging als gastvrouw of gastheer gaat het buurthuis ook op zaterdag en op dinsdag- en donderdagavond open. Welzijn Voorbeeld werft en begeleidt de vrijwilligers.',
              owner: 'welzijn',
              start: [-18, 1],
              end: [3, 31],
              status: 'running',
              themes: ['ontmoeting', 'vrijwilligers'],
              areas: ['BU99990202'],
              milestones: [
                { title: 'Twaalf gastvrouwen en -heren geworven', due: [-15, 1], done: [-14, 20] },
                { title: 'Zaterdagopening gestart', due: [-12, 1], done: [-12, 6] },
                { title: 'Avondopening dinsdag gestart', due: [-6, 1], done: [-5, 14] },
                { title: 'Avondopening donderdag gestart', due: [1, 1] },
              ],
            },
            {
              key: 'schakel-spreekuur',
              title: 'Eén inloopspreekuur voor zorg, geld en wonen',
              description:
                'Het Sociaal Wijkteam Noord en de wijkconsulent van de woonstichting houden op woensdagochtend samen spreekuur in De Schakel, tijdens de koffieochtend. Wie met een vraag binnenloopt, hoeft niet door te verwijzen naar een ander loket.',
              owner: 'sociaal-wijkteam-noord',
              start: [-20, 1],
              end: [13, 31],
              status: 'running',
              themes: ['zorg', 'geldzorgen'],
              areas: ['BU99990202'],
              progress: 70,
            },
            {
              key: 'schakel-verbouwing',
              title: 'Ontmoetingsruimte De Schakel toegankelijk maken',
              description:
                'Een drempelloze ingang, een invalidentoilet en een geluiddempend plafond in de grote zaal, zodat ook ouderen met een rollator en mensen met een gehoorapparaat er goed terecht kunnen.',
              owner: 'welzijn',
              start: [2, 1],
              end: [8, 30],
              status: 'planned',
              themes: ['ontmoeting', 'toegankelijkheid'],
              areas: ['BU99990202'],
              milestones: [
                { title: 'Offertes aannemers binnen', due: [1, 15] },
                { title: 'Verbouwing klaar', due: [8, 30] },
              ],
            },
          ],
        },
        {
          key: 'zelf-organiseren',
          title: 'Bewoners organiseren zelf',
          description:
            'De bewonersvereniging en informele groepen nemen zelf initiatief; de gemeente en welzijn ondersteunen met opbouwwerk, een klein budget en snelle antwoorden.',
          owner: 'bewonersvereniging-noordhoek',
          contact: 'henk',
          start: [-22, 1],
          end: [25, 31],
          status: 'running',
          themes: ['meedoen', 'eigenaarschap'],
          areas: ['WK999902'],
          weight: 1,
          children: [
            {
              key: 'buurtschouw',
              title: 'Buurtschouw in het voorjaar en het najaar',
              description:
                'Bewoners lopen twee keer per jaar met de wijkambtenaar, de wijkagent en de woonstichting door de wijk en leggen vast wat beter kan. Binnen zes weken hoort iedereen wat er met de punten gebeurt.',
              owner: 'bewonersvereniging-noordhoek',
              contact: 'henk',
              start: [-20, 1],
              end: [25, 31],
              status: 'running',
              themes: ['schoon-heel-veilig', 'eigenaarschap'],
              areas: ['WK999902'],
              milestones: [
                { title: 'Buurtschouw voorjaar (eerste jaar)', due: [-19, 15], done: [-19, 18] },
                { title: 'Buurtschouw najaar (eerste jaar)', due: [-13, 15], done: [-13, 10] },
                { title: 'Buurtschouw voorjaar (tweede jaar)', due: [-7, 15], done: [-7, 22] },
                { title: 'Buurtschouw najaar (tweede jaar)', due: [-1, 15], done: [-1, 12] },
                { title: 'Buurtschouw voorjaar (derde jaar)', due: [5, 15] },
                { title: 'Buurtschouw najaar (derde jaar)', due: [11, 15] },
              ],
            },
            {
              key: 'zomerfeest',
              title: 'Zomerfeest in het Klaverpark',
              description:
                'Een feest van en voor de hele wijk, georganiseerd door bewoners, met kramen van de verenigingen en partners. De opbrengst gaat naar het activiteitenfonds van de bewonersvereniging.',
              owner: 'bewonersvereniging-noordhoek',
              contact: 'henk',
              start: [-9, 1],
              end: [-4, 30],
              status: 'done',
              themes: ['ontmoeting'],
              areas: ['BU99990203'],
              progress: 100,
            },
            {
              key: 'sleutelfiguren',
              title: 'Netwerk van sleutelfiguren per straat',
              description:
                'De opbouwwerker van Welzijn Voorbeeld bouwt een netwerk op van bewoners die hun straat kennen en signalen doorgeven. Zij worden uitgenodigd bij de buurtschouw en de peilmomenten van dit plan.',
              owner: 'welzijn',
              start: [-14, 1],
              end: [13, 31],
              status: 'running',
              themes: ['meedoen', 'signalering'],
              areas: ['WK999902'],
              progress: 45,
              indicators: [
                {
                  name: 'Straten met een sleutelfiguur',
                  unit: 'straten',
                  direction: 'increase',
                  baseline: 6,
                  baselineOn: [-14, 1],
                  target: 30,
                  targetOn: [13, 31],
                  values: [
                    { on: [-14, 1], value: 6, source: 'Opbouwwerk Welzijn Voorbeeld' },
                    { on: [-8, 1], value: 11, source: 'Opbouwwerk Welzijn Voorbeeld' },
                    { on: [-2, 1], value: 17, source: 'Opbouwwerk Welzijn Voorbeeld' },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      key: 'veilig-wonen',
      title: 'Schoon, heel en veilig wonen',
      description:
        'Bewoners voelen zich veilig in hun portiek, hun straat en op de pleinen. De woonstichting, de politie, de gemeente en bewoners pakken overlast en verloedering samen aan, en leggen uit waarom ze doen wat ze doen.',
      owner: 'woonstichting',
      contact: 'karin',
      start: [-22, 1],
      end: [25, 31],
      status: 'running',
      themes: ['veiligheid', 'wonen'],
      areas: ['WK999902'],
      weight: 3,
      indicators: [
        {
          name: 'Bewoners die zich vaak onveilig voelen in de buurt',
          unit: '%',
          direction: 'decrease',
          baseline: 24,
          baselineOn: [-23, 1],
          target: 15,
          targetOn: [25, 31],
          values: [
            { on: [-23, 1], value: 24, source: survey },
            { on: [-11, 1], value: 22, source: survey },
            { on: [-2, 1], value: 21, source: survey },
          ],
        },
      ],
      children: [
        {
          key: 'portieken',
          title: 'Portiekflats Noorderhof: schoon, heel en veilig',
          description:
            'De woonstichting vernieuwt de portieken van de flats rond het binnenhof en maakt met de huurders afspraken over schoonhouden en elkaar aanspreken.',
          owner: 'woonstichting',
          contact: 'karin',
          start: [-20, 1],
          end: [13, 31],
          status: 'running',
          themes: ['wonen', 'veiligheid'],
          areas: ['BU99990202'],
          weight: 2,
          children: [
            {
              key: 'portiek-verlichting',
              title: 'Verlichting en toegangsdeuren portieken Noorderhof vernieuwen',
              description:
                'Alle 38 portieken krijgen ledverlichting met bewegingsmelder en deuren die weer goed in het slot vallen. Huurders kiezen per portiek mee over de kleur en het naambord.',
              owner: 'woonstichting',
              contact: 'karin',
              start: [-10, 1],
              end: [4, 30],
              status: 'running',
              themes: ['wonen', 'veiligheid'],
              areas: ['BU99990202'],
              progress: 55,
              milestones: [
                { title: 'Huurders per portiek geïnformeerd', due: [-9, 1], done: [-9, 20] },
                { title: 'Eerste 20 portieken klaar', due: [-2, 1], done: [-2, 10] },
                { title: 'Laatste 18 portieken klaar', due: [4, 30] },
              ],
              indicators: [
                {
                  name: 'Portieken vernieuwd',
                  unit: 'portieken',
                  direction: 'increase',
                  baseline: 0,
                  baselineOn: [-10, 1],
                  target: 38,
                  targetOn: [4, 30],
                  values: [
                    { on: [-6, 1], value: 8, source: 'Woonstichting Voorbeeld, projectadministratie' },
                    { on: [-2, 10], value: 20, source: 'Woonstichting Voorbeeld, projectadministratie' },
                  ],
                },
              ],
            },
            {
              key: 'portiekgesprekken',
              title: 'Portiekgesprekken met huurders',
              description:
                'Per portiek een gesprek met de huurders over schoonmaak, afval en geluid, met de wijkconsulent en een bewoner van de bewonersvereniging. Afspraken komen op een kaart in de hal.',
              owner: 'woonstichting',
              contact: 'karin',
              start: [-16, 1],
              end: [1, 31],
              status: 'running',
              themes: ['wonen', 'meedoen'],
              areas: ['BU99990202'],
              progress: 80,
            },
            {
              key: 'binnenhof',
              title: 'Binnenhof Noorderhof samen met bewoners herinrichten',
              description:
                'Het binnenhof wordt groener en overzichtelijker, met een speelplek voor kleine kinderen en bankjes die zicht houden op de entrees. Bewoners ontwerpen mee in drie avonden. De gemeente legt uit waarom de oude populieren weg moeten: ze hebben zwakke takaanzetten en kunnen bij storm splijten.',
              owner: 'openbare-ruimte',
              contact: 'priya',
              start: [-3, 1],
              end: [13, 31],
              status: 'planned',
              themes: ['groen', 'spelen', 'veiligheid'],
              areas: ['BU99990202'],
              milestones: [
                { title: 'Drie ontwerpavonden met bewoners', due: [-1, 30], done: [-1, 26] },
                { title: 'Definitief ontwerp vastgesteld', due: [3, 1] },
                { title: 'Uitvoering in de begroting van volgend jaar', due: [11, 15] },
                { title: 'Binnenhof opgeleverd', due: [13, 31] },
              ],
            },
          ],
        },
        {
          key: 'straat-veilig',
          title: 'Veilig op straat en op de pleinen',
          description:
            'De wijkagent, het jongerenwerk en de gemeente pakken overlast samen aan: eerst het gesprek met de jongeren en de omwonenden, dan handhaving waar het moet.',
          owner: 'politie',
          contact: 'jeroen',
          start: [-22, 1],
          end: [25, 31],
          status: 'running',
          themes: ['veiligheid', 'jeugd'],
          areas: ['BU99990204', 'BU99990203'],
          weight: 1,
          children: [
            {
              key: 'kwikstaartplein',
              title: 'Aanpak overlast rond het Kwikstaartplein',
              description:
                'Jongerenwerkers zijn op vrijdag- en zaterdagavond op het plein; de wijkagent loopt mee en spreekt jongeren en omwonenden aan. Eens per kwartaal zitten buurtbewoners en jongeren samen aan tafel in De Schakel.',
              owner: 'politie',
              contact: 'jeroen',
              start: [-15, 1],
              end: [9, 30],
              status: 'running',
              themes: ['veiligheid', 'jeugd'],
              areas: ['BU99990204'],
              progress: 40,
              indicators: [
                {
                  name: 'Meldingen van jeugdoverlast rond het Kwikstaartplein (per half jaar)',
                  unit: 'meldingen',
                  direction: 'decrease',
                  baseline: 46,
                  baselineOn: [-16, 1],
                  target: 25,
                  targetOn: [9, 30],
                  values: [
                    { on: [-16, 1], value: 46, source: 'Politie basisteam Voorbeeld, meldingen' },
                    { on: [-10, 1], value: 41, source: 'Politie basisteam Voorbeeld, meldingen' },
                    {
                      on: [-4, 1],
                      value: 44,
                      source: 'Politie basisteam Voorbeeld, meldingen',
                      note: 'Meer meldingen in de zomer, vooral na 23.00 uur.',
                    },
                  ],
                },
              ],
            },
            {
              key: 'buurtpreventie',
              title: 'Buurtpreventieteam Vogelbuurt',
              description:
                'Een groep van veertien bewoners loopt op wisselende avonden een ronde door de Vogelbuurt, met een appgroep die in contact staat met de wijkagent.',
              owner: 'bewonersvereniging-noordhoek',
              contact: 'henk',
              start: [-12, 1],
              end: [25, 31],
              status: 'running',
              themes: ['veiligheid', 'eigenaarschap'],
              areas: ['BU99990204'],
              progress: 60,
            },
            {
              key: 'schoolroute',
              title: 'Veilige schoolroute naar De Regenboog',
              description:
                'Een verhoogde oversteek bij de Spreeuwenlaan, een schoolzone met gele belijning en ouders die op maandag en vrijdag als verkeersbrigadier staan.',
              owner: 'openbare-ruimte',
              contact: 'priya',
              start: [-6, 1],
              end: [6, 31],
              status: 'running',
              themes: ['verkeer', 'jeugd'],
              areas: ['BU99990203', 'BU99990204'],
              milestones: [
                { title: 'Verkeerstelling rond de school', due: [-5, 1], done: [-5, 3] },
                { title: 'Ontwerp besproken met ouders en school', due: [-2, 15], done: [-2, 19] },
                { title: 'Verhoogde oversteek aangelegd', due: [4, 1] },
                { title: 'Verkeersbrigadiers opgeleid', due: [6, 31] },
              ],
            },
          ],
        },
      ],
    },
    {
      key: 'kansen-jeugd',
      title: 'Kinderen en jongeren krijgen dezelfde kansen',
      description:
        'Kinderen uit Noordhoek halen op school en daarbuiten wat erin zit. School, buurthuis, sportverenigingen en het wijkteam trekken samen op, en er is buiten genoeg ruimte om te spelen en te bewegen.',
      owner: 'sociaal-domein',
      start: [-22, 1],
      end: [25, 31],
      status: 'running',
      themes: ['jeugd', 'onderwijs'],
      areas: ['WK999902'],
      weight: 2,
      indicators: [
        {
          name: 'Aandeel kinderen tot 15 jaar in Klaverblad',
          unit: '%',
          direction: 'increase',
          cbs: { key: 'percentage_personen_0_tot_15_jaar', areaCode: 'BU99990203' },
        },
      ],
      children: [
        {
          key: 'school-spil',
          title: 'De Regenboog als spil in de wijk',
          description:
            'De school is meer dan een school: na schooltijd is er huiswerkbegeleiding, sport en cultuur, en ouders vinden er de weg naar het wijkteam.',
          owner: 'de-regenboog',
          start: [-22, 1],
          end: [25, 31],
          status: 'running',
          themes: ['onderwijs', 'jeugd'],
          areas: ['BU99990203'],
          children: [
            {
              key: 'verlengde-schooldag',
              title: 'Verlengde schooldag: sport, cultuur en techniek',
              description:
                'Drie middagen per week na schooltijd een programma met sportverenigingen, de muziekschool en een techniekclub, voor alle kinderen van groep 5 tot en met 8.',
              owner: 'de-regenboog',
              start: [-14, 1],
              end: [9, 31],
              status: 'running',
              themes: ['onderwijs', 'sport', 'cultuur'],
              areas: ['BU99990203'],
              progress: 65,
              indicators: [
                {
                  name: 'Kinderen van groep 5–8 die meedoen',
                  unit: '%',
                  direction: 'increase',
                  baseline: 35,
                  baselineOn: [-14, 1],
                  target: 70,
                  targetOn: [9, 31],
                  values: [
                    { on: [-14, 1], value: 35, source: 'Basisschool De Regenboog' },
                    { on: [-8, 1], value: 52, source: 'Basisschool De Regenboog' },
                    { on: [-2, 1], value: 58, source: 'Basisschool De Regenboog' },
                  ],
                },
              ],
            },
            {
              key: 'huiswerk',
              title: 'Huiswerkbegeleiding in De Schakel',
              description:
                'Vrijwilligers en studenten helpen leerlingen van groep 7 tot en met de tweede klas op maandag- en woensdagmiddag met hun huiswerk, in een stille ruimte in De Schakel.',
              owner: 'welzijn',
              start: [-12, 1],
              end: [13, 31],
              status: 'running',
              themes: ['onderwijs', 'vrijwilligers'],
              areas: ['BU99990202', 'BU99990203'],
              progress: 50,
            },
          ],
        },
        {
          key: 'spelen',
          title: 'Buiten spelen en bewegen',
          description:
            'Elk kind in Noordhoek heeft binnen vijf minuten lopen een plek om te spelen of te sporten, die kinderen en ouders zelf mee hebben bedacht.',
          owner: 'openbare-ruimte',
          contact: 'priya',
          start: [-12, 1],
          end: [25, 31],
          status: 'running',
          themes: ['spelen', 'groen', 'jeugd'],
          areas: ['WK999902'],
          children: [
            {
              key: 'klaverpark',
              title: 'Speelveld Klaverpark vernieuwen',
              description:
                'De speeltoestellen in het Klaverpark zijn aan het eind van hun levensduur. Kinderen van De Regenboog hebben een ontwerp gemaakt. De vervanging staat in het meerjarenplan openbare ruimte pas over drie jaar; de wijk vraagt om het naar voren te halen.',
              owner: 'openbare-ruimte',
              contact: 'priya',
              start: [8, 1],
              end: [13, 31],
              status: 'planned',
              themes: ['spelen', 'jeugd'],
              areas: ['BU99990203'],
              milestones: [
                { title: 'Ontwerp van de kinderen gepresenteerd', due: [-3, 1], done: [-3, 12] },
                { title: 'Aanvraag naar voren halen in de kadernota', due: [5, 1] },
                { title: 'Speelveld opgeleverd', due: [13, 31] },
              ],
            },
            {
              key: 'trapveld',
              title: 'Trapveldje Kwikstaartplein opknappen',
              description:
                'Een idee uit de buurtschouw: het trapveldje krijgt nieuwe doeltjes en een hek, zodat de jongeren die er nu rondhangen er ook echt kunnen voetballen. Er is nog geen eigenaar en nog geen geld.',
              owner: null,
              start: [3, 1],
              end: [9, 30],
              status: 'idea',
              themes: ['spelen', 'jeugd', 'veiligheid'],
              areas: ['BU99990204'],
            },
          ],
        },
      ],
    },
    {
      key: 'ouder-worden',
      title: 'Prettig en zelfstandig ouder worden in de wijk',
      description:
        'Ouderen in Noordhoek, vooral in Molenveld, kunnen zo lang als ze willen thuis blijven wonen en raken niet geïsoleerd.',
      owner: 'sociaal-domein',
      start: [-22, 1],
      end: [25, 31],
      status: 'running',
      themes: ['ouderen', 'zorg', 'wonen'],
      areas: ['BU99990201'],
      weight: 2,
      indicators: [
        {
          name: 'Aandeel 65-plussers in Molenveld',
          unit: '%',
          direction: 'increase',
          cbs: { key: 'percentage_personen_65_jaar_en_ouder', areaCode: 'BU99990201' },
        },
      ],
      children: [
        {
          key: 'thuis-wonen',
          title: 'Langer thuis wonen in Molenveld',
          description:
            'Woningen en straten worden geschikt voor wie minder goed ter been is, en wie wil verhuizen vindt een passende woning in de eigen buurt.',
          owner: 'woonstichting',
          contact: 'karin',
          start: [-18, 1],
          end: [25, 31],
          status: 'running',
          themes: ['ouderen', 'wonen'],
          areas: ['BU99990201'],
          children: [
            {
              key: 'woningaanpassing',
              title: 'Woningen in Molenveld levensloopgeschikt maken',
              description:
                'Bij planmatig onderhoud krijgen 120 woningen een douche op de begane grond, beugels en een drempelloze voordeur. Huurders van 70 jaar en ouder krijgen voorrang.',
              owner: 'woonstichting',
              contact: 'karin',
              start: [-6, 1],
              end: [18, 31],
              status: 'running',
              themes: ['ouderen', 'wonen'],
              areas: ['BU99990201'],
              progress: 20,
              indicators: [
                {
                  name: 'Woningen aangepast',
                  unit: 'woningen',
                  direction: 'increase',
                  baseline: 0,
                  baselineOn: [-6, 1],
                  target: 120,
                  targetOn: [18, 31],
                  values: [{ on: [-1, 1], value: 24, source: 'Woonstichting Voorbeeld, onderhoudsplanning' }],
                },
              ],
            },
            {
              key: 'verhuiscoach',
              title: 'Verhuiscoach voor ouderen',
              description:
                'Een vrijwillige verhuiscoach helpt ouderen die naar een gelijkvloerse woning in de buurt willen, van het zoeken tot de verhuisdag.',
              owner: 'woonstichting',
              contact: 'karin',
              start: [-2, 1],
              end: [10, 31],
              status: 'planned',
              themes: ['ouderen', 'wonen'],
              areas: ['BU99990201'],
              progress: 0,
            },
          ],
        },
        {
          key: 'eenzaamheid',
          title: 'Niemand in Molenveld alleen',
          description:
            'Eenzaamheid wordt vroeg opgemerkt en er is een vaste plek en een vaste persoon om op terug te vallen.',
          owner: 'welzijn',
          start: [-20, 1],
          end: [25, 31],
          status: 'running',
          themes: ['ouderen', 'ontmoeting'],
          areas: ['BU99990201'],
          children: [
            {
              key: 'huisbezoeken',
              title: 'Huisbezoeken aan 75-plussers',
              description:
                'Ouderenadviseurs van Welzijn Voorbeeld bezoeken iedereen van 75 jaar en ouder in Molenveld en vragen hoe het gaat; waar nodig schakelen ze het wijkteam in.',
              owner: 'welzijn',
              start: [-16, 1],
              end: [2, 28],
              status: 'running',
              themes: ['ouderen', 'zorg', 'signalering'],
              areas: ['BU99990201'],
              progress: 85,
            },
            {
              key: 'molen-koffie',
              title: 'Koffie bij de molen',
              description:
                'Op zaterdagochtend schenken vrijwilligers koffie bij molen De Hoop, als de molen open is voor bezoekers. Een laagdrempelig begin voor wie weinig de deur uit komt.',
              owner: 'bewonersvereniging-noordhoek',
              contact: 'henk',
              start: [-10, 1],
              end: [25, 31],
              status: 'running',
              themes: ['ouderen', 'ontmoeting'],
              areas: ['BU99990201'],
              progress: 75,
            },
            {
              key: 'maaltijd',
              title: 'Buurtmaaltijd voor ouderen',
              description:
                'Eens per maand een maaltijd in De Schakel, gekookt door vrijwilligers. Gestopt omdat de keuken van De Schakel niet aan de eisen voldoet; komt terug na de verbouwing.',
              owner: 'welzijn',
              start: [-14, 1],
              end: [-5, 31],
              status: 'stopped',
              themes: ['ouderen', 'ontmoeting'],
              areas: ['BU99990202'],
              progress: 30,
            },
          ],
        },
      ],
    },
  ],
};

/**
 * The past review moment (three months ago) and the next one, three weeks from the load day (the
 * reminders to the owners go out before it). Items marked 'to_adjust' were adjusted at the review.
 */
export const noordhoekReviews: { past: DemoReview; next: DemoReview } = {
  past: {
    title: 'Peilmoment najaar',
    on: [-3, 18],
    heldBy: 'daan',
    summary:
      'Het plan ligt grotendeels op koers. De overlast rond het Kwikstaartplein neemt niet af en het speelveld in het Klaverpark komt te laat in de planning van de gemeente: daar sturen we bij.',
    marks: {
      'schakel-open': {
        mark: 'on_track',
        note: 'Zaterdagopening loopt goed; voor de avonden zijn nog vier vrijwilligers nodig.',
      },
      'schakel-spreekuur': { mark: 'on_track', note: 'Gemiddeld elf bezoekers per spreekuur.' },
      buurtschouw: { mark: 'on_track', note: 'Alle punten van het voorjaar zijn beantwoord.' },
      sleutelfiguren: {
        mark: 'needs_attention',
        note: 'In de Vogelbuurt zijn nog nauwelijks sleutelfiguren; de opbouwwerker gaat langs de deuren.',
      },
      'portiek-verlichting': {
        mark: 'on_track',
        note: 'Twintig portieken klaar. De laatste achttien volgen in het voorjaar.',
      },
      portiekgesprekken: { mark: 'on_track', note: 'Afsprakenkaarten hangen in 30 van de 38 portieken.' },
      kwikstaartplein: {
        mark: 'to_adjust',
        note: 'Meldingen stegen in de zomer weer. Afgesproken: jongerenwerk ook op zondagavond, en het trapveldje als plek voor de jongeren zelf meenemen.',
      },
      schoolroute: { mark: 'on_track', note: 'Ouders en school zijn positief over het ontwerp.' },
      'verlengde-schooldag': { mark: 'on_track', note: 'Deelname gestegen naar 58 %.' },
      klaverpark: {
        mark: 'to_adjust',
        note: 'Vervanging staat pas over drie jaar in het meerjarenplan. Afgesproken: de aanvraag gaat mee in de kadernota, uitvoering schuift naar volgend jaar.',
      },
      woningaanpassing: { mark: 'needs_attention', note: 'Aannemer start later dan gepland.' },
      huisbezoeken: { mark: 'on_track', note: 'Bijna alle 75-plussers bezocht.' },
      maaltijd: {
        mark: 'to_adjust',
        note: 'Gestopt tot de keuken van De Schakel is aangepast; wordt meegenomen in de verbouwing.',
      },
    },
  },
  next: {
    title: 'Peilmoment voorjaar',
    summary: 'Voorbereiding: eigenaren werken hun onderdelen bij vóór het peilmoment.',
  },
};

/** How many days from the load day the next review moment is. */
export const nextReviewInDays = 21;

/**
 * The plan as it was adopted, where it differs from the plan now: at the past review the
 * playground was moved a year (it was not in the public-space plan in time), the approach of the
 * square was extended, the meals were stopped, the homework help changed owner and the football
 * pitch came in from the buurtschouw. The loader writes these first, saves the adopted version,
 * and then makes the changes before the review's version is saved.
 */
export const asAdopted: Record<
  string,
  { start?: DemoDate; end?: DemoDate; status?: ItemStatus; owner?: OrgKey; progress?: number }
> = {
  klaverpark: { start: [-4, 1], end: [4, 30] },
  kwikstaartplein: { end: [3, 31] },
  maaltijd: { end: [13, 31], status: 'running' },
  huiswerk: { owner: 'de-regenboog' },
};

/** Items added at the past review. */
export const addedAtPastReview = ['trapveld'];

// —— Planning cycles (tandwielen) ————————————————————————————————————————————————————

export interface DemoDeadline {
  title: string;
  description: string;
  purpose: 'plan' | 'budget' | 'accounts';
  /** Every year on this month (1–12) and day. */
  month: number;
  day: number;
}

export interface DemoCycle {
  /** Null: the municipality's own cycle, which applies to every department. */
  organisation: OrgKey | null;
  name: string;
  description: string;
  deadlines: DemoDeadline[];
}

export const demoCycles: DemoCycle[] = [
  {
    organisation: null,
    name: 'Planning- en controlcyclus gemeente',
    description: 'De vaste momenten waarop de raad kaders stelt, geld toekent en verantwoording vraagt.',
    deadlines: [
      {
        title: 'Kadernota',
        description:
          'De raad stelt de kaders voor de begroting van volgend jaar vast. Nieuwe wensen met geld, zoals het naar voren halen van een speelveld, moeten hier in staan.',
        purpose: 'plan',
        month: 6,
        day: 30,
      },
      {
        title: 'Begroting',
        description: 'De raad stelt de begroting voor volgend jaar vast.',
        purpose: 'budget',
        month: 11,
        day: 15,
      },
      {
        title: 'Jaarrekening',
        description:
          'De raad stelt de jaarrekening van het vorige jaar vast; de resultaten van het wijkplan gaan mee.',
        purpose: 'accounts',
        month: 6,
        day: 15,
      },
    ],
  },
  {
    organisation: 'openbare-ruimte',
    name: 'Meerjarenplan openbare ruimte',
    description:
      'Het onderhoudsprogramma voor straten, groen en speelplekken ligt voor vier jaar vast. Wat er niet op tijd in staat, gebeurt pas later.',
    deadlines: [
      {
        title: 'Bijstelling meerjarenplan',
        description: 'Wensen uit de wijken voor de komende vier jaar moeten dan bekend zijn.',
        purpose: 'plan',
        month: 9,
        day: 1,
      },
    ],
  },
  {
    organisation: 'woonstichting',
    name: 'Jaarcyclus Woonstichting Voorbeeld',
    description: 'Het bod op de woonvisie, de prestatieafspraken en het jaarplan met de onderhoudsbegroting.',
    deadlines: [
      {
        title: 'Bod op de woonvisie',
        description:
          'De woonstichting doet haar bod voor de prestatieafspraken met gemeente en huurdersorganisatie van volgend jaar.',
        purpose: 'plan',
        month: 7,
        day: 1,
      },
      {
        title: 'Jaarplan en onderhoudsbegroting',
        description:
          'De raad van commissarissen keurt het jaarplan en de onderhoudsbegroting voor volgend jaar goed.',
        purpose: 'budget',
        month: 12,
        day: 15,
      },
    ],
  },
  {
    organisation: 'politie',
    name: 'Jaarplan basisteam',
    description:
      'Het basisteam legt de prioriteiten en de inzet van de wijkagenten vast, afgestemd op het veiligheidsplan van de gemeente.',
    deadlines: [
      {
        title: 'Jaarplan basisteam vastgesteld',
        description: 'Wat de wijkagent volgend jaar in Noordhoek doet, moet hier in staan.',
        purpose: 'plan',
        month: 1,
        day: 31,
      },
    ],
  },
  {
    organisation: 'welzijn',
    name: 'Subsidiecyclus welzijnswerk',
    description: 'Welzijn Voorbeeld vraagt elk jaar subsidie aan voor het werkplan van het jaar erna.',
    deadlines: [
      {
        title: 'Subsidieaanvraag werkplan',
        description: 'Nieuwe activiteiten in het buurthuis moeten in het werkplan staan.',
        purpose: 'budget',
        month: 10,
        day: 1,
      },
    ],
  },
];

// —— Budget lines (co-financing) ——————————————————————————————————————————————————————

export type BudgetSource = 'programme_budget' | 'department' | 'partner' | 'national_programme' | 'fund';

export interface DemoBudgetLine {
  item: string;
  source: BudgetSource;
  /** An organisation of the demo, or the name of an outside source. */
  organisation?: OrgKey;
  sourceName?: string;
  description: string;
  /** Euro (whole), converted to cents when loaded. */
  committed: number;
  spent: number;
  /** Relative to the current year: 0 this year, -1 last year. */
  year: number;
}

export const demoBudgetLines: DemoBudgetLine[] = [
  {
    item: 'schakel-open',
    source: 'programme_budget',
    description: 'Vrijwilligersvergoedingen en coördinatie',
    committed: 18_000,
    spent: 13_500,
    year: 0,
  },
  {
    item: 'schakel-open',
    source: 'partner',
    organisation: 'welzijn',
    description: 'Inzet opbouwwerker',
    committed: 22_000,
    spent: 16_000,
    year: 0,
  },
  {
    item: 'schakel-verbouwing',
    source: 'programme_budget',
    description: 'Bijdrage verbouwing',
    committed: 40_000,
    spent: 0,
    year: 0,
  },
  {
    item: 'schakel-verbouwing',
    source: 'fund',
    sourceName: 'Oranje Fonds (demo)',
    description: 'Toegankelijke ontmoetingsplek',
    committed: 25_000,
    spent: 0,
    year: 0,
  },
  {
    item: 'schakel-verbouwing',
    source: 'partner',
    organisation: 'woonstichting',
    description: 'Drempelloze ingang (eigenaar pand)',
    committed: 15_000,
    spent: 0,
    year: 0,
  },
  {
    item: 'portiek-verlichting',
    source: 'partner',
    organisation: 'woonstichting',
    description: 'Verlichting en deuren, 38 portieken',
    committed: 285_000,
    spent: 150_000,
    year: 0,
  },
  {
    item: 'portiek-verlichting',
    source: 'national_programme',
    sourceName: 'Nationaal Programma Leefbaarheid en Veiligheid',
    description: 'Bijdrage sociale veiligheid',
    committed: 60_000,
    spent: 60_000,
    year: -1,
  },
  {
    item: 'binnenhof',
    source: 'programme_budget',
    description: 'Ontwerp met bewoners',
    committed: 12_000,
    spent: 9_800,
    year: 0,
  },
  {
    item: 'binnenhof',
    source: 'department',
    organisation: 'openbare-ruimte',
    description: 'Herinrichting (aangevraagd in de begroting)',
    committed: 0,
    spent: 0,
    year: 1,
  },
  {
    item: 'kwikstaartplein',
    source: 'programme_budget',
    description: 'Extra uren jongerenwerk in de weekenden',
    committed: 30_000,
    spent: 24_000,
    year: 0,
  },
  {
    item: 'kwikstaartplein',
    source: 'department',
    organisation: 'sociaal-domein',
    description: 'Jongerenwerk (regulier)',
    committed: 20_000,
    spent: 17_000,
    year: 0,
  },
  {
    item: 'schoolroute',
    source: 'department',
    organisation: 'openbare-ruimte',
    description: 'Verhoogde oversteek en schoolzone',
    committed: 55_000,
    spent: 6_000,
    year: 0,
  },
  {
    item: 'verlengde-schooldag',
    source: 'programme_budget',
    description: 'Bijdrage programma',
    committed: 25_000,
    spent: 20_000,
    year: 0,
  },
  {
    item: 'verlengde-schooldag',
    source: 'national_programme',
    sourceName: 'Programma School en Omgeving (demo)',
    description: 'Verlengde schooldag',
    committed: 45_000,
    spent: 36_000,
    year: 0,
  },
  {
    item: 'huiswerk',
    source: 'programme_budget',
    description: 'Begeleiding en materiaal',
    committed: 9_000,
    spent: 6_500,
    year: 0,
  },
  {
    item: 'woningaanpassing',
    source: 'partner',
    organisation: 'woonstichting',
    description: 'Aanpassingen bij planmatig onderhoud',
    committed: 480_000,
    spent: 96_000,
    year: 0,
  },
  {
    item: 'huisbezoeken',
    source: 'department',
    organisation: 'sociaal-domein',
    description: 'Ouderenadviseurs (Wmo)',
    committed: 35_000,
    spent: 31_000,
    year: 0,
  },
  {
    item: 'molen-koffie',
    source: 'programme_budget',
    description: 'Koffie, thee en een partytent',
    committed: 1_500,
    spent: 900,
    year: 0,
  },
];

// —— Project ideas in assessment (programme) ————————————————————————————————————————

export type EffectScore = 'none' | 'some' | 'substantial';

export interface DemoProjectIdea {
  key: string;
  title: string;
  summary: string;
  areaCode: string;
  submitterName: string;
  submitterEmail: string;
  organisationName?: string;
  requestedBudget: number;
  submittedDaysAgo: number;
  /** An action line of the Noordhoek plan it would serve (its goal is set as served). */
  serves?: string;
  durability?: string;
  partners?: string;
  /**
   * Scores per code of the default framework (the six effects and durability), by the
   * coordinator; missing: not yet assessed.
   */
  assessment?: { by: PersonKey; scores: Record<string, { score: EffectScore; motivation: string }> };
}

export const demoProjectIdeas: DemoProjectIdea[] = [
  {
    key: 'moestuin-binnenhof',
    title: 'Buurtmoestuin op het binnenhof van Noorderhof',
    summary:
      'Wij willen met bewoners van de flats een moestuin aanleggen op het binnenhof, met bakken op hoogte voor ouderen. De oogst delen we en één keer per maand koken we er samen van in De Schakel. De bewonersvereniging beheert de tuin, de woonstichting levert water en een schuurtje.',
    areaCode: 'BU99990202',
    submitterName: 'Fatma Yilmaz',
    submitterEmail: 'fatma.yilmaz@bewoners.voorbeeld.example',
    organisationName: 'Bewonersvereniging Noordhoek',
    requestedBudget: 8_500,
    submittedDaysAgo: 24,
    serves: 'zelf-organiseren',
    assessment: {
      by: 'yusuf',
      scores: {
        social_cohesion: {
          score: 'substantial',
          motivation: 'Bewoners van verschillende portieken werken wekelijks samen.',
        },
        positive_image: {
          score: 'some',
          motivation: 'Een groen binnenhof geeft een ander beeld van de flats.',
        },
        access_to_facilities: { score: 'none', motivation: 'Geen directe verbinding met voorzieningen.' },
        safety: { score: 'some', motivation: 'Meer ogen op het binnenhof.' },
        employment: { score: 'none', motivation: 'Geen werkgelegenheid.' },
        ownership: { score: 'substantial', motivation: 'De bewonersvereniging beheert de tuin zelf.' },
        durability: {
          score: 'some',
          motivation: 'De woonstichting levert water; wie de tuin na twee jaar trekt, is nog niet geregeld.',
        },
      },
    },
  },
  {
    key: 'repair-cafe',
    title: 'Repair Café in De Schakel',
    summary:
      'Eén zaterdag per maand repareren vrijwilligers kapotte spullen samen met de eigenaar. We zoeken ook jongeren die willen leren repareren, met een stageverklaring voor school.',
    areaCode: 'BU99990202',
    submitterName: 'Wim de Graaf',
    submitterEmail: 'wim.degraaf@bewoners.voorbeeld.example',
    requestedBudget: 3_200,
    submittedDaysAgo: 12,
    serves: 'schakel',
  },
  {
    key: 'pannakooi',
    title: 'Jongeren bouwen mee aan een pannakooi op het Kwikstaartplein',
    summary:
      'De jongeren die nu op het plein rondhangen ontwerpen en bouwen samen met een aannemer een pannakooi. Twee van hen kunnen bij de aannemer een leerwerkplek krijgen.',
    areaCode: 'BU99990204',
    submitterName: 'Jongerenwerk Welzijn Voorbeeld',
    submitterEmail: 'jongerenwerk@welzijn.voorbeeld.example',
    organisationName: 'Welzijn Voorbeeld',
    requestedBudget: 42_000,
    submittedDaysAgo: 40,
    serves: 'straat-veilig',
    assessment: {
      by: 'yusuf',
      scores: {
        social_cohesion: {
          score: 'some',
          motivation: 'Jongeren en omwonenden werken samen aan het ontwerp.',
        },
        positive_image: {
          score: 'substantial',
          motivation: 'Het plein wordt een plek om te sporten in plaats van een plek met overlast.',
        },
        access_to_facilities: { score: 'none', motivation: 'Geen verbinding met voorzieningen.' },
        safety: {
          score: 'substantial',
          motivation: 'Sluit aan op de aanpak van de overlast rond het plein.',
        },
        employment: { score: 'substantial', motivation: 'Twee leerwerkplekken bij de aannemer.' },
        ownership: { score: 'some', motivation: 'Jongeren houden het veld samen met de wijkagent bij.' },
        durability: {
          score: 'substantial',
          motivation: 'Openbare Ruimte neemt het onderhoud over; het jongerenwerk blijft betrokken.',
        },
      },
    },
  },
  {
    key: 'taalmaatjes',
    title: 'Taalmaatjes voor nieuwe buren',
    summary:
      'Bewoners die goed Nederlands spreken worden maatje van een nieuwe buurtbewoner die de taal leert. Ze spreken wekelijks af, bijvoorbeeld bij de koffieochtend of in de bibliotheek.',
    areaCode: 'WK999902',
    submitterName: 'Anouk Peeters',
    submitterEmail: 'anouk.peeters@bewoners.voorbeeld.example',
    requestedBudget: 6_000,
    submittedDaysAgo: 5,
  },
];

// —— The programme of the municipality ——————————————————————————————————————————————

export const programmePlan: DemoPlan = {
  key: 'programme',
  kind: 'programme',
  areaCode: 'GM9999',
  title: 'Programma Wijkgericht Werken',
  summary:
    'Het programma bundelt wat de gemeente met bewoners en partners in de wijken doet. Ideeën uit de wijk toetsen we aan zes maatschappelijke effecten; een project moet er minstens drie wezenlijk dienen en blijvend zijn. We rapporteren twee keer per jaar aan de raad, met de cijfers én de stem van de mensen die het doen.',
  vision:
    'Gemeente Voorbeeld werkt in elke wijk met een wijkplan dat bewoners, partners en gemeente samen maken. Het programma zorgt dat die plannen elkaar versterken in plaats van versnipperen: het programmabureau denkt mee over projectideeën uit de wijk, legt verbindingen met afdelingen en partners, en zoekt geld bij anderen, zodat minstens 40 % van de kosten uit andere bronnen komt. De afdelingen stemmen hun planningen af op de wijkplannen in plaats van andersom.',
  start: [-22, 1],
  end: [25, 31],
  adoptedOn: [-21, 3],
  members: [
    { organisation: 'wijkzaken', role: 'owner' },
    { person: 'yusuf', role: 'owner' },
    { organisation: 'sociaal-domein', role: 'co_author' },
    { organisation: 'openbare-ruimte', role: 'co_author' },
  ],
  goals: [
    {
      key: 'p-wijkplannen',
      title: 'Elke wijk een gedragen wijkplan',
      description:
        'Alle vier de wijken hebben een wijkplan dat bewoners en partners mee hebben geschreven en dat twee keer per jaar wordt herijkt.',
      owner: 'wijkzaken',
      contact: 'yusuf',
      start: [-22, 1],
      end: [25, 31],
      status: 'running',
      themes: ['wijkplannen'],
      children: [
        {
          key: 'p-noordhoek',
          title: 'Wijkplan Noordhoek uitvoeren en herijken',
          description: 'Het eerste wijkplan nieuwe stijl, als pilot voor de andere wijken.',
          owner: 'wijkzaken',
          contact: 'daan',
          start: [-22, 1],
          end: [25, 31],
          status: 'running',
          themes: ['wijkplannen'],
          areas: ['WK999902'],
          children: [
            {
              key: 'p-noordhoek-peil',
              title: 'Peilmomenten Noordhoek organiseren',
              description: 'Twee peilmomenten per jaar met alle eigenaren van het plan.',
              owner: 'wijkzaken',
              contact: 'daan',
              start: [-20, 1],
              end: [25, 31],
              status: 'running',
              themes: ['wijkplannen'],
              areas: ['WK999902'],
              progress: 50,
            },
          ],
        },
        {
          key: 'p-uitrol',
          title: 'Wijkplannen voor Centrum, De Weiden en Oosterpark',
          description: 'Met de lessen uit Noordhoek schrijven de andere wijken hun plan.',
          owner: 'wijkzaken',
          contact: 'yusuf',
          start: [0, 1],
          end: [18, 31],
          status: 'planned',
          themes: ['wijkplannen'],
          areas: ['WK999901', 'WK999903', 'WK999904'],
          children: [
            {
              key: 'p-oosterpark',
              title: 'Wijkplan Oosterpark opstellen',
              description: 'Startbijeenkomst met bewoners en partners, daarna drie schrijfsessies.',
              owner: 'wijkzaken',
              contact: 'daan',
              start: [1, 1],
              end: [7, 31],
              status: 'planned',
              themes: ['wijkplannen'],
              areas: ['WK999904'],
              milestones: [
                { title: 'Startbijeenkomst', due: [1, 20] },
                { title: 'Concept besproken met partners', due: [5, 1] },
                { title: 'Wijkplan vastgesteld', due: [7, 31] },
              ],
            },
          ],
        },
      ],
    },
    {
      key: 'p-projecten',
      title: 'Ideeën uit de wijk worden projecten met effect',
      description:
        'Projectideeën krijgen binnen zes weken een onderbouwd besluit; goedgekeurde projecten dienen minstens drie van de zes effecten en zijn blijvend.',
      owner: 'wijkzaken',
      contact: 'yusuf',
      start: [-22, 1],
      end: [25, 31],
      status: 'running',
      themes: ['projecten'],
      children: [
        {
          key: 'p-toetsing',
          title: 'Toetsing aan het effectenkader',
          description:
            'Het programmabureau beoordeelt ideeën samen met de wijkambtenaar en denkt mee over de opzet.',
          owner: 'wijkzaken',
          contact: 'yusuf',
          start: [-22, 1],
          end: [25, 31],
          status: 'running',
          themes: ['projecten'],
          children: [
            {
              key: 'p-cofinanciering',
              title: 'Cofinanciering zoeken bij partners en fondsen',
              description:
                'Voor elk project zoeken we bijdragen van afdelingen, partners, landelijke programma’s en fondsen.',
              owner: 'wijkzaken',
              contact: 'yusuf',
              start: [-20, 1],
              end: [25, 31],
              status: 'running',
              themes: ['projecten', 'financiering'],
              progress: 55,
              indicators: [
                {
                  name: 'Aandeel van de projectkosten uit andere bronnen',
                  unit: '%',
                  direction: 'increase',
                  baseline: 28,
                  baselineOn: [-22, 1],
                  target: 40,
                  targetOn: [25, 31],
                  values: [
                    { on: [-22, 1], value: 28, source: 'Programmabureau, financiële administratie' },
                    { on: [-10, 1], value: 36, source: 'Programmabureau, financiële administratie' },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};

/** Keys of every item in a plan, depth first. */
export function itemKeys(plan: DemoPlan): string[] {
  const out: string[] = [];
  const walk = (items: DemoItem[]) => {
    for (const i of items) {
      out.push(i.key);
      walk(i.children ?? []);
    }
  };
  walk(plan.goals);
  return out;
}

/** A DemoDate as 'YYYY-MM-DD', counted from the first day of the month of `today` (UTC). */
export function demoDate(today: Date, [months, day]: DemoDate): string {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = new Date(Date.UTC(y, m, Math.min(Math.max(day, 1), lastDay)));
  return d.toISOString().slice(0, 10);
}

/** The title with the period's years: "Wijkplan Noordhoek 2025–2028". */
export function titleWithYears(plan: DemoPlan, today: Date): string {
  const from = demoDate(today, plan.start).slice(0, 4);
  const to = demoDate(today, plan.end).slice(0, 4);
  return `${plan.title} ${from}–${to}`;
}

// —— Voices (for the progress report) ————————————————————————————————————————————————

export interface DemoVoice {
  quote: string;
  attribution: string;
  /** An item key, or none: about the plan as a whole. */
  item?: string;
  by: PersonKey;
}

export const demoVoices: DemoVoice[] = [
  {
    quote:
      'Vroeger liep je snel door het portiek naar binnen. Nu is het licht en praat je even met de buren bij de brievenbussen.',
    attribution: 'Bewoonster van Noorderhof',
    item: 'portiek-verlichting',
    by: 'karin',
  },
  {
    quote: 'Op zaterdag is De Schakel nu van ons. We zetten koffie en iedereen kan binnenlopen.',
    attribution: 'Gastheer in De Schakel, vrijwilliger',
    item: 'schakel-open',
    by: 'daan',
  },
  {
    quote:
      'Voor het eerst zitten de woonstichting, de politie en wij aan één tafel met één plan. Als er iets misgaat, weten we wie we moeten bellen.',
    attribution: 'Henk Mulder, Bewonersvereniging Noordhoek',
    by: 'daan',
  },
];
