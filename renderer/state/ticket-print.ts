// Printing a queue slip and recording what happened (DESIGN §5: a ticket
// counts as handed out only once printed). In Electron the slip goes to the
// thermal printer as ESC/POS through the preload API; in a plain browser the
// kiosk shows a print-only layout and the seeker's "打印" opens the browser's
// print dialog. Either way the outcome becomes a ticket event.
import { ticketSlipBytes } from '../../domain/printing/ticket-layout';
import type { GigKioskApi } from '../../electron/ipc-contract';
import type { TerminalDb } from '../db/database';
import type { DeviceContext } from '../db/device';
import { appendTicketEvent } from '../db/repository';
import type { IssuedTicket } from './ticket-issue';

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** A failure's own words (from the printer service), or null when nothing answered; the screen adds its own. */
export type PrintOutcome = { readonly ok: true } | { readonly ok: false; readonly message: Bilingual | null };

export type PrintEventType = 'printed' | 'print_failed' | 'reprinted';

export interface SlipFacts {
  readonly marketName: string;
  readonly rightsHotline: string;
  readonly timeZone: string;
}

/** How long the slip is on a roll when the system printer prints the page (Electron without a network printer). */
export const SLIP_PAGE_HEIGHT_MM = 160;

/**
 * Print the slip under Electron: ESC/POS bytes to the network thermal printer
 * when one is configured, else Electron's silent system print of the page
 * (whose print stylesheet shows only the slip). A rejected call (the main
 * process gone) is a failed print, not a crash.
 */
export async function printEscPosSlip(api: GigKioskApi, ticket: IssuedTicket, facts: SlipFacts): Promise<PrintOutcome> {
  try {
    const config = await api.getConfig();
    const paper = config.printer?.paperWidth ?? 80;
    const result =
      config.printer?.network === true
        ? await api.printEscPos({
            bytes: ticketSlipBytes(
              {
                marketName: facts.marketName,
                serviceLabel: ticket.service.label,
                display: ticket.display,
                priority: ticket.priority,
                peopleAhead: ticket.peopleAhead,
                wait: ticket.wait,
                issuedAtMillis: ticket.issuedAtMillis,
                timeZone: facts.timeZone,
                ticketUrl: ticket.ticketUrl,
                rightsHotline: facts.rightsHotline,
                ...(ticket.job === null
                  ? {}
                  : { job: { title: ticket.job.title, employerName: ticket.job.employerName } }),
              },
              paper,
            ),
          })
        : await api.printPage({ heightMm: SLIP_PAGE_HEIGHT_MM, paperWidth: paper });
    return result.ok ? { ok: true } : { ok: false, message: result.message };
  } catch (error) {
    // For the technician's console; the seeker sees "打印失败" and a reprint button.
    console.warn('打印失败 / print failed', error);
    return { ok: false, message: null };
  }
}

/** Append the print outcome to the ticket's events. */
export async function recordPrintEvent(
  db: TerminalDb,
  ctx: DeviceContext,
  ticket: IssuedTicket,
  type: PrintEventType,
): Promise<void> {
  await appendTicketEvent(db, ctx, {
    marketId: ticket.marketId,
    ticketId: ticket.ticketId,
    type,
    terminalId: ctx.deviceId,
    staffId: null,
    windowNumber: null,
    toLane: null,
    outcome: null,
  });
}

/** The print path this terminal has: ESC/POS under Electron, the browser's print dialog elsewhere. */
export function printModeOf(win: Window): 'escpos' | 'preview' {
  return 'gigKiosk' in win && win.gigKiosk !== undefined ? 'escpos' : 'preview';
}
