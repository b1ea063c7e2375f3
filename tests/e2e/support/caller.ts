// Helpers for driving a caller window in the browser suite.
import { PassThrough, Readable } from 'node:stream';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { runCli } from '../../../cli/main';

/**
 * Set a staff member's PIN the way an operator does (`echo PIN | npm run cli
 * -- set-pin --staff-no NO --db FILE`) on the server's SQLite store, which the
 * server may have open. Callers of the market get the hash with their next pull.
 */
export async function setPinOnServer(sqlitePath: string, staffNo: string, pin: string): Promise<void> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let said = '';
  stdout.resume();
  stderr.on('data', (chunk: Buffer) => {
    said += chunk.toString('utf8');
  });
  const code = await runCli(['set-pin', '--staff-no', staffNo, '--db', sqlitePath], {
    stdin: Readable.from([`${pin}\n`]),
    stdout,
    stderr,
  });
  if (code !== 0) throw new Error(`set-pin exited ${String(code)}: ${said}`);
}

/**
 * Sets a PIN on the server and reloads the caller until its first pull after
 * the reload has landed: the staff list shows from the local store at once,
 * the PIN only with that pull, and choosing a person before it finds no PIN.
 */
export async function setPinAndPull(caller: Page, sqlitePath: string, staffNo: string, pin: string): Promise<void> {
  await setPinOnServer(sqlitePath, staffNo, pin);
  await caller.reload();
  await expect.poll(() => caller.locator('.sync-badge').textContent(), { timeout: 30_000 }).toBe('已同步');
}
