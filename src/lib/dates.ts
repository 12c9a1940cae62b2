/**
 * Dates as Vietnamese readers write them. Content stores calendar dates as YYYY-MM-DD strings,
 * so no time zone can shift a day; instants (git commits, feeds) are shown in Asia/Ho_Chi_Minh.
 */

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Whether a YYYY-MM-DD string names a day that exists. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Splits a valid YYYY-MM-DD string into numbers. */
export function dateParts(value: string): { year: number; month: number; day: number } {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** "ngày 21 tháng 4 năm 1998", the form used on Vietnamese official documents. */
export function formatDateVi(value: string): string {
  const { year, month, day } = dateParts(value);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** "21/4/1998", for lists and cards where space is short. */
export function formatDateShortVi(value: string): string {
  const { year, month, day } = dateParts(value);
  return `${day}/${month}/${year}`;
}

/** The calendar date of an instant in Vietnam, as YYYY-MM-DD. */
export function dateInVietnam(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
  return parts;
}

/** Year of a YYYY-MM-DD string, or null when the date is unknown. */
export function yearOf(value: string | null | undefined): number | null {
  return value ? dateParts(value).year : null;
}

/** Compares YYYY-MM-DD strings newest first; unknown dates go last. */
export function compareDatesDesc(a: string | null | undefined, b: string | null | undefined): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? 1 : -1;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

// Vietnam has kept UTC+7 without daylight saving since 1975, so a day starts at +07:00 for every
// date the site publishes on.

/** "2026-11-21T00:00:00+07:00": the start of a calendar day in Vietnam, for JSON-LD. */
export function startOfDayInVietnam(value: string): string {
  return `${value}T00:00:00+07:00`;
}

/** "Sat, 21 Nov 2026 00:00:00 +0700": the start of a calendar day in Vietnam, as RSS writes dates (RFC 822). */
export function rfc822StartOfDayInVietnam(value: string): string {
  const { year, month, day } = dateParts(value);
  // The weekday of a calendar date does not depend on the zone; UTC is used only to compute it.
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
  return `${weekday}, ${String(day).padStart(2, '0')} ${MONTHS[month - 1]} ${year} 00:00:00 +0700`;
}
