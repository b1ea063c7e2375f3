// The market's calendar day. Ticket numbers, ledgers and posting validity are
// counted in the market's local time (Asia/Shanghai), never in the terminal's
// or the server's zone, so a terminal set to UTC still starts numbering at
// local midnight.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** `YYYY-MM-DD` of the instant in the given zone. */
export function localDay(millis: number, timeZone = 'Asia/Shanghai'): string {
  const parts = formatterFor(timeZone).formatToParts(new Date(millis));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The day `n` days after `day` (negative for before), on the calendar. */
export function addDays(day: string, n: number): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over to March; a round trip catches it.
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== day) {
    throw new Error(`日期无效 / invalid day: ${day}`);
  }
  return new Date(t + n * 86_400_000).toISOString().slice(0, 10);
}
