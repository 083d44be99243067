import type { FieldError } from '../../../core/errors.ts';
import {
  type AccessibilityFeature,
  type AssetContent,
  type AssetKind,
  type ContactType,
  contactTypes,
  type Formality,
  type LocationType,
} from '../../../modules/social-map/asset.ts';
import type { CreateAssetInput } from '../../../modules/social-map/asset-input.ts';
import { isInSeries } from '../../../modules/social-map/schedule/expand-schedule.ts';
import {
  daysFromCivil,
  formatLocalDate,
  parseLocalDate,
  parseLocalDateTime,
  weekdayOfDays,
} from '../../../modules/social-map/schedule/local-time.ts';
import { parseRrule, WEEKDAYS } from '../../../modules/social-map/schedule/rrule.ts';
import type { Schedule } from '../../../modules/social-map/schedule/schedule.ts';

// The asset form in plain fields (what a resident can fill in without JavaScript) and its
// translation to and from the services' input. Field errors of the services (paths like
// 'address.street' or 'schedules.0.rrule') are mapped back to the form field they belong to.

/** What a form holds: one string per field, a list for checkbox groups. */
export type AssetFormValues = Record<string, string | string[]>;

/** Languages a resident can tick (ISO 639-1); the most spoken in Dutch neighbourhoods. */
export const formLanguages = [
  'nl',
  'en',
  'ar',
  'tr',
  'pl',
  'uk',
  'fr',
  'de',
  'es',
  'so',
  'ti',
  'zh',
] as const;

export const repeatChoices = ['none', 'weekly', 'biweekly', 'monthly'] as const;
export type RepeatChoice = (typeof repeatChoices)[number];

/** Form fields that are checkbox groups (several values). */
export const listFields = ['themes', 'targetGroups', 'languages', 'accessibility'] as const;

/** Every single-value field of the asset form, in the order of the form. */
export const textFields = [
  'kind',
  'title',
  'summary',
  'description',
  'formality',
  'locationType',
  'street',
  'postalCode',
  'city',
  'point',
  'areaCode',
  'onlineUrl',
  'scheduleDate',
  'scheduleStartTime',
  'scheduleEndTime',
  'scheduleRepeat',
  'scheduleUntil',
  'scheduleExceptions',
  'scheduleNote',
  'costFree',
  'costText',
  'contactEmail',
  'contactPhone',
  'contactWebsite',
  'contactWhatsapp',
  'contactSocial',
  'validFrom',
  'validUntil',
] as const;

const contactFieldOf: Record<ContactType, string> = {
  email: 'contactEmail',
  phone: 'contactPhone',
  website: 'contactWebsite',
  whatsapp: 'contactWhatsapp',
  social: 'contactSocial',
};

/** The asset fields of a posted form (other fields, like the CSRF token, are left out). */
export function readAssetForm(form: FormData, extra: readonly string[] = []): AssetFormValues {
  const out: AssetFormValues = {};
  for (const name of [...textFields, ...extra]) {
    const v = form.get(name);
    if (typeof v === 'string') out[name] = v;
  }
  for (const name of listFields)
    out[name] = form.getAll(name).filter((v): v is string => typeof v === 'string');
  return out;
}

export function one(values: AssetFormValues, name: string): string {
  const v = values[name];
  return typeof v === 'string' ? v.trim() : '';
}

export function many(values: AssetFormValues, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : [];
}

export interface ScheduleFields {
  date: string;
  startTime: string;
  endTime: string;
  repeat: string;
  until: string;
  exceptions: string;
}

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

function normaliseTime(text: string): string | null {
  const m = TIME.exec(text.trim());
  return m ? `${(m[1] ?? '').padStart(2, '0')}:${m[2]}` : null;
}

/** Dates typed as 2026-03-28 or 28-03-2026 (the Dutch order); null when not a real date. */
export function normaliseDate(text: string): string | null {
  const t = text.trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const iso = dutch ? `${dutch[3]}-${dutch[2]?.padStart(2, '0')}-${dutch[1]?.padStart(2, '0')}` : t;
  return parseLocalDate(iso) === null ? null : iso;
}

/**
 * When an activity takes place, from plain fields: a date, start and end time, a repetition
 * (weekly, every two weeks, monthly on the same nth weekday), an end date and dates it skips.
 * No date: no schedule. Errors name the form field.
 */
export function scheduleFromFields(f: ScheduleFields): { schedule: Schedule | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const filled = [f.date, f.startTime, f.endTime, f.until, f.exceptions].some((v) => v.trim() !== '');
  const repeat = (repeatChoices as readonly string[]).includes(f.repeat) ? (f.repeat as RepeatChoice) : null;
  if (!filled && (repeat === null || repeat === 'none')) return { schedule: null, errors };
  if (repeat === null) errors.push({ field: 'scheduleRepeat', key: 'validation.choice' });
  const date = f.date.trim() ? normaliseDate(f.date) : null;
  if (!f.date.trim()) errors.push({ field: 'scheduleDate', key: 'validation.required' });
  else if (!date) errors.push({ field: 'scheduleDate', key: 'validation.localDate' });
  const start = f.startTime.trim() ? normaliseTime(f.startTime) : null;
  if (!f.startTime.trim()) errors.push({ field: 'scheduleStartTime', key: 'validation.required' });
  else if (!start) errors.push({ field: 'scheduleStartTime', key: 'sm.contribute.error.time' });
  const end = f.endTime.trim() ? normaliseTime(f.endTime) : null;
  if (!f.endTime.trim()) errors.push({ field: 'scheduleEndTime', key: 'validation.required' });
  else if (!end) errors.push({ field: 'scheduleEndTime', key: 'sm.contribute.error.time' });
  else if (start && end <= start)
    errors.push({ field: 'scheduleEndTime', key: 'sm.contribute.error.endBeforeStart' });
  const until = f.until.trim() ? normaliseDate(f.until) : null;
  if (f.until.trim() && !until) errors.push({ field: 'scheduleUntil', key: 'validation.localDate' });
  else if (until && date && until < date)
    errors.push({ field: 'scheduleUntil', key: 'sm.contribute.error.untilBeforeStart' });
  else if (until && repeat === 'none')
    errors.push({ field: 'scheduleUntil', key: 'sm.contribute.error.untilWithoutRepeat' });
  const exceptionTexts = f.exceptions
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (exceptionTexts.length > 100)
    errors.push({ field: 'scheduleExceptions', key: 'sm.contribute.error.tooManyExceptions' });
  const exceptions = exceptionTexts.map(normaliseDate);
  if (exceptions.some((d) => d === null))
    errors.push({ field: 'scheduleExceptions', key: 'validation.localDate' });
  else if (exceptions.length > 0 && repeat === 'none')
    errors.push({ field: 'scheduleExceptions', key: 'sm.contribute.error.exceptionsWithoutRepeat' });
  if (errors.length > 0 || !date || !start || !end || !repeat) return { schedule: null, errors };

  const startAt = `${date}T${start}`;
  const durationMinutes = minutesOf(end) - minutesOf(start);
  const schedule: Schedule = { start: startAt, durationMinutes };
  if (repeat !== 'none') {
    schedule.rrule = rruleFor(repeat, date, until, start);
    const exdates = (exceptions as string[]).map((d) => `${d}T${start}`);
    if (exdates.length > 0) schedule.exdates = exdates;
    const stray = exdates.findIndex((x) => !isInSeries(schedule, x));
    if (stray >= 0) {
      errors.push({
        field: 'scheduleExceptions',
        key: 'sm.contribute.error.exceptionNotInSeries',
        params: { date: exceptionTexts[stray] ?? '' },
      });
      return { schedule: null, errors };
    }
  }
  return { schedule, errors };
}

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function weekdayOf(date: string): { weekday: number; nth: number } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = weekdayOfDays(daysFromCivil(y, m, d));
  // The 5th such weekday of a month is its last one: "every last Friday" is what people mean.
  const nth = Math.ceil(d / 7);
  return { weekday, nth: nth === 5 ? -1 : nth };
}

function rruleFor(repeat: Exclude<RepeatChoice, 'none'>, date: string, until: string | null, time: string) {
  const { weekday, nth } = weekdayOf(date);
  const day = WEEKDAYS[weekday];
  const parts =
    repeat === 'monthly'
      ? ['FREQ=MONTHLY', `BYDAY=${nth}${day}`]
      : ['FREQ=WEEKLY', ...(repeat === 'biweekly' ? ['INTERVAL=2'] : []), `BYDAY=${day}`];
  // A floating (wall-clock) end, like the start: the last occurrence on that day still counts.
  if (until) parts.push(`UNTIL=${until.replaceAll('-', '')}T${time.replace(':', '')}00`);
  return parts.join(';');
}

/** The plain fields of a schedule the form can show; null when it is more than the form can say. */
export function fieldsFromSchedule(s: Schedule): ScheduleFields | null {
  if (s.allDay || s.overrides?.length) return null;
  const startMs = parseLocalDateTime(s.start);
  if (startMs === null) return null;
  const date = s.start.slice(0, 10);
  const startTime = s.start.slice(11, 16);
  const endMinutes = minutesOf(startTime) + s.durationMinutes;
  if (endMinutes >= 24 * 60) return null;
  const endTime = `${String(Math.floor(endMinutes / 60)).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}`;
  let repeat: RepeatChoice = 'none';
  let until = '';
  if (s.rrule) {
    const parsed = parseRrule(s.rrule);
    if (!parsed.ok) return null;
    const r = parsed.rule;
    const { weekday, nth } = weekdayOf(date);
    const simple = !r.count && !r.byMonth && !r.byMonthDay && !r.byYearDay && !r.byWeekNo && !r.bySetPos;
    const byDay = r.byDay?.length === 1 ? r.byDay[0] : undefined;
    if (!simple || !byDay || byDay.weekday !== weekday) return null;
    if (r.freq === 'WEEKLY' && byDay.nth === 0 && (r.interval === 1 || r.interval === 2))
      repeat = r.interval === 1 ? 'weekly' : 'biweekly';
    else if (r.freq === 'MONTHLY' && r.interval === 1 && byDay.nth === nth) repeat = 'monthly';
    else return null;
    if (r.until) until = formatLocalDate(r.until.kind === 'utc' ? r.until.ms : r.until.localMs);
  }
  const exceptions = (s.exdates ?? []).map((x) => x.slice(0, 10)).join('\n');
  return { date, startTime, endTime, repeat, until, exceptions };
}

/**
 * The services' input from the form, plus the problems only the form can see (a time that is
 * not a time, a schedule that makes no sense). `contactFields[i]` is the form field of contact i.
 */
export function assetInputFromForm(v: AssetFormValues): {
  input: CreateAssetInput & { kind: AssetKind };
  errors: FieldError[];
  contactFields: string[];
} {
  const errors: FieldError[] = [];
  const locationType = one(v, 'locationType') as LocationType;
  const orNull = (name: string) => one(v, name) || null;

  let address: CreateAssetInput['address'] = null;
  if (locationType === 'address') {
    const street = one(v, 'street');
    const postalCode = one(v, 'postalCode');
    const city = one(v, 'city');
    for (const [name, value] of [
      ['street', street],
      ['postalCode', postalCode],
      ['city', city],
    ] as const)
      if (!value) errors.push({ field: name, key: 'validation.required' });
    address = { street, postalCode, city };
  }
  let point: CreateAssetInput['point'] = null;
  const pointText = one(v, 'point');
  if (pointText && (locationType === 'address' || locationType === 'area')) {
    const m = /^(-?\d{1,2}(?:[.]\d+)?)\s*[,;]\s*(-?\d{1,3}(?:[.]\d+)?)$/.exec(pointText);
    if (m) point = { lat: Number(m[1]), lon: Number(m[2]) };
    else errors.push({ field: 'point', key: 'sm.contribute.error.point' });
  }
  if (locationType === 'area' && !one(v, 'areaCode'))
    errors.push({ field: 'areaCode', key: 'validation.required' });

  const { schedule, errors: scheduleErrors } = scheduleFromFields({
    date: one(v, 'scheduleDate'),
    startTime: one(v, 'scheduleStartTime'),
    endTime: one(v, 'scheduleEndTime'),
    repeat: one(v, 'scheduleRepeat') || 'none',
    until: one(v, 'scheduleUntil'),
    exceptions: one(v, 'scheduleExceptions'),
  });
  errors.push(...scheduleErrors);

  const contact: Array<{ type: ContactType; value: string }> = [];
  const contactFields: string[] = [];
  for (const type of contactTypes) {
    const value = one(v, contactFieldOf[type]);
    if (value) {
      contact.push({ type, value });
      contactFields.push(contactFieldOf[type]);
    }
  }

  const date = (name: string) => {
    const text = one(v, name);
    if (!text) return null;
    const d = normaliseDate(text);
    if (!d) errors.push({ field: name, key: 'socialMap.validation.date' });
    return d;
  };
  const costFree = one(v, 'costFree') !== 'no';
  const input: CreateAssetInput & { kind: AssetKind } = {
    kind: one(v, 'kind') as AssetKind,
    title: one(v, 'title'),
    summary: one(v, 'summary'),
    description: one(v, 'description'),
    formality: (one(v, 'formality') || 'informal') as Formality,
    themes: many(v, 'themes'),
    targetGroups: many(v, 'targetGroups'),
    locationType,
    address,
    point,
    areaCode: orNull('areaCode'),
    onlineUrl: locationType === 'online' ? orNull('onlineUrl') : null,
    schedules: schedule ? [schedule] : [],
    scheduleNote: orNull('scheduleNote'),
    costFree,
    costText: costFree ? null : orNull('costText'),
    languages: many(v, 'languages'),
    accessibility: many(v, 'accessibility') as AccessibilityFeature[],
    contact,
    validFrom: date('validFrom'),
    validUntil: date('validUntil'),
  };
  return { input, errors, contactFields };
}

/** The form field a service error is about ('address.street' → 'street', 'themes.2' → 'themes'). */
export function formFieldOf(path: string, contactFields: readonly string[]): string {
  const [head = '', second, third] = path.split('.');
  switch (head) {
    case 'address':
      return second ?? 'street';
    case 'point':
      return 'point';
    case 'contact':
      return contactFields[Number(second)] ?? 'contactEmail';
    case 'schedules':
      if (third === 'durationMinutes') return 'scheduleEndTime';
      if (third === 'rrule') return 'scheduleRepeat';
      if (third === 'exdates') return 'scheduleExceptions';
      return 'scheduleDate';
    case 'themes':
    case 'targetGroups':
    case 'languages':
    case 'accessibility':
    case 'abcdCategories':
      return head;
    default:
      return head;
  }
}

/** The form's values for an existing item (for an edit form). */
export function formValuesFromContent(c: AssetContent, areaCode: string): AssetFormValues {
  const schedule = c.schedules.length === 1 && c.schedules[0] ? fieldsFromSchedule(c.schedules[0]) : null;
  const contact = (type: ContactType) => c.contact.find((x) => x.type === type)?.value ?? '';
  return {
    kind: c.kind,
    title: c.title,
    summary: c.summary,
    description: c.description,
    formality: c.formality,
    locationType: c.locationType,
    street: c.address?.street ?? '',
    postalCode: c.address?.postalCode ?? '',
    city: c.address?.city ?? '',
    point: c.point ? `${c.point.lat}, ${c.point.lon}` : '',
    areaCode,
    onlineUrl: c.onlineUrl ?? '',
    scheduleDate: schedule?.date ?? '',
    scheduleStartTime: schedule?.startTime ?? '',
    scheduleEndTime: schedule?.endTime ?? '',
    scheduleRepeat: schedule?.repeat ?? 'none',
    scheduleUntil: schedule?.until ?? '',
    scheduleExceptions: schedule?.exceptions ?? '',
    scheduleNote: c.scheduleNote ?? '',
    costFree: c.costFree ? 'yes' : 'no',
    costText: c.costText ?? '',
    contactEmail: contact('email'),
    contactPhone: contact('phone'),
    contactWebsite: contact('website'),
    contactWhatsapp: contact('whatsapp'),
    contactSocial: contact('social'),
    validFrom: c.validFrom ?? '',
    validUntil: c.validUntil ?? '',
    themes: c.themes,
    targetGroups: c.targetGroups,
    languages: c.languages,
    accessibility: c.accessibility,
  };
}
