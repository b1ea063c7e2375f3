// The kiosk's "取号 / take a number" flow (issue 4): choose a service, declare
// a priority without typing, issue the ticket locally, print it, show it. The
// ticket counts as handed out only once printed (DESIGN §5), so printing is a
// step of the flow with its own failure state and a reprint, not a side effect.
// I/O comes in as ports, so tests run the machine headless with fakes.
import { assign, fromPromise, setup } from 'xstate';
import { NumbersExhaustedError } from '../../domain/queue/numbering';
import type { Priority } from '../../domain/records/queue';
import {
  IssuingPausedError,
  type IssuedTicket,
  type IssueRequest,
  type KioskJob,
  type KioskService,
} from './ticket-issue';
import type { Bilingual, PrintEventType, PrintOutcome } from './ticket-print';

export interface TicketPorts {
  /** ESC/POS to the thermal printer (Electron), or the browser's print preview. */
  readonly printMode: 'escpos' | 'preview';
  issue(request: IssueRequest): Promise<IssuedTicket>;
  /** Send the slip to the printer (escpos mode). */
  print(ticket: IssuedTicket): Promise<PrintOutcome>;
  /** Open the browser's print dialog over the print-only layout (preview mode). */
  printPage(): Promise<void>;
  /** Append the print outcome to the ticket's events. */
  record(ticket: IssuedTicket, type: PrintEventType): Promise<void>;
}

export type IssueError = 'exhausted' | 'paused' | 'failed';

export interface TicketContext {
  readonly service: KioskService | null;
  readonly priority: Priority | null;
  readonly ticket: IssuedTicket | null;
  /** Print attempts so far; any after the first is recorded as `reprinted`. */
  readonly printAttempts: number;
  readonly printMessage: Bilingual | null;
  readonly issueError: IssueError | null;
}

export type TicketEvent =
  | { type: 'SELECT_SERVICE'; service: KioskService }
  | { type: 'SELECT_PRIORITY'; priority: Priority }
  | { type: 'BACK' }
  | { type: 'CANCEL' }
  | { type: 'RETRY' }
  | { type: 'PRINT' }
  | { type: 'REPRINT' }
  | { type: 'DONE' };

interface PrintInput {
  readonly ticket: IssuedTicket;
  readonly reprint: boolean;
}

const INITIAL: TicketContext = {
  service: null,
  priority: null,
  ticket: null,
  printAttempts: 0,
  printMessage: null,
  issueError: null,
};

function requireTicket(context: TicketContext): IssuedTicket {
  if (context.ticket === null) throw new Error('printing without a ticket');
  return context.ticket;
}

/**
 * 我要报名 starts the flow with the job and the 即时快招 service already
 * chosen: the seeker only says whether a priority applies.
 */
export interface Application {
  readonly job: KioskJob;
  readonly service: KioskService;
}

export function createKioskTicketMachine(ports: TicketPorts, application: Application | null = null) {
  return setup({
    types: {
      context: {} as TicketContext,
      events: {} as TicketEvent,
    },
    actors: {
      issue: fromPromise<IssuedTicket, IssueRequest>(({ input }) => ports.issue(input)),
      printSlip: fromPromise<PrintOutcome, PrintInput>(async ({ input }) => {
        const outcome = await ports.print(input.ticket);
        await ports.record(input.ticket, outcome.ok ? (input.reprint ? 'reprinted' : 'printed') : 'print_failed');
        return outcome;
      }),
      printPage: fromPromise<PrintOutcome, PrintInput>(async ({ input }) => {
        await ports.printPage();
        // The browser does not say whether paper came out; the seeker pressed 打印, so it counts.
        await ports.record(input.ticket, input.reprint ? 'reprinted' : 'printed');
        return { ok: true };
      }),
    },
    guards: {
      escpos: () => ports.printMode === 'escpos',
    },
  }).createMachine({
    id: 'kioskTicket',
    context: application === null ? INITIAL : { ...INITIAL, service: application.service },
    initial: application === null ? 'choosingService' : 'choosingPriority',
    states: {
      choosingService: {
        on: {
          SELECT_SERVICE: {
            target: 'choosingPriority',
            actions: assign({ service: ({ event }) => event.service }),
          },
          CANCEL: 'cancelled',
        },
      },
      choosingPriority: {
        on: {
          SELECT_PRIORITY: { target: 'issuing', actions: assign({ priority: ({ event }) => event.priority }) },
          BACK:
            application === null
              ? { target: 'choosingService', actions: assign({ service: null }) }
              : // Back from an application is back to the posting: the kiosk's session goes there.
                { target: 'cancelled' },
          CANCEL: 'cancelled',
        },
      },
      issuing: {
        entry: assign({ issueError: null }),
        invoke: {
          src: 'issue',
          input: ({ context }) => {
            if (context.service === null || context.priority === null) throw new Error('issuing without a choice');
            return application === null
              ? { service: context.service, priority: context.priority }
              : { service: context.service, priority: context.priority, job: application.job };
          },
          onDone: [
            { guard: 'escpos', target: 'printing', actions: assign({ ticket: ({ event }) => event.output }) },
            { target: 'preview', actions: assign({ ticket: ({ event }) => event.output }) },
          ],
          onError: {
            target: 'issueFailed',
            actions: assign({
              issueError: ({ event }): IssueError =>
                event.error instanceof NumbersExhaustedError
                  ? 'exhausted'
                  : event.error instanceof IssuingPausedError
                    ? 'paused'
                    : 'failed',
            }),
          },
        },
      },
      issueFailed: {
        on: { RETRY: 'issuing', CANCEL: 'cancelled', DONE: 'cancelled' },
      },
      printing: {
        entry: assign({ printMessage: null }),
        invoke: {
          src: 'printSlip',
          input: ({ context }) => ({ ticket: requireTicket(context), reprint: context.printAttempts > 0 }),
          onDone: [
            {
              guard: ({ event }) => event.output.ok,
              target: 'showing',
              actions: assign({ printAttempts: ({ context }) => context.printAttempts + 1 }),
            },
            {
              target: 'printFailed',
              actions: assign({
                printAttempts: ({ context }) => context.printAttempts + 1,
                printMessage: ({ event }) => (event.output.ok ? null : event.output.message),
              }),
            },
          ],
          // The print event could not be stored: show it as a failed print, so staff can be called.
          onError: {
            target: 'printFailed',
            actions: assign({ printAttempts: ({ context }) => context.printAttempts + 1 }),
          },
        },
      },
      printFailed: {
        on: {
          REPRINT: [{ guard: 'escpos', target: 'printing' }, { target: 'preview' }],
          DONE: 'done',
        },
      },
      preview: {
        on: { PRINT: 'browserPrinting', DONE: 'done' },
      },
      browserPrinting: {
        invoke: {
          src: 'printPage',
          input: ({ context }) => ({ ticket: requireTicket(context), reprint: context.printAttempts > 0 }),
          onDone: {
            target: 'showing',
            actions: assign({ printAttempts: ({ context }) => context.printAttempts + 1 }),
          },
          onError: {
            target: 'printFailed',
            actions: assign({ printAttempts: ({ context }) => context.printAttempts + 1 }),
          },
        },
      },
      showing: {
        on: {
          DONE: 'done',
          REPRINT: [{ guard: 'escpos', target: 'printing' }, { target: 'preview' }],
        },
      },
      done: { type: 'final' },
      cancelled: { type: 'final' },
    },
  });
}

export type KioskTicketMachine = ReturnType<typeof createKioskTicketMachine>;
