import { describe, expect, it } from 'vitest';
import { formatStamp } from '../../../../domain/clock/hlc';
import type { TicketEvent } from '../../../../domain/records/queue';
import { callerFigures } from '../../../../renderer/caller/figures';
import { id, KIOSK, MARKET, NOW, queueOf, ticket } from '../state/caller-fixtures';

function event(
  ticketId: string,
  type: TicketEvent['type'],
  minute: number,
  windowNumber: number | null = 1,
): TicketEvent {
  const at = formatStamp({ millis: NOW + minute * 60_000, counter: 0, node: 'cccccccccccccccc' });
  return {
    id: id(),
    hlc: at,
    deleted: false,
    marketId: MARKET,
    ticketId,
    type,
    at,
    terminalId: KIOSK,
    staffId: null,
    windowNumber,
    toLane: null,
    outcome: type === 'done' ? 'completed' : null,
  };
}

describe("today's figures", () => {
  it('counts served tickets here and in the market, waiting per lane, and the mean service time here', () => {
    const a1 = ticket({ lane: 'A', number: 1, minutesAgo: 30 });
    const a2 = ticket({ lane: 'A', number: 2, minutesAgo: 20 });
    const b1 = ticket({ lane: 'B', number: 1, minutesAgo: 20 });
    const a3 = ticket({ lane: 'A', number: 3, minutesAgo: 5 });
    const c1 = ticket({ lane: 'C', number: 1, minutesAgo: 5 });
    const queue = queueOf(
      [a1, a2, b1, a3, c1],
      [
        event(a1.id, 'called', 1),
        event(a1.id, 'serving', 2),
        event(a1.id, 'done', 6),
        event(a2.id, 'called', 7),
        event(a2.id, 'serving', 8),
        event(a2.id, 'done', 16),
        event(b1.id, 'called', 1, 2),
        event(b1.id, 'serving', 2, 2),
        event(b1.id, 'done', 30, 2),
      ],
    );
    const f = callerFigures(queue, 1);
    expect(f.servedHere).toBe(2);
    expect(f.servedAll).toBe(3);
    expect(f.averageServiceMs).toBe(6 * 60_000);
    expect([...f.waitingByLane]).toEqual([
      ['A', 1],
      ['C', 1],
    ]);
  });

  it('has no average before anyone is served', () => {
    expect(callerFigures([], 1).averageServiceMs).toBeNull();
  });
});
