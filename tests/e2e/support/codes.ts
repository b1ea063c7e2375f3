// Hands out the one-time enrolment codes made by the global setup, each once.
import { inject } from 'vitest';
import type { TerminalRole } from '../../../domain/records/market';

const used: Record<TerminalRole, number> = { kiosk: 0, display: 0, caller: 0 };

export function nextEnrolmentCode(role: TerminalRole): string {
  const code = inject('enrolmentCodes')[role][used[role]++];
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
