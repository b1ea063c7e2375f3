// The ticket machine's ports over this terminal: the local store, the lease
// keeper (leases from the server the terminal enrolled with) and the printer.
import { useMemo } from 'react';
import type { Market } from '../../domain/records/market';
import { HttpLeaseTransport, LeaseKeeper, type LeaseTransport } from '../../sync/client/queue-lease';
import { loadCredentials } from '../app/credentials';
import { useTerminal } from '../app/terminal-context';
import { dexieLeaseStore } from '../db/leases';
import type { TicketPorts } from '../state/kiosk-ticket-machine';
import { issueKioskTicket, IssuingPausedError } from '../state/ticket-issue';
import { printEscPosSlip, printModeOf, recordPrintEvent } from '../state/ticket-print';

export interface TicketPortOptions {
  /** Overrides the HTTP transport (tests). */
  readonly leaseTransport?: LeaseTransport | null;
  /** Overrides where the phone page is (defaults to the enrolled server, else this page's origin). */
  readonly serverUrl?: string;
}

export function useTicketPorts(market: Market, options: TicketPortOptions = {}): TicketPorts {
  const { db, ctx } = useTerminal();
  const { leaseTransport, serverUrl } = options;
  return useMemo<TicketPorts>(() => {
    const credentials = loadCredentials(db);
    const transport =
      leaseTransport !== undefined
        ? leaseTransport
        : credentials === null
          ? null
          : new HttpLeaseTransport({ baseUrl: credentials.baseUrl, token: credentials.token });
    const keeper = new LeaseKeeper({ transport, store: dexieLeaseStore(db, market.id) });
    const server = serverUrl ?? credentials?.baseUrl ?? window.location.origin;
    const needCtx = () => {
      if (ctx === undefined || ctx === null) throw new Error('本机尚未注册 / this terminal is not enrolled');
      return ctx;
    };
    return {
      printMode: printModeOf(window),
      issue: async (request) => {
        const api = window.gigKiosk;
        // Under Electron the disk guard decides whether tickets may be issued at all.
        if (api !== undefined && !(await api.getHealth()).disk.canIssueTickets) throw new IssuingPausedError();
        return issueKioskTicket(
          {
            db,
            ctx: needCtx(),
            market,
            keeper,
            serverUrl: server,
            onLeaseProblem: (error) => {
              // Offline issuing goes on from the band; the operator's console hears why.
              console.warn(`号段租用失败 / number lease failed: ${error.message}`);
            },
          },
          request,
        );
      },
      print: (ticket) => {
        const api = window.gigKiosk;
        if (api === undefined) return Promise.resolve({ ok: false, message: null });
        return printEscPosSlip(api, ticket, {
          marketName: market.name,
          rightsHotline: market.rightsHotline,
          timeZone: market.timeZone,
        });
      },
      printPage: () => {
        window.print();
        return Promise.resolve();
      },
      record: (ticket, type) => recordPrintEvent(db, needCtx(), ticket, type),
    };
  }, [db, ctx, market, leaseTransport, serverUrl]);
}
