import { describe, expect, it } from 'vitest';
import { mayCallOffline } from '../../../../domain/queue/offline';
import { CALLER_1, CALLER_2, KIOSK } from './fixtures';

// The demo market: window 1 serves A and C, window 2 serves B–F; C is shared.
const windows = [
  { number: 1, lanes: ['A', 'C'] },
  { number: 2, lanes: ['B', 'C', 'D', 'E', 'F'] },
];
const window1 = { terminalId: CALLER_1, windowNumber: 1 };
const window2 = { terminalId: CALLER_2, windowNumber: 2 };

describe('mayCallOffline', () => {
  it('lets a window call the lanes it serves alone', () => {
    expect(mayCallOffline({ lane: 'A', issuedBy: KIOSK }, window1, windows)).toBe(true);
    expect(mayCallOffline({ lane: 'E', issuedBy: KIOSK }, window2, windows)).toBe(true);
  });

  it('refuses a shared lane, which the other window could be calling at the same moment', () => {
    expect(mayCallOffline({ lane: 'C', issuedBy: KIOSK }, window1, windows)).toBe(false);
    expect(mayCallOffline({ lane: 'C', issuedBy: KIOSK }, window2, windows)).toBe(false);
  });

  it('refuses a lane the window does not serve', () => {
    expect(mayCallOffline({ lane: 'B', issuedBy: KIOSK }, window1, windows)).toBe(false);
  });

  it('lets a window call a ticket it issued itself, even in a shared lane', () => {
    expect(mayCallOffline({ lane: 'C', issuedBy: CALLER_1 }, window1, windows)).toBe(true);
  });

  it('refuses everything to a window missing from the configuration', () => {
    expect(mayCallOffline({ lane: 'A', issuedBy: KIOSK }, { terminalId: CALLER_2, windowNumber: 9 }, windows)).toBe(
      false,
    );
  });
});
