// The kiosk's icons, drawn here (no icon font, no download): one simple line
// drawing per name. Services name their icon in their data (Market.queue, or
// the standard services), so a market's own list can reuse these. Icons sit beside a text
// label, never instead of one, so they are hidden from assistive technology.
import type { ReactElement } from 'react';

const DRAWINGS: Readonly<Record<string, ReactElement>> = {
  'person-search': (
    <>
      <circle cx="20" cy="16" r="8" />
      <path d="M6 42c0-9 6-14 14-14 3 0 6 1 8 2" />
      <circle cx="35" cy="34" r="7" />
      <path d="M40 39l6 6" />
    </>
  ),
  briefcase: (
    <>
      <rect x="5" y="15" width="38" height="26" rx="3" />
      <path d="M17 15v-5h14v5M5 26h38" />
    </>
  ),
  handshake: (
    <>
      <path d="M3 22l9-8 8 4 6-4 10 2 9 8" />
      <path d="M12 26l9 9c2 2 4 2 6 0l8-8" />
      <path d="M20 24l6 6M24 20l7 7" />
    </>
  ),
  document: (
    <>
      <path d="M11 4h18l9 9v31H11z" />
      <path d="M29 4v9h9M17 22h15M17 29h15M17 36h10" />
    </>
  ),
  scale: (
    <>
      <path d="M24 6v36M12 42h24M8 12h32" />
      <path d="M8 12l-5 14h10zM40 12l-5 14h10z" />
    </>
  ),
  'graduation-cap': (
    <>
      <path d="M2 18l22-10 22 10-22 10z" />
      <path d="M12 23v10c6 5 18 5 24 0V23M44 19v12" />
    </>
  ),
  ticket: (
    <>
      <path d="M4 12h40v8a4 4 0 000 8v8H4v-8a4 4 0 000-8z" />
      <path d="M30 12v24" strokeDasharray="3 3" />
      <path d="M11 21h12M11 27h8" />
    </>
  ),
  jobs: (
    <>
      <circle cx="21" cy="21" r="13" />
      <path d="M31 31l12 12M15 21h12M21 15v12" />
    </>
  ),
  staff: (
    <>
      <circle cx="24" cy="14" r="8" />
      <path d="M8 44c0-10 7-16 16-16s16 6 16 16" />
      <path d="M38 6l4-3M40 12h5" />
    </>
  ),
  home: (
    <>
      <path d="M5 24L24 6l19 18" />
      <path d="M10 20v22h10V31h8v11h10V20" />
    </>
  ),
  back: <path d="M30 8L14 24l16 16" />,
  elderly: (
    <>
      <circle cx="22" cy="8" r="5" />
      <path d="M22 14l-4 14 6 6v10M18 28l-6 16M20 19l10 5M34 24v20" />
    </>
  ),
  disabled: (
    <>
      <circle cx="20" cy="7" r="4" />
      <path d="M20 12v14h12l5 12" />
      <path d="M15 21a11 11 0 1014 14" />
    </>
  ),
  pregnant: (
    <>
      <circle cx="22" cy="7" r="5" />
      <path d="M22 13v8c10 0 12 12 2 14v9M22 21l-4 23" />
    </>
  ),
  appointment: (
    <>
      <rect x="6" y="9" width="36" height="33" rx="3" />
      <path d="M6 18h36M15 5v8M33 5v8M16 30l5 5 10-10" />
    </>
  ),
  none: (
    <>
      <circle cx="24" cy="14" r="8" />
      <path d="M8 44c0-10 7-16 16-16s16 6 16 16" />
    </>
  ),
  print: (
    <>
      <path d="M13 18V5h22v13" />
      <rect x="5" y="18" width="38" height="16" rx="2" />
      <path d="M13 28h22v15H13z" />
    </>
  ),
  check: <path d="M8 25l10 10 22-22" />,
  retry: (
    <>
      <path d="M40 24a16 16 0 11-5-11.6" />
      <path d="M36 4v9h-9" />
    </>
  ),
};

/** A drawing for an unknown name, so a misspelt icon shows as a plain mark rather than nothing. */
const FALLBACK = <rect x="8" y="8" width="32" height="32" rx="6" />;

export function KioskIcon({ name, size = 48 }: { name: string; size?: number }) {
  return (
    <svg
      className="kiosk-icon"
      width={size}
      height={size}
      viewBox="0 0 48 48"
      fill="none"
      stroke="currentColor"
      strokeWidth={3}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      data-icon={name}
    >
      {DRAWINGS[name] ?? FALLBACK}
    </svg>
  );
}
