// Tickets and events for the queue tests: deterministic ids and HLC stamps
// from plain millisecond times.
import { formatStamp, type HlcStamp } from '../../../../domain/clock/hlc';
import { uuidv7 } from '../../../../domain/ids/uuidv7';
import type { Priority, Ticket, TicketEvent, TicketEventType } from '../../../../domain/records/queue';
import { formatDisplayNumber } from '../../../../domain/queue/numbering';

/** 2026-11-26 09:00 in Chongqing. */
export const T0 = Date.parse('2026-11-26T01:00:00.000Z');
export const DAY = '2026-11-26';
export const MIN = 60_000;

let counter = 0;
/** A fresh UUIDv7 at `ms`, unique within the test run. */
export function idAt(ms: number): string {
  counter += 1;
  const n = counter;
  return uuidv7(ms, (len) =>
    Uint8Array.from({ length: len }, (_, i) => (i >= 12 ? (n >> (8 * (i - 12))) & 0xff : 7 * i)),
  );
}

export const MARKET = idAt(T0 - 1000);
export const KIOSK = idAt(T0 - 900);
export const CALLER_1 = idAt(T0 - 800);
export const CALLER_2 = idAt(T0 - 700);
export const STAFF = idAt(T0 - 600);

export function stampAt(ms: number, counterValue = 0, node = 'aaaaaaaaaaaaaaaa'): HlcStamp {
  return formatStamp({ millis: ms, counter: counterValue, node });
}

export interface TicketSpec {
  readonly lane?: string;
  readonly number?: number;
  readonly priority?: Priority;
  readonly issuedAtMs?: number;
  readonly issuedBy?: string;
  readonly day?: string;
}

export function makeTicket(spec: TicketSpec = {}): Ticket {
  const at = spec.issuedAtMs ?? T0;
  const lane = spec.lane ?? 'A';
  const number = spec.number ?? 1;
  const stamp = stampAt(at);
  return {
    id: idAt(at),
    hlc: stamp,
    deleted: false,
    marketId: MARKET,
    day: spec.day ?? DAY,
    lane,
    serviceCode: 'seeker-registration',
    number,
    display: formatDisplayNumber(lane, number),
    priority: spec.priority ?? 'none',
    issuedBy: spec.issuedBy ?? KIOSK,
    issuedAt: stamp,
    context: { postingId: null, applicationId: null },
  };
}

export function makeEvent(
  ticket: Ticket,
  type: TicketEventType,
  atMs: number,
  extra: Partial<Pick<TicketEvent, 'windowNumber' | 'toLane' | 'outcome' | 'terminalId' | 'staffId'>> = {},
): TicketEvent {
  const stamp = stampAt(atMs);
  const needsWindow = type === 'called' || type === 'recalled';
  return {
    id: idAt(atMs),
    hlc: stamp,
    deleted: false,
    marketId: ticket.marketId,
    ticketId: ticket.id,
    type,
    at: stamp,
    terminalId: extra.terminalId ?? (needsWindow || type === 'serving' || type === 'done' ? CALLER_1 : KIOSK),
    staffId: extra.staffId ?? null,
    windowNumber: extra.windowNumber ?? (needsWindow ? 1 : null),
    toLane: extra.toLane ?? null,
    outcome: extra.outcome ?? null,
  };
}
