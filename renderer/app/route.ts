// The role is part of the URL (#/kiosk, #/display, #/caller) so every screen
// is reachable in a plain browser, which is how the end-to-end tests and
// `npm run web` drive the product.
import { terminalRoleSchema, type TerminalRole } from '../../domain/records/market';

export function roleFromHash(hash: string): TerminalRole | null {
  const segment = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  const parsed = terminalRoleSchema.safeParse(segment);
  return parsed.success ? parsed.data : null;
}

export function hashForRole(role: TerminalRole): string {
  return `#/${role}`;
}
