import type { AssetContent } from '../../../modules/social-map/asset.ts';
import type { Schedule, ScheduleOverride } from '../../../modules/social-map/schedule/schedule.ts';

// Pure: the edit form of an asset as plain strings (what the form shows and posts), to and from
// the content the services take. The services validate; this only reshapes, and hands values it
// cannot read (a latitude "abc") on unchanged so the service names the field that is wrong.

export interface ScheduleFormRow {
  start: string;
  durationMinutes: string;
  allDay: boolean;
  rrule: string;
  /** One excluded occurrence per line (EXDATE). */
  exdates: string;
  /** One-off changes, one per line: "original -> new start +minutes ; note". */
  changes: string;
}

export interface AssetFormState {
  kind: string;
  formality: string;
  title: string;
  summary: string;
  description: string;
  areaCode: string;
  /** null: the form has no organisation field (not an editor); the service keeps or derives it. */
  organisationId: string | null;
  themes: string[];
  targetGroups: string[];
  abcdCategories: string[];
  locationType: string;
  street: string;
  postalCode: string;
  city: string;
  lat: string;
  lon: string;
  onlineUrl: string;
  schedules: ScheduleFormRow[];
  scheduleNote: string;
  costFree: boolean;
  costText: string;
  languages: string;
  accessibility: string[];
  contact: Array<{ type: string; value: string }>;
  photoUrl: string;
  photoAlt: string;
  validFrom: string;
  validUntil: string;
  links: Array<{ relation: string; assetId: string }>;
  changeNote: string;
  expectedRevisionId: string;
}

export const maxScheduleRows = 20;
export const maxContactRows = 10;
export const maxLinkRows = 20;

export function emptyScheduleRow(): ScheduleFormRow {
  return { start: '', durationMinutes: '', allDay: false, rrule: '', exdates: '', changes: '' };
}

export function emptyFormState(): AssetFormState {
  return {
    kind: '',
    formality: 'informal',
    title: '',
    summary: '',
    description: '',
    areaCode: '',
    organisationId: null,
    themes: [],
    targetGroups: [],
    abcdCategories: [],
    locationType: 'area',
    street: '',
    postalCode: '',
    city: '',
    lat: '',
    lon: '',
    onlineUrl: '',
    schedules: [],
    scheduleNote: '',
    costFree: true,
    costText: '',
    languages: '',
    accessibility: [],
    contact: [],
    photoUrl: '',
    photoAlt: '',
    validFrom: '',
    validUntil: '',
    links: [],
    changeNote: '',
    expectedRevisionId: '',
  };
}

/** One override as a line of the "one-off changes" box. */
export function formatOverride(o: ScheduleOverride): string {
  const target = o.cancelled ? '' : (o.start ?? o.recurrenceId);
  const duration = !o.cancelled && o.durationMinutes !== undefined ? ` +${o.durationMinutes}` : '';
  const note = o.note ? ` ; ${o.note}` : '';
  return `${o.recurrenceId} ->${target ? ` ${target}` : ''}${duration}${note}`;
}

/**
 * A line of the "one-off changes" box as an override. Without a new start the occurrence is
 * cancelled. A line that does not fit is passed on as it is, so the service rejects it by name.
 */
export function parseOverride(line: string): ScheduleOverride {
  const [main = '', ...noteParts] = line.split(';');
  const note = noteParts.join(';').trim();
  const [original = '', target = ''] = main.split('->');
  const recurrenceId = original.trim();
  const out: ScheduleOverride = { recurrenceId };
  let start: string | undefined;
  for (const token of target.trim().split(/\s+/).filter(Boolean)) {
    if (/^\+\d+$/.test(token)) out.durationMinutes = Number(token.slice(1));
    else start = start === undefined ? token : `${start} ${token}`;
  }
  if (start === undefined && out.durationMinutes === undefined) out.cancelled = true;
  else if (start !== undefined && start !== recurrenceId) out.start = start;
  if (note) out.note = note;
  return out;
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

function scheduleRow(s: Schedule): ScheduleFormRow {
  return {
    start: s.start,
    durationMinutes: String(s.durationMinutes),
    allDay: s.allDay === true,
    rrule: s.rrule ?? '',
    exdates: (s.exdates ?? []).join('\n'),
    changes: (s.overrides ?? []).map(formatOverride).join('\n'),
  };
}

/** The form as it shows a stored item. */
export function stateFromContent(
  c: AssetContent,
  v: { areaCode: string; expectedRevisionId: string | null; withOrganisation: boolean },
): AssetFormState {
  return {
    kind: c.kind,
    formality: c.formality,
    title: c.title,
    summary: c.summary,
    description: c.description,
    areaCode: v.areaCode,
    organisationId: v.withOrganisation ? (c.ownerOrganisationId ?? '') : null,
    themes: c.themes,
    targetGroups: c.targetGroups,
    abcdCategories: c.abcdCategories,
    locationType: c.locationType,
    street: c.address?.street ?? '',
    postalCode: c.address?.postalCode ?? '',
    city: c.address?.city ?? '',
    lat: c.point ? String(c.point.lat) : '',
    lon: c.point ? String(c.point.lon) : '',
    onlineUrl: c.onlineUrl ?? '',
    schedules: c.schedules.map(scheduleRow),
    scheduleNote: c.scheduleNote ?? '',
    costFree: c.costFree,
    costText: c.costText ?? '',
    languages: c.languages.join(', '),
    accessibility: c.accessibility,
    contact: c.contact.map((x) => ({ type: x.type, value: x.value })),
    photoUrl: c.photoUrl ?? '',
    photoAlt: c.photoAlt ?? '',
    validFrom: c.validFrom ?? '',
    validUntil: c.validUntil ?? '',
    links: c.links.map((l) => ({ relation: l.relation, assetId: l.assetId })),
    changeNote: '',
    expectedRevisionId: v.expectedRevisionId ?? '',
  };
}

/** The form as posted. */
export function stateFromForm(form: FormData): AssetFormState {
  const s = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  const all = (name: string) => form.getAll(name).filter((v): v is string => typeof v === 'string');
  const rows = <T>(max: number, read: (i: number) => T, filled: (row: T) => boolean): T[] => {
    const out: T[] = [];
    for (let i = 0; i < max; i++) {
      const row = read(i);
      if (filled(row)) out.push(row);
    }
    return out;
  };
  return {
    kind: s('kind'),
    formality: s('formality'),
    title: s('title'),
    summary: s('summary'),
    description: s('description'),
    areaCode: s('areaCode'),
    organisationId: form.has('organisationId') ? s('organisationId') : null,
    themes: all('themes'),
    targetGroups: all('targetGroups'),
    abcdCategories: all('abcdCategories'),
    locationType: s('locationType'),
    street: s('address.street'),
    postalCode: s('address.postalCode'),
    city: s('address.city'),
    lat: s('point.lat'),
    lon: s('point.lon'),
    onlineUrl: s('onlineUrl'),
    schedules: rows(
      maxScheduleRows,
      (i) => ({
        start: s(`schedules.${i}.start`).trim(),
        durationMinutes: s(`schedules.${i}.durationMinutes`).trim(),
        allDay: s(`schedules.${i}.allDay`) === 'on',
        rrule: s(`schedules.${i}.rrule`).trim(),
        exdates: s(`schedules.${i}.exdates`),
        changes: s(`schedules.${i}.changes`),
      }),
      (r) => Boolean(r.start || r.durationMinutes || r.rrule || r.exdates.trim() || r.changes.trim()),
    ),
    scheduleNote: s('scheduleNote'),
    costFree: s('costFree') === 'on',
    costText: s('costText'),
    languages: s('languages'),
    accessibility: all('accessibility'),
    contact: rows(
      maxContactRows,
      (i) => ({ type: s(`contact.${i}.type`), value: s(`contact.${i}.value`).trim() }),
      (r) => r.value !== '',
    ),
    photoUrl: s('photoUrl'),
    photoAlt: s('photoAlt'),
    validFrom: s('validFrom'),
    validUntil: s('validUntil'),
    links: rows(
      maxLinkRows,
      (i) => ({ relation: s(`links.${i}.relation`), assetId: s(`links.${i}.assetId`).trim() }),
      (r) => r.assetId !== '',
    ),
    changeNote: s('changeNote'),
    expectedRevisionId: s('expectedRevisionId'),
  };
}

/** A number typed with a comma or a point; anything else is passed on for the service to refuse. */
function numberOrRaw(v: string): number | string {
  const t = v.trim().replace(',', '.');
  return t !== '' && Number.isFinite(Number(t)) ? Number(t) : v.trim();
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** The content fields for createAsset / updateAsset (which validate them). */
export function inputFromState(st: AssetFormState): Record<string, unknown> {
  const hasAddress = Boolean(st.street.trim() || st.postalCode.trim() || st.city.trim());
  const hasPoint = Boolean(st.lat.trim() || st.lon.trim());
  return {
    formality: st.formality,
    title: st.title,
    summary: st.summary,
    description: st.description,
    areaCode: orNull(st.areaCode),
    ...(st.organisationId !== null ? { organisationId: orNull(st.organisationId) } : {}),
    themes: st.themes,
    targetGroups: st.targetGroups,
    abcdCategories: st.abcdCategories,
    locationType: st.locationType,
    address: hasAddress ? { street: st.street, postalCode: st.postalCode, city: st.city } : null,
    point: hasPoint ? { lat: numberOrRaw(st.lat), lon: numberOrRaw(st.lon) } : null,
    onlineUrl: orNull(st.onlineUrl),
    schedules: st.schedules.map((r) => {
      const exdates = lines(r.exdates);
      const overrides = lines(r.changes).map(parseOverride);
      return {
        start: r.start,
        durationMinutes: numberOrRaw(r.durationMinutes),
        ...(r.allDay ? { allDay: true } : {}),
        ...(r.rrule ? { rrule: r.rrule } : {}),
        ...(exdates.length ? { exdates } : {}),
        ...(overrides.length ? { overrides } : {}),
      };
    }),
    scheduleNote: st.scheduleNote,
    costFree: st.costFree,
    costText: st.costText,
    languages: st.languages
      .split(/[,\s]+/)
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean),
    accessibility: st.accessibility,
    contact: st.contact,
    photoUrl: orNull(st.photoUrl),
    photoAlt: st.photoAlt,
    validFrom: orNull(st.validFrom),
    validUntil: orNull(st.validUntil),
    links: st.links,
    ...(st.changeNote.trim() ? { changeNote: st.changeNote } : {}),
  };
}

/**
 * The form control a service's field error belongs to (the error summary links to it): list
 * items point at their group, schedule details at their box, a link row at its id field.
 */
export function formFieldOf(field: string): string {
  const group = field.match(/^(themes|targetGroups|abcdCategories|accessibility|languages)\.\d+/);
  if (group?.[1]) return group[1];
  const sched = field.match(/^schedules\.(\d+)\.(exdates|overrides)/);
  if (sched) return `schedules.${sched[1]}.${sched[2] === 'exdates' ? 'exdates' : 'changes'}`;
  const link = field.match(/^links\.(\d+)/);
  if (link) return field.endsWith('.relation') ? field : `links.${link[1]}.assetId`;
  const contact = field.match(/^contact\.(\d+)$/);
  if (contact) return `contact.${contact[1]}.value`;
  if (field === 'address') return 'address.street';
  if (field === 'point') return 'point.lat';
  if (field === 'organisationId') return 'organisationId';
  return field;
}
