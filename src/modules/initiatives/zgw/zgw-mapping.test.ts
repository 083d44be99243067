import { describe, expect, it } from 'vitest';
import { derivedUuid, doorlooptijd, statusTypes, toZgwZaak, type ZgwFacts } from './zgw-mapping.ts';

// The item → zaak mapping of docs/zgw-mapping.md, without a database.

const facts = (over: Partial<ZgwFacts['item']> = {}): ZgwFacts => ({
  publicUrl: 'https://voorbeeld.example/',
  municipality: { code: 'GM9999', name: 'Voorbeeld', rsin: '123456782' },
  item: {
    id: '6f1c1e8e-2b7a-4d7e-9d0e-0c4b8f3b2a11',
    reference: 'M-2026-000042',
    title: 'Bankje bij de speeltuin',
    description: 'Kunnen er bankjes bij de speeltuin komen?',
    status: 'received',
    decision: null,
    answer: null,
    channel: 'phone',
    lon: null,
    lat: null,
    address: null,
    receivedAt: new Date('2026-12-05T22:30:00Z'),
    createdAt: new Date('2026-12-05T22:30:00Z'),
    deadlineOn: '2026-12-10',
    closedAt: null,
    decidedAt: null,
    contact: { name: null, email: null, phone: null },
    contactRemovedAt: null,
    ...over,
  },
  kind: { code: 'idea', name: 'Idee', budgetRequest: false },
  category: {
    code: 'klein-idee',
    name: 'Klein idee',
    nextSteps: 'Binnen 3 werkdagen een besluit.',
    handlingDays: 3,
    dayType: 'working',
  },
  area: { code: 'WK999902', name: 'Noordoost', kind: 'wijk', wijkCode: null },
  owner: {
    organisationId: 'org-1',
    organisationName: 'Team Wijkzaken',
    since: new Date('2026-12-05T22:30:00Z'),
  },
  ownerPerson: null,
  statuses: [
    {
      id: 'a0000000-0000-4000-8000-000000000001',
      status: 'received',
      at: new Date('2026-12-05T22:30:00Z'),
      text: null,
    },
  ],
});

describe('toZgwZaak', () => {
  it('dates are Amsterdam dates: a late-evening report starts the next day', () => {
    const { zaak } = toZgwZaak(facts());
    expect(zaak.startdatum).toBe('2026-12-05');
    expect(toZgwZaak(facts({ receivedAt: new Date('2026-12-05T23:30:00Z') })).zaak.startdatum).toBe(
      '2026-12-06',
    );
    expect(zaak.bronorganisatie).toBe('123456782');
    expect(zaak.url).toBe(
      'https://voorbeeld.example/api/v1/initiatives/items/6f1c1e8e-2b7a-4d7e-9d0e-0c4b8f3b2a11/zgw-zaak',
    );
  });

  it('without a point: no zaakgeometrie and only the area as zaakobject', () => {
    const z = toZgwZaak(facts());
    expect(z.zaak.zaakgeometrie).toBeNull();
    expect(z.zaakobjecten).toHaveLength(1);
    expect(z.zaakobjecten[0]).toMatchObject({
      objectType: 'wijk',
      objectIdentificatie: { wijkCode: '02', wijkNaam: 'Noordoost', gemGemeenteCode: '9999' },
    });
  });

  it('an anonymous resident is still the initiator; removed contact details say so', () => {
    expect(toZgwZaak(facts()).rollen[0]).toMatchObject({
      omschrijvingGeneriek: 'initiator',
      roltoelichting: 'Anonieme melder via Telefoon',
    });
    const removed = toZgwZaak(facts({ contactRemovedAt: new Date() })).rollen[0];
    expect(removed?.roltoelichting).toBe('Contactgegevens verwijderd na de bewaartermijn');
  });

  it('cancelled: eindstatus with the result Geannuleerd', () => {
    const z = toZgwZaak({
      ...facts({ status: 'cancelled', closedAt: new Date('2026-12-07T09:00:00Z') }),
      statuses: [
        { id: 'a0000000-0000-4000-8000-000000000001', status: 'received', at: new Date(), text: null },
        { id: 'a0000000-0000-4000-8000-000000000002', status: 'cancelled', at: new Date(), text: 'Dubbel.' },
      ],
    });
    expect(z.resultaat?._expand.resultaattype.omschrijving).toBe('Geannuleerd');
    expect(z.statussen[1]?._expand.statustype.isEindstatus).toBe(true);
    expect(z.zaak.einddatum).toBe('2026-12-07');
  });

  it('awaiting the resident is an opschorting', () => {
    expect(toZgwZaak(facts({ status: 'awaiting_resident' })).zaak.opschorting.indicatie).toBe(true);
  });
});

describe('helpers', () => {
  it('one eindstatus, the highest volgnummer', () => {
    const ends = Object.values(statusTypes).filter((s) => s.isEindstatus);
    expect(new Set(ends.map((s) => s.code))).toEqual(new Set(['afgehandeld']));
    expect(Math.max(...Object.values(statusTypes).map((s) => s.volgnummer))).toBe(ends[0]?.volgnummer);
  });

  it('doorlooptijd in calendar days', () => {
    expect(doorlooptijd(10, 'calendar')).toBe('P10D');
    expect(doorlooptijd(3, 'working')).toBe('P5D');
    expect(doorlooptijd(5, 'working')).toBe('P7D');
    expect(doorlooptijd(10, 'working')).toBe('P14D');
  });

  it('derived ids are stable UUIDs', () => {
    const a = derivedUuid('x', 'rol', 'initiator');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivedUuid('x', 'rol', 'initiator')).toBe(a);
    expect(derivedUuid('y', 'rol', 'initiator')).not.toBe(a);
  });
});
