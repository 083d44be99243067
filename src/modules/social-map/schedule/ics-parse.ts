// The syntax layer of reading iCalendar (RFC 5545 §3.1): unfolding, content lines, parameters and
// the BEGIN/END component tree. What the properties mean is ics-import.ts's business.

export class IcsParseError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(line === undefined ? message : `${message} (line ${line})`);
    this.name = 'IcsParseError';
    this.line = line;
  }
}

export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
  line: number;
}

export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

const NAME = /^[A-Za-z0-9-]+$/;
const MAX_DEPTH = 10;

function parseContentLine(text: string, lineNumber: number): IcsProperty {
  // name *(";" param) ":" value — a colon inside a quoted parameter value does not end the params.
  let i = 0;
  while (i < text.length && text[i] !== ';' && text[i] !== ':') i++;
  const name = text.slice(0, i);
  if (!NAME.test(name)) throw new IcsParseError(`broken line "${text.slice(0, 40)}"`, lineNumber);
  const params: Record<string, string> = {};
  while (text[i] === ';') {
    const eq = text.indexOf('=', i);
    if (eq < 0) throw new IcsParseError(`broken parameter in "${text.slice(0, 40)}"`, lineNumber);
    const paramName = text.slice(i + 1, eq).toUpperCase();
    if (!NAME.test(paramName))
      throw new IcsParseError(`broken parameter in "${text.slice(0, 40)}"`, lineNumber);
    i = eq + 1;
    const values: string[] = [];
    for (;;) {
      if (text[i] === '"') {
        const close = text.indexOf('"', i + 1);
        if (close < 0) throw new IcsParseError(`unclosed quote in "${text.slice(0, 40)}"`, lineNumber);
        values.push(text.slice(i + 1, close));
        i = close + 1;
      } else {
        const start = i;
        while (i < text.length && text[i] !== ',' && text[i] !== ';' && text[i] !== ':') i++;
        values.push(text.slice(start, i));
      }
      if (text[i] !== ',') break;
      i++;
    }
    params[paramName] = values.join(',');
  }
  if (text[i] !== ':') throw new IcsParseError(`line without ":" "${text.slice(0, 40)}"`, lineNumber);
  return { name: name.toUpperCase(), params, value: text.slice(i + 1), line: lineNumber };
}

/** Content lines with folding undone, numbered by their first physical line. */
function unfold(text: string): Array<{ text: string; line: number }> {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const lines: Array<{ text: string; line: number }> = [];
  physical.forEach((raw, index) => {
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && lines.length > 0) {
      const last = lines[lines.length - 1];
      if (last) last.text += raw.slice(1);
    } else if (raw.trim() !== '') {
      lines.push({ text: raw, line: index + 1 });
    }
  });
  return lines;
}

/** The VCALENDAR components of a document; throws IcsParseError when it is not iCalendar. */
export function parseIcs(text: string): IcsComponent[] {
  const lines = unfold(text);
  const first = lines[0];
  if (first?.text.trim().toUpperCase() !== 'BEGIN:VCALENDAR') {
    throw new IcsParseError('not an iCalendar document: it does not start with BEGIN:VCALENDAR');
  }
  const calendars: IcsComponent[] = [];
  const stack: IcsComponent[] = [];
  for (const { text: lineText, line } of lines) {
    const property = parseContentLine(lineText, line);
    if (property.name === 'BEGIN') {
      const name = property.value.trim().toUpperCase();
      if (!NAME.test(name)) throw new IcsParseError(`BEGIN without a component name`, line);
      if (stack.length === 0 && name !== 'VCALENDAR')
        throw new IcsParseError(`${name} outside VCALENDAR`, line);
      if (stack.length >= MAX_DEPTH) throw new IcsParseError('components nested too deeply', line);
      const component: IcsComponent = { name, properties: [], components: [] };
      const parent = stack[stack.length - 1];
      if (parent) parent.components.push(component);
      else calendars.push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      const name = property.value.trim().toUpperCase();
      const open = stack.pop();
      if (!open || open.name !== name)
        throw new IcsParseError(`END:${name} does not close ${open ? open.name : 'anything'}`, line);
    } else {
      const current = stack[stack.length - 1];
      if (!current) throw new IcsParseError(`${property.name} outside VCALENDAR`, line);
      current.properties.push(property);
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) throw new IcsParseError(`${unclosed.name} is not closed (no END:${unclosed.name})`);
  return calendars;
}

export function property(component: IcsComponent, name: string): IcsProperty | undefined {
  return component.properties.find((p) => p.name === name);
}

export function properties(component: IcsComponent, name: string): IcsProperty[] {
  return component.properties.filter((p) => p.name === name);
}

/** A parsed DATE or DATE-TIME value. */
export type IcsTime =
  | { kind: 'date'; localMs: number }
  | { kind: 'utc'; ms: number }
  /** Wall-clock; tzid undefined means floating. */
  | { kind: 'local'; localMs: number; tzid: string | undefined };

const DATE_TIME = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/;

function validFields(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s <= 60;
}

/** One DATE or DATE-TIME value; null when it is malformed. */
export function parseIcsTime(value: string, tzid: string | undefined): IcsTime | null {
  const m = DATE_TIME.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[4] === undefined) {
    if (!validFields(y, mo, d, 0, 0, 0)) return null;
    return { kind: 'date', localMs: Date.UTC(y, mo - 1, d) };
  }
  const [h, mi, s] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (!validFields(y, mo, d, h, mi, s)) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59));
  if (m[7] === 'Z') return { kind: 'utc', ms };
  return { kind: 'local', localMs: ms, tzid };
}

const DURATION = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** DURATION in minutes (a day counted as 24 hours), or null when malformed. */
export function parseIcsDuration(value: string): number | null {
  const m = DURATION.exec(value.trim());
  if (!m || value.trim() === 'P' || value.trim().endsWith('T')) return null;
  const [weeks, days, hours, minutes, seconds] = [m[2], m[3], m[4], m[5], m[6]].map((v) =>
    Number(v ?? 0),
  ) as [number, number, number, number, number];
  const total = ((weeks * 7 + days) * 24 + hours) * 60 + minutes + Math.floor(seconds / 60);
  return m[1] === '-' ? -total : total;
}
