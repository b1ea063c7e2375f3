// A display over fake-indexeddb with the demo market pulled in, as a display's
// first pull from the server would bring it. Not a test file.
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { generateDemoMarket, type DemoMarket } from '../../../../domain/demo/generate';
import { DEMO_SEED, demoRecords } from '../../../../domain/demo/records';
import type { Ticket } from '../../../../domain/records/queue';
import { TerminalProvider } from '../../../../renderer/app/terminal-context';
import type { DisplayAudio } from '../../../../renderer/audio/display-audio';
import { openTerminalDb, type TerminalDb } from '../../../../renderer/db/database';
import type { DeviceContext } from '../../../../renderer/db/device';
import { applyRemoteChanges } from '../../../../renderer/db/outbox';
import { appendTicketEvent, issueTicket } from '../../../../renderer/db/repository';
import { DisplayBoard, type DisplayBoardProps } from '../../../../renderer/display/DisplayBoard';
import type { CallToAnnounce } from '../../../../renderer/state/announce-machine';
import { I18nProvider } from '../../../../renderer/i18n';
import { dbName, deviceCtx, makeId, T0, testClock, TODAY, type TestClock } from '../db/fixtures';

export interface DisplayFixture {
  readonly db: TerminalDb;
  readonly ctx: DeviceContext;
  readonly clock: TestClock;
  readonly demo: DemoMarket;
  readonly spoken: CallToAnnounce[];
  readonly audio: DisplayAudio;
}

export async function displayFixture(): Promise<DisplayFixture> {
  const clock = testClock(T0);
  const db = await openTerminalDb(dbName('display'));
  const ctx = deviceCtx(clock);
  const demo = generateDemoMarket({ seed: DEMO_SEED, today: TODAY, nowMillis: T0 });
  await applyRemoteChanges(db, ctx, demoRecords(demo), { value: '1', epoch: 'e' });
  const spoken: CallToAnnounce[] = [];
  const audio: DisplayAudio = {
    player: null,
    speak: vi.fn((call: CallToAnnounce) => {
      spoken.push(call);
      return Promise.resolve();
    }),
  };
  return { db, ctx, clock, demo, spoken, audio };
}

export function renderDisplay(
  f: DisplayFixture,
  props: Partial<DisplayBoardProps> = {},
  locale: 'zh-CN' | 'en' = 'zh-CN',
) {
  return render(
    <I18nProvider initial={locale}>
      <TerminalProvider value={{ db: f.db, now: f.clock.now, ctx: f.ctx }}>
        <DisplayBoard market={f.demo.market} audio={f.audio} {...props} />
      </TerminalProvider>
    </I18nProvider>,
  );
}

const TERMINAL = makeId();

/** A printed ticket of today, waiting in `lane`. */
export async function waitingTicket(f: DisplayFixture, lane: string, number: number): Promise<Ticket> {
  const ticket = await issueTicket(f.db, f.ctx, {
    marketId: f.demo.market.id,
    day: TODAY,
    lane,
    serviceCode: 'job_search',
    number,
    display: `${lane}${String(number).padStart(3, '0')}`,
    priority: 'none',
    issuedBy: TERMINAL,
    context: { postingId: null, applicationId: null },
  });
  await event(f, ticket, 'printed', null);
  return ticket;
}

export async function event(
  f: DisplayFixture,
  ticket: Ticket,
  type: 'printed' | 'called' | 'recalled' | 'serving',
  windowNumber: number | null,
): Promise<void> {
  f.clock.advance(1_000);
  await appendTicketEvent(f.db, f.ctx, {
    marketId: f.demo.market.id,
    ticketId: ticket.id,
    type,
    terminalId: TERMINAL,
    staffId: null,
    windowNumber,
    toLane: null,
    outcome: null,
  });
}
