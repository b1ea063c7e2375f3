// Hands out the one-time enrolment codes made by the global setup, each once
// across the whole run. Every test file is its own module, so a counter in
// memory would hand the same code to two files; claiming a code creates a
// marker file exclusively (O_EXCL), which only one claimant can do.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { TerminalRole } from '../../../domain/records/market';

function claim(dir: string, code: string): boolean {
  try {
    writeFileSync(join(dir, code), '', { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

export function nextEnrolmentCode(role: TerminalRole): string {
  const dir = inject('codeClaimDir');
  const code = inject('enrolmentCodes')[role].find((c) => claim(dir, c));
  if (code === undefined) throw new Error(`no enrolment code left for ${role}: raise CODES_PER_ROLE`);
  return code;
}

/** The address a freshly installed terminal of `role` opens. */
export function terminalAddress(role: TerminalRole): string {
  const url = new URL(inject('rendererUrl'));
  url.searchParams.set('enrol', nextEnrolmentCode(role));
  url.hash = `/${role}`;
  return url.toString();
}
