// Issue 3: an initial sync of 100,000 records in a real Chromium, killed
// half-way and resumed. A store of its own (the demo market plus 100,000
// feedback records, which a caller pulls) keeps the shared suite's server
// small. The browser is closed once about half the records are local; the
// same profile is opened again and must carry on from the cursor it stored
// with the last page it applied (DESIGN §3), not from the start.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProfile, removeProfile } from './support/browser';
import { localRowCounts, recordRows, startOwnServer, type OwnServer } from './support/own-server';

const RECORDS = 100_000;
const KILL_AT = 50_000;
const DB_NAME = 'gig-kiosk-caller';

let own: OwnServer;
const dirs: string[] = [];

beforeAll(async () => {
  own = await startOwnServer({ feedback: RECORDS });
}, 300_000);

afterAll(async () => {
  await own.close();
  for (const d of dirs) removeProfile(d);
});

interface PullRequestSeen {
  readonly cursor: string | null;
  readonly epoch: string | null;
}

/** The body of every pull the page sends, in order. */
function watchPulls(page: Page): PullRequestSeen[] {
  const seen: PullRequestSeen[] = [];
  page.on('request', (request: Request) => {
    if (request.method() !== 'POST' || new URL(request.url()).pathname !== '/v1/pull') return;
    const body = request.postDataJSON() as { cursor?: string | null; epoch?: string | null } | null;
    seen.push({ cursor: body?.cursor ?? null, epoch: body?.epoch ?? null });
  });
  return seen;
}

async function feedbackCount(page: Page): Promise<number> {
  return (await localRowCounts(page, DB_NAME, ['feedback']))?.feedback ?? 0;
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

describe('initial sync of 100,000 records in a real Chromium', () => {
  it('killed half-way, resumes from its stored cursor and ends with exactly every record', async () => {
    const first = await openProfile();
    dirs.push(first.dir);
    const page = await first.context.newPage();
    const firstPulls = watchPulls(page);
    await page.goto(await own.terminalAddress('caller'));

    // Poll the committed count until about half the records are local.
    const deadline = Date.now() + 180_000;
    let beforeKill = 0;
    while (beforeKill < KILL_AT) {
      if (Date.now() > deadline) throw new Error(`only ${String(beforeKill)} records arrived in 3 minutes`);
      await sleep(100);
      beforeKill = await feedbackCount(page);
    }
    const lastCursorSent = Math.max(...firstPulls.map((p) => Number(p.cursor ?? 0)));
    await first.close();
    // Killed while pulling, not after: otherwise the restart would prove nothing.
    expect(beforeKill).toBeLessThan(RECORDS);
    expect(firstPulls[0]?.cursor).toBeNull();
    expect(lastCursorSent).toBeGreaterThan(0);

    const second = await openProfile(first.dir);
    const again = await second.context.newPage();
    const resumedPulls = watchPulls(again);
    // The plain address: the credentials and the cursor are local.
    await again.goto(`${own.rendererUrl}#/caller`);
    const afterRestart = await feedbackCount(again);
    expect(afterRestart).toBeGreaterThanOrEqual(beforeKill);

    await again.locator('.sync-badge', { hasText: '已同步' }).waitFor({ timeout: 240_000 });
    const firstResumed = resumedPulls[0];
    expect(firstResumed, 'a pull after the restart').toBeDefined();
    // Every cursor the first run sent had been committed with its page, so
    // the resumed pull starts at or after the newest of them, never at zero.
    expect(firstResumed?.cursor).not.toBeNull();
    expect(Number(firstResumed?.cursor)).toBeGreaterThanOrEqual(lastCursorSent);
    expect(firstResumed?.epoch).toBe(firstPulls.at(-1)?.epoch);

    console.info(
      `initial sync: closed at ${String(beforeKill)} records (last cursor sent ${String(lastCursorSent)}), ` +
        `${String(afterRestart)} after the restart, resumed from cursor ${String(firstResumed?.cursor)}`,
    );
    const counts = await localRowCounts(again, DB_NAME);
    expect(counts?.feedback).toBe(RECORDS);
    expect(recordRows(counts ?? {})).toBe(own.expectedRows('caller'));
    await second.close();
  }, 480_000);
});
