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
  hand: (
    <>
      <path d="M18 26V8a3 3 0 016 0v14" />
      <path d="M24 20v-3a3 3 0 016 0v6M30 21a3 3 0 016 0v9c0 8-5 14-13 14-5 0-8-3-11-7l-5-8a3 3 0 015-3l4 5" />
    </>
  ),
  globe: (
    <>
      <circle cx="24" cy="24" r="18" />
      <path d="M6 24h36M24 6c-6 6-6 30 0 36M24 6c6 6 6 30 0 36" />
    </>
  ),
  keyboard: (
    <>
      <rect x="4" y="12" width="40" height="24" rx="3" />
      <path d="M10 19h2M17 19h2M24 19h2M31 19h2M38 19h0M12 29h24" />
    </>
  ),
  star: <path d="M24 5l6 12 13 2-9 9 2 13-12-6-12 6 2-13-9-9 13-2z" />,
  map: (
    <>
      <path d="M24 44s-14-14-14-24a14 14 0 0128 0c0 10-14 24-14 24z" />
      <circle cx="24" cy="20" r="5" />
    </>
  ),
  smile: (
    <>
      <circle cx="24" cy="24" r="18" />
      <path d="M16 28c4 5 12 5 16 0M18 18h0M30 18h0" />
    </>
  ),
  speaker: (
    <>
      <path d="M6 18h8l10-8v28l-10-8H6z" />
      <path d="M31 17c3 4 3 10 0 14M36 12c6 7 6 17 0 24" />
    </>
  ),
  stop: <rect x="12" y="12" width="24" height="24" rx="3" />,
  baby: (
    <>
      <circle cx="24" cy="16" r="9" />
      <path d="M12 42c0-8 5-13 12-13s12 5 12 13" />
      <path d="M21 16h0M27 16h0" />
    </>
  ),
  bolt: <path d="M27 4L10 27h12l-3 17 18-24H25z" />,
  box: (
    <>
      <path d="M6 14l18-8 18 8v20l-18 8-18-8z" />
      <path d="M6 14l18 8 18-8M24 22v20" />
    </>
  ),
  broom: (
    <>
      <path d="M34 4L22 26" />
      <path d="M14 24l14 6-4 14H8z" />
      <path d="M14 36l-2 8M20 36l-2 8" />
    </>
  ),
  car: (
    <>
      <path d="M6 30l4-12h28l4 12v8H6z" />
      <circle cx="14" cy="38" r="4" />
      <circle cx="34" cy="38" r="4" />
    </>
  ),
  'car-wash': (
    <>
      <path d="M8 34l3-9h26l3 9v6H8z" />
      <path d="M16 8v6M24 6v8M32 8v6" />
    </>
  ),
  'chef-hat': (
    <>
      <path d="M14 28a8 8 0 01-2-15 10 10 0 0124-0 8 8 0 01-2 15z" />
      <path d="M14 28v12h20V28M14 34h20" />
    </>
  ),
  clipboard: (
    <>
      <rect x="10" y="8" width="28" height="36" rx="3" />
      <path d="M18 8V4h12v4M16 20h16M16 28h16M16 36h10" />
    </>
  ),
  dish: (
    <>
      <path d="M6 30h36M10 30a14 14 0 0128 0" />
      <path d="M24 12v4M4 36h40" />
    </>
  ),
  dolly: (
    <>
      <path d="M10 6h6l6 30" />
      <rect x="22" y="12" width="16" height="18" />
      <circle cx="22" cy="40" r="4" />
      <path d="M26 38h16" />
    </>
  ),
  'elderly-care': (
    <>
      <circle cx="18" cy="10" r="5" />
      <path d="M18 16v14l-6 12M18 30l6 12M12 22h14" />
      <path d="M34 20v24" />
    </>
  ),
  factory: (
    <>
      <path d="M4 42V22l10 6v-6l10 6v-6l10 6V8h8v34z" />
      <path d="M10 36h4M20 36h4M30 36h4" />
    </>
  ),
  flag: (
    <>
      <path d="M10 44V6" />
      <path d="M10 8h26l-6 8 6 8H10" />
    </>
  ),
  flame: <path d="M24 44c-9 0-14-6-14-13 0-9 8-12 8-22 6 4 9 9 9 14 2-2 3-4 3-7 5 4 8 10 8 15 0 7-5 13-14 13z" />,
  flyer: (
    <>
      <path d="M8 6h24l8 8v28H8z" />
      <path d="M14 16h12M14 24h20M14 32h20" />
    </>
  ),
  'hard-hat': (
    <>
      <path d="M6 34h36M8 34c0-10 7-18 16-18s16 8 16 18" />
      <path d="M20 16v-6h8v6" />
    </>
  ),
  headset: (
    <>
      <path d="M8 28v-4a16 16 0 0132 0v4" />
      <rect x="6" y="26" width="8" height="12" rx="2" />
      <rect x="34" y="26" width="8" height="12" rx="2" />
      <path d="M38 38c0 4-4 6-10 6" />
    </>
  ),
  knife: (
    <>
      <path d="M8 40L36 8c4 6 2 14-6 20L16 40z" />
      <path d="M8 40l-4 4" />
    </>
  ),
  leaf: (
    <>
      <path d="M8 40C8 18 22 8 42 6c-2 20-12 34-34 34z" />
      <path d="M8 40L28 20" />
    </>
  ),
  'paint-roller': (
    <>
      <rect x="6" y="6" width="30" height="10" rx="2" />
      <path d="M36 11h6v12H22v6" />
      <rect x="18" y="29" width="8" height="15" rx="2" />
    </>
  ),
  parcel: (
    <>
      <rect x="6" y="12" width="36" height="28" rx="2" />
      <path d="M6 20h36M20 12v8M28 12v8" />
    </>
  ),
  pipe: (
    <>
      <path d="M4 16h20a8 8 0 018 8v20" />
      <path d="M4 26h16a2 2 0 012 2v16" />
      <path d="M4 12v18M28 44h18" />
    </>
  ),
  saw: (
    <>
      <path d="M6 20h30l6 6H6z" />
      <path d="M6 26l3 4 3-4 3 4 3-4 3 4 3-4 3 4 3-4 3 4" />
      <path d="M36 20v-8h6v14" />
    </>
  ),
  scooter: (
    <>
      <circle cx="10" cy="36" r="5" />
      <circle cx="38" cy="36" r="5" />
      <path d="M10 36h18l6-22h6M30 14h-6" />
      <rect x="6" y="20" width="14" height="10" />
    </>
  ),
  shield: <path d="M24 4l16 6v12c0 10-7 18-16 22-9-4-16-12-16-22V10z" />,
  shop: (
    <>
      <path d="M6 18l4-10h28l4 10z" />
      <path d="M8 18v24h32V18M20 42V30h8v12" />
    </>
  ),
  sprout: (
    <>
      <path d="M24 44V22" />
      <path d="M24 26c-10 0-14-6-14-14 10 0 14 6 14 14zM24 22c0-8 4-12 14-12 0 8-4 12-14 12z" />
    </>
  ),
  tray: (
    <>
      <path d="M4 30h40l-4 8H8z" />
      <path d="M10 30a14 14 0 0128 0M24 12v4" />
    </>
  ),
  trowel: (
    <>
      <path d="M6 42l14-14" />
      <path d="M20 28l20-20-4 20z" />
    </>
  ),
  truck: (
    <>
      <path d="M4 10h24v24H4zM28 18h10l6 8v8H28" />
      <circle cx="12" cy="36" r="4" />
      <circle cx="36" cy="36" r="4" />
    </>
  ),
  coins: (
    <>
      <ellipse cx="20" cy="14" rx="12" ry="5" />
      <path d="M8 14v8c0 3 5 5 12 5s12-2 12-5v-8M8 22v8c0 3 5 5 12 5" />
      <ellipse cx="32" cy="32" rx="10" ry="4" />
      <path d="M22 32v6c0 2 4 4 10 4s10-2 10-4v-6" />
    </>
  ),
  calendar: (
    <>
      <rect x="6" y="10" width="36" height="32" rx="3" />
      <path d="M6 20h36M16 6v8M32 6v8M15 30h6M27 30h6" />
    </>
  ),
  phone: (
    <>
      <rect x="14" y="4" width="20" height="40" rx="4" />
      <path d="M21 38h6" />
    </>
  ),
  wrench: <path d="M30 6a10 10 0 00-9 14L6 35l7 7 15-15A10 10 0 0042 18l-6 6-6-2-2-6z" />,
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
