import { createHash } from 'node:crypto';
import type { Channel, Decision, ItemStatus } from '../initiatives.tables.ts';

// An item as a case (zaak) of the VNG Zaken API (zaakgericht werken, ZGW), following
// docs/zgw-mapping.md. Pure: the service gathers the facts, this writes the JSON. Field names are
// the Zaken/Catalogi API's; references to catalogue resources we do not serve (zaaktype,
// statustype, resultaattype, roltype) are URNs, and their content is given under `_expand`
// (the Zaken API's expand convention), so a koppeling can map them onto its own catalogue.

export const zgwMappingVersion = '1';

export interface ZgwStatusType {
  code:
    | 'ontvangen'
    | 'in_behandeling'
    | 'wacht_op_melder'
    | 'heropend'
    | 'besloten'
    | 'in_uitvoering'
    | 'afgehandeld';
  omschrijving: string;
  omschrijvingGeneriek: string;
  statustekst: string;
  volgnummer: number;
  isEindstatus: boolean;
  informeren: boolean;
}

/** One statustype per status; done and cancelled share the eindstatus (the resultaat tells them apart). */
export const statusTypes: Record<ItemStatus, ZgwStatusType> = {
  received: {
    code: 'ontvangen',
    omschrijving: 'Ontvangen',
    omschrijvingGeneriek: 'Ontvangen',
    statustekst: 'Uw melding is ontvangen.',
    volgnummer: 1,
    isEindstatus: false,
    informeren: true,
  },
  in_progress: {
    code: 'in_behandeling',
    omschrijving: 'In behandeling',
    omschrijvingGeneriek: 'In behandeling',
    statustekst: 'Uw melding is in behandeling.',
    volgnummer: 2,
    isEindstatus: false,
    informeren: true,
  },
  awaiting_resident: {
    code: 'wacht_op_melder',
    omschrijving: 'Wacht op melder',
    omschrijvingGeneriek: 'Opgeschort',
    statustekst: 'We hebben een vraag aan u gesteld.',
    volgnummer: 3,
    isEindstatus: false,
    informeren: true,
  },
  reopened: {
    code: 'heropend',
    omschrijving: 'Heropend',
    omschrijvingGeneriek: 'Heropend',
    statustekst: 'Uw melding is heropend.',
    volgnummer: 4,
    isEindstatus: false,
    informeren: true,
  },
  decided: {
    code: 'besloten',
    omschrijving: 'Besloten',
    omschrijvingGeneriek: 'Besluit genomen',
    statustekst: 'Er is een besluit genomen over uw melding.',
    volgnummer: 5,
    isEindstatus: false,
    informeren: true,
  },
  in_execution: {
    code: 'in_uitvoering',
    omschrijving: 'In uitvoering',
    omschrijvingGeneriek: 'In uitvoering',
    statustekst: 'Er wordt aan uw melding gewerkt.',
    volgnummer: 6,
    isEindstatus: false,
    informeren: true,
  },
  done: {
    code: 'afgehandeld',
    omschrijving: 'Afgehandeld',
    omschrijvingGeneriek: 'Afgehandeld',
    statustekst: 'Uw melding is afgehandeld.',
    volgnummer: 7,
    isEindstatus: true,
    informeren: true,
  },
  cancelled: {
    code: 'afgehandeld',
    omschrijving: 'Afgehandeld',
    omschrijvingGeneriek: 'Afgehandeld',
    statustekst: 'Uw melding is afgehandeld.',
    volgnummer: 7,
    isEindstatus: true,
    informeren: true,
  },
};

export interface ZgwResultType {
  code: 'toegekend' | 'afgewezen' | 'doorverwezen' | 'geannuleerd';
  omschrijving: string;
  omschrijvingGeneriek: string;
  archiefnominatie: 'vernietigen' | 'blijvend_bewaren';
}

export const resultTypes: Record<Decision | 'cancelled', ZgwResultType> = {
  granted: {
    code: 'toegekend',
    omschrijving: 'Toegekend',
    omschrijvingGeneriek: 'Toegekend',
    archiefnominatie: 'vernietigen',
  },
  rejected: {
    code: 'afgewezen',
    omschrijving: 'Afgewezen',
    omschrijvingGeneriek: 'Afgewezen',
    archiefnominatie: 'vernietigen',
  },
  referred: {
    code: 'doorverwezen',
    omschrijving: 'Doorverwezen',
    omschrijvingGeneriek: 'Buiten behandeling',
    archiefnominatie: 'vernietigen',
  },
  cancelled: {
    code: 'geannuleerd',
    omschrijving: 'Geannuleerd',
    omschrijvingGeneriek: 'Afgebroken',
    archiefnominatie: 'vernietigen',
  },
};

export const channelNames: Record<Channel, string> = {
  web: 'Website',
  phone: 'Telefoon',
  counter: 'Balie',
  street: 'Straat',
  email: 'E-mail',
  open311: 'Open311-koppeling',
  api: 'API',
};

const handelingInitiator: Record<string, string> = {
  signal: 'Melden',
  idea: 'Indienen',
  initiative: 'Aanvragen',
  question: 'Vragen',
};

/** What the service gathers for one item. */
export interface ZgwFacts {
  publicUrl: string;
  municipality: { code: string; name: string; rsin: string };
  item: {
    id: string;
    reference: string;
    title: string;
    description: string;
    status: ItemStatus;
    decision: Decision | null;
    answer: string | null;
    channel: Channel;
    lon: number | null;
    lat: number | null;
    address: string | null;
    receivedAt: Date;
    createdAt: Date;
    deadlineOn: string;
    closedAt: Date | null;
    decidedAt: Date | null;
    contact: { name: string | null; email: string | null; phone: string | null };
    contactRemovedAt: Date | null;
  };
  kind: { code: string; name: string; budgetRequest: boolean };
  category: {
    code: string;
    name: string;
    nextSteps: string;
    handlingDays: number;
    dayType: 'working' | 'calendar';
  };
  area: { code: string; name: string; kind: string; wijkCode: string | null };
  owner: { organisationId: string; organisationName: string; since: Date };
  ownerPerson: { id: string; name: string } | null;
  /** Every status change in order (the received one first). */
  statuses: Array<{ id: string; status: ItemStatus; at: Date; text: string | null }>;
}

const urn = (m: string, ...parts: string[]) => `urn:wijkwerk:${m.toLowerCase()}:${parts.join(':')}`;

/** A stable UUID for things we keep no row of (roles, results, objects): derived from the item. */
export function derivedUuid(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('|')).digest('hex');
  const variant = ((Number.parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const dayIn = (instant: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);

/**
 * doorlooptijd is an ISO 8601 duration in calendar days. For working days it is the longest
 * stretch the norm can take without holidays (every 5 working days bring a weekend); the exact
 * date of each zaak is uiterlijkeEinddatumAfdoening.
 */
export function doorlooptijd(days: number, dayType: 'working' | 'calendar'): string {
  return `P${dayType === 'calendar' ? days : days + 2 * Math.ceil(days / 5)}D`;
}

const truncate = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function toZgwZaak(f: ZgwFacts) {
  const m = f.municipality.code;
  const base = f.publicUrl.replace(/\/+$/, '');
  const zaakUrl = `${base}/api/v1/initiatives/items/${f.item.id}/zgw-zaak`;
  const zaaktypeUrn = urn(m, 'zaaktype', f.category.code);
  const statustypeUrn = (t: ZgwStatusType) => urn(m, 'zaaktype', f.category.code, 'statustype', t.code);
  const resultaattypeUrn = (t: ZgwResultType) => urn(m, 'zaaktype', f.category.code, 'resultaattype', t.code);
  const roltypeUrn = (code: 'initiator' | 'behandelaar') =>
    urn(m, 'zaaktype', f.category.code, 'roltype', code);
  const point =
    f.item.lon !== null && f.item.lat !== null
      ? { type: 'Point' as const, coordinates: [f.item.lon, f.item.lat] }
      : null;
  const budgetKind = f.kind.budgetRequest;

  const statussen = f.statuses.map((s) => {
    const type = statusTypes[s.status];
    return {
      url: `urn:uuid:${s.id}`,
      uuid: s.id,
      zaak: zaakUrl,
      statustype: statustypeUrn(type),
      datumStatusGezet: s.at.toISOString(),
      statustoelichting: truncate(s.text ?? '', 1000),
      _expand: { statustype: { url: statustypeUrn(type), ...withoutCode(type), zaaktype: zaaktypeUrn } },
    };
  });
  const current = statussen[statussen.length - 1] ?? null;

  const resultType =
    f.item.status === 'cancelled'
      ? resultTypes.cancelled
      : f.item.decision
        ? resultTypes[f.item.decision]
        : null;
  const resultaatUuid = derivedUuid(f.item.id, 'resultaat', resultType?.code ?? '');
  const resultaat = resultType
    ? {
        url: `urn:uuid:${resultaatUuid}`,
        uuid: resultaatUuid,
        zaak: zaakUrl,
        resultaattype: resultaattypeUrn(resultType),
        toelichting: truncate(f.item.answer ?? '', 1000),
        _expand: {
          resultaattype: {
            url: resultaattypeUrn(resultType),
            omschrijving: resultType.omschrijving,
            omschrijvingGeneriek: resultType.omschrijvingGeneriek,
            archiefnominatie: resultType.archiefnominatie,
            archiefactietermijn: budgetKind ? 'P7Y' : 'P1Y',
            brondatumArchiefprocedure: { afleidingswijze: 'afgehandeld' },
            zaaktype: zaaktypeUrn,
          },
        },
      }
    : null;

  const removed = f.item.contactRemovedAt !== null;
  const name = f.item.contact.name ?? '';
  const initiatorUuid = derivedUuid(f.item.id, 'rol', 'initiator');
  const initiator = {
    url: `urn:uuid:${initiatorUuid}`,
    uuid: initiatorUuid,
    zaak: zaakUrl,
    betrokkene: '',
    betrokkeneType: 'natuurlijk_persoon',
    roltype: roltypeUrn('initiator'),
    omschrijving: 'Melder',
    omschrijvingGeneriek: 'initiator',
    roltoelichting: removed
      ? 'Contactgegevens verwijderd na de bewaartermijn'
      : name || f.item.contact.email || f.item.contact.phone
        ? `Melder via ${channelNames[f.item.channel]}`
        : `Anonieme melder via ${channelNames[f.item.channel]}`,
    registratiedatum: f.item.receivedAt.toISOString(),
    indicatieMachtiging: '',
    // No BSN: residents report without DigiD; the name is as they typed it.
    betrokkeneIdentificatie: {
      inpBsn: '',
      anpIdentificatie: '',
      geslachtsnaam: truncate(name, 200),
      voornamen: '',
    },
    contactpersoonRol: {
      emailadres: f.item.contact.email ?? '',
      telefoonnummer: f.item.contact.phone ?? '',
      naam: truncate(name, 200),
      functie: '',
    },
  };
  const ownerUuid = derivedUuid(f.item.id, 'rol', 'behandelaar', f.owner.organisationId);
  const rollen: Array<Record<string, unknown>> = [
    initiator,
    {
      url: `urn:uuid:${ownerUuid}`,
      uuid: ownerUuid,
      zaak: zaakUrl,
      betrokkene: '',
      betrokkeneType: 'organisatorische_eenheid',
      roltype: roltypeUrn('behandelaar'),
      omschrijving: 'Behandelende afdeling',
      omschrijvingGeneriek: 'behandelaar',
      roltoelichting: 'Verantwoordelijk voor de afhandeling',
      registratiedatum: f.owner.since.toISOString(),
      indicatieMachtiging: '',
      betrokkeneIdentificatie: {
        identificatie: f.owner.organisationId,
        naam: truncate(f.owner.organisationName, 50),
        isGehuisvestIn: '',
      },
    },
  ];
  if (f.ownerPerson) {
    const personUuid = derivedUuid(f.item.id, 'rol', 'behandelaar', f.ownerPerson.id);
    rollen.push({
      url: `urn:uuid:${personUuid}`,
      uuid: personUuid,
      zaak: zaakUrl,
      betrokkene: '',
      betrokkeneType: 'medewerker',
      roltype: roltypeUrn('behandelaar'),
      omschrijving: 'Behandelaar',
      omschrijvingGeneriek: 'behandelaar',
      roltoelichting: `Medewerker van ${f.owner.organisationName}`,
      registratiedatum: f.owner.since.toISOString(),
      indicatieMachtiging: '',
      betrokkeneIdentificatie: {
        identificatie: f.ownerPerson.id,
        achternaam: truncate(f.ownerPerson.name, 200),
        voorletters: '',
        voorvoegselAchternaam: '',
      },
    });
  }

  const buurtUuid = derivedUuid(f.item.id, 'zaakobject', f.area.code);
  // CBS codes split as in the RGBZ: BU + gemeente (4) + wijk (2) + buurt (2); WK + gemeente + wijk.
  const cbs = f.area.code.match(/^(BU|WK)(\d{4})(\d{2})(\d{2})?$/);
  const gemeente = cbs?.[2] ?? m.replace(/^GM/, '');
  const zaakobjecten: Array<Record<string, unknown>> = [
    {
      url: `urn:uuid:${buurtUuid}`,
      uuid: buurtUuid,
      zaak: zaakUrl,
      object: '',
      objectType: f.area.kind === 'buurt' ? 'buurt' : 'wijk',
      relatieomschrijving: `${f.area.kind === 'buurt' ? 'Buurt' : 'Wijk'} van de melding (${f.area.code})`,
      objectIdentificatie:
        f.area.kind === 'buurt'
          ? {
              buurtCode: cbs?.[4] ?? f.area.code,
              buurtNaam: f.area.name,
              gemGemeenteCode: gemeente,
              wykWijkCode: cbs?.[3] ?? f.area.wijkCode ?? '',
            }
          : { wijkCode: cbs?.[3] ?? f.area.code, wijkNaam: f.area.name, gemGemeenteCode: gemeente },
    },
  ];
  if (point) {
    const placeUuid = derivedUuid(f.item.id, 'zaakobject', 'locatie');
    zaakobjecten.push({
      url: `urn:uuid:${placeUuid}`,
      uuid: placeUuid,
      zaak: zaakUrl,
      object: '',
      objectType: 'overige',
      objectTypeOverige: 'locatie',
      relatieomschrijving: 'Plek van de melding',
      objectIdentificatie: { overigeData: { geometrie: point, adres: f.item.address ?? '' } },
    });
  }

  const closed = f.item.status === 'done' || f.item.status === 'cancelled';
  const zaak = {
    url: zaakUrl,
    uuid: f.item.id,
    identificatie: f.item.reference,
    bronorganisatie: f.municipality.rsin,
    verantwoordelijkeOrganisatie: f.municipality.rsin,
    omschrijving: truncate(f.item.title, 80),
    toelichting: truncate(f.item.description, 1000),
    zaaktype: zaaktypeUrn,
    registratiedatum: dayIn(f.item.createdAt),
    startdatum: dayIn(f.item.receivedAt),
    einddatumGepland: f.item.deadlineOn,
    uiterlijkeEinddatumAfdoening: f.item.deadlineOn,
    einddatum: closed ? dayIn(f.item.closedAt ?? f.item.decidedAt ?? f.item.receivedAt) : null,
    publicatiedatum: null,
    communicatiekanaalNaam: channelNames[f.item.channel],
    vertrouwelijkheidaanduiding: 'zaakvertrouwelijk',
    betalingsindicatie: budgetKind ? '' : 'nvt',
    zaakgeometrie: point,
    opschorting: {
      indicatie: f.item.status === 'awaiting_resident',
      reden: f.item.status === 'awaiting_resident' ? 'Wacht op antwoord van de melder' : '',
    },
    verlenging: null,
    kenmerken: [{ kenmerk: f.item.id, bron: 'Wijkwerk' }],
    archiefnominatie: closed && resultType ? resultType.archiefnominatie : null,
    archiefstatus: 'nog_te_archiveren',
    archiefactiedatum: null,
    status: current?.url ?? null,
    resultaat: resultaat?.url ?? null,
    rollen: rollen.map((r) => r.url as string),
    zaakobjecten: zaakobjecten.map((o) => o.url as string),
    _expand: {
      zaaktype: {
        url: zaaktypeUrn,
        identificatie: f.category.code,
        omschrijving: f.category.name,
        omschrijvingGeneriek: f.kind.name,
        onderwerp: f.category.name,
        doel: f.category.nextSteps,
        aanleiding: `${f.kind.name} van een inwoner`,
        indicatieInternOfExtern: 'extern',
        handelingInitiator: handelingInitiator[f.kind.code] ?? 'Melden',
        handelingBehandelaar: 'Behandelen',
        doorlooptijd: doorlooptijd(f.category.handlingDays, f.category.dayType),
        servicenorm: doorlooptijd(f.category.handlingDays, f.category.dayType),
        opschortingEnAanhoudingMogelijk: true,
        verlengingMogelijk: false,
        publicatieIndicatie: false,
        vertrouwelijkheidaanduiding: 'zaakvertrouwelijk',
        statustypen: [...new Set(Object.values(statusTypes).map(statustypeUrn))],
        resultaattypen: Object.values(resultTypes).map(resultaattypeUrn),
        roltypen: [roltypeUrn('initiator'), roltypeUrn('behandelaar')],
      },
    },
  };
  return { mappingVersion: zgwMappingVersion, zaak, statussen, rollen, zaakobjecten, resultaat };
}

export type ZgwZaakExport = ReturnType<typeof toZgwZaak>;

function withoutCode(t: ZgwStatusType) {
  const { code: _, ...rest } = t;
  return rest;
}
