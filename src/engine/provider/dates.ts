// A service's dates: ISO 8601 text in the profile → instants (milliseconds since 1970, UTC) for
// validation (end not before start) and matching (past services are not offered). Parsed by hand, not
// with `Date.parse`, whose leniency differs between engines ("2027-3-1" parses in some, not others).
//
// Two forms only: a date (`2027-03-16`) or a date-time with seconds optional and its offset required
// (`2027-03-16T09:00Z`, `2027-03-16T09:00:00.000+01:00`). A date-time without an offset would mean the
// local time of whoever reads it, and the widget runs in every time zone. A date stands for a whole day
// in UTC: as a start it is that day's first millisecond, as an end its last.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2}))?$/;
const DAY = 24 * 60 * 60 * 1000;

interface ParsedDate {
  /** The instant it names; for a date, the first millisecond of that day in UTC. */
  instant: number;
  dateOnly: boolean;
}

function utc(year: number, month: number, day: number): number {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function parse(text: string): ParsedDate | null {
  const match = ISO.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, fraction, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return null;
  const midnight = utc(year, month, day);
  // A day past the month's end rolls over into the next month; refuse it rather than move the date.
  if (new Date(midnight).getUTCDate() !== day) return null;
  if (h === undefined) return { instant: midnight, dateOnly: true };
  const hours = Number(h);
  const minutes = Number(mi);
  const seconds = s === undefined ? 0 : Number(s);
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  // Whole milliseconds from the digits themselves (0.29 × 1000 is 289.99… in floating point).
  const milliseconds = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  let offsetMinutes = 0;
  if (offset !== 'Z') {
    const offsetHours = Number(offset!.slice(1, 3));
    const offsetRest = Number(offset!.slice(4, 6));
    if (offsetHours > 23 || offsetRest > 59) return null;
    offsetMinutes = (offset!.startsWith('-') ? -1 : 1) * (offsetHours * 60 + offsetRest);
  }
  const local = midnight + ((hours * 60 + minutes - offsetMinutes) * 60 + seconds) * 1000 + milliseconds;
  return { instant: local, dateOnly: false };
}

/** Whether `text` is one of the two accepted forms and names a real day and time. */
export function isServiceDate(text: string): boolean {
  return parse(text) !== null;
}

/** When something starting at `text` starts; null when `text` is not an accepted date. */
export function startInstant(text: string): number | null {
  return parse(text)?.instant ?? null;
}

/** The last millisecond of something ending at `text`: a date's last millisecond, or the date-time itself. */
export function endInstant(text: string): number | null {
  const parsed = parse(text);
  if (!parsed) return null;
  return parsed.dateOnly ? parsed.instant + DAY - 1 : parsed.instant;
}
