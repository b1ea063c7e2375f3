// Helpers for driving a caller window in the browser suite.
import { PassThrough, Readable } from 'node:stream';
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
