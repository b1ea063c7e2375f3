// The trade icons of the lobby's job board: one simple line drawing per icon
// name of domain/reference/occupations, so a seeker can spot "cleaning" or
// "moving" from across the hall before reading. Beside the trade's name,
// never instead of it, so hidden from assistive technology.
import type { ReactElement } from 'react';
import { occupationByCode } from '../../domain/reference/occupations';

const DRAWINGS: Readonly<Record<string, ReactElement>> = {
  home: <path d="M6 22L24 8l18 14M11 19v21h26V19M20 40V28h8v12" />,
  broom: <path d="M30 6L20 26M12 26h16l4 16H8z M14 34v8M20 34v8M26 34v8" />,
  dolly: <path d="M10 6h4l8 30M22 36a4 4 0 1 0 0.1 0M18 14h16v14H21" />,
  truck: <path d="M4 12h24v20H4zM28 18h9l7 8v6H28M12 36a4 4 0 1 0 0.1 0M34 36a4 4 0 1 0 0.1 0" />,
  scooter: <path d="M10 36a5 5 0 1 0 0.1 0M38 36a5 5 0 1 0 0.1 0M10 36h18l6-22h6M28 36l-4-12H14" />,
  parcel: <path d="M6 14l18-8 18 8v20l-18 8-18-8zM6 14l18 8 18-8M24 22v20" />,
  trowel: <path d="M8 40l14-14M22 26l14-18 4 4-18 14zM8 40l-2 2" />,
  'hard-hat': <path d="M6 32h36M10 32a14 14 0 0 1 28 0M20 18v-6h8v6" />,
  'paint-roller': <path d="M8 8h26v10H8zM34 13h6v10H22v6M20 29h4v13h-4z" />,
  pipe: <path d="M4 16h16v16h20M4 24h8v16h28" />,
  bolt: <path d="M26 4L10 26h12l-4 18 18-24H24z" />,
  wrench: <path d="M30 6a10 10 0 0 0-8 14L6 36l6 6 16-16a10 10 0 0 0 14-8l-6 4-6-6z" />,
  saw: <path d="M6 30L34 8l8 8-28 22zM12 34l-2 4M18 30l-2 4M24 26l-2 4" />,
  factory: <path d="M4 42V22l12 8v-8l12 8v-8l12 8V6h4v36z" />,
  box: <path d="M6 14h36v28H6zM6 14l6-8h24l6 8M20 22h8" />,
  clipboard: <path d="M12 8h24v36H12zM18 4h12v8H18zM17 22h14M17 30h14" />,
  shop: <path d="M6 18l4-10h28l4 10zM8 18v24h32V18M20 42V30h8v12" />,
  tray: <path d="M6 30h36l-4 10H10zM12 30a12 12 0 0 1 24 0M24 14v4" />,
  dish: <path d="M6 26h36a18 18 0 0 1-36 0zM24 8v10M16 12v6M32 12v6" />,
  'chef-hat': <path d="M14 30h20v12H14zM14 30a8 8 0 1 1 4-15 8 8 0 0 1 12 0 8 8 0 1 1 4 15" />,
  knife: <path d="M8 40l24-30c4 4 4 10-2 16L16 40zM8 40l-2 4" />,
  flame: <path d="M24 4c8 10 14 16 14 24a14 14 0 0 1-28 0c0-6 4-10 6-14 2 6 4 8 8 8-2-6-2-12 0-18z" />,
  'elderly-care': <path d="M18 8a4 4 0 1 0 0.1 0M18 16v12l-6 14M18 28l6 14M18 20h10l4 22" />,
  baby: <path d="M24 6a8 8 0 1 0 0.1 0M12 42l4-20h16l4 20M20 12h0.1M28 12h0.1" />,
  headset: <path d="M8 28v-4a16 16 0 0 1 32 0v4M8 28h6v10H8zM34 28h6v10h-6zM40 38c0 4-6 6-12 6" />,
  shield: <path d="M24 4l16 6v12c0 10-8 18-16 22C16 40 8 32 8 22V10z" />,
  car: <path d="M6 30l4-12h28l4 12v8H6zM12 38v4M36 38v4M6 30h36" />,
  'car-wash': <path d="M6 32l4-10h28l4 10v6H6zM14 8v6M24 6v8M34 8v6" />,
  leaf: <path d="M8 40C8 20 20 8 40 8c0 20-12 32-32 32zM8 40l18-18" />,
  sprout: <path d="M24 42V22M24 22c0-8-6-12-14-12 0 8 6 12 14 12zM24 26c0-8 6-12 14-12 0 8-6 12-14 12" />,
  flag: <path d="M10 44V6M10 8h26l-6 8 6 8H10" />,
  flyer: <path d="M10 4h28v40H10zM16 12h16M16 20h16M16 28h10" />,
};

const FALLBACK = <rect x="8" y="8" width="32" height="32" rx="6" />;

/** The icon of an occupation code (or a plain mark for none). */
export function TradeIcon({ code }: { code: string | null }) {
  const name = code === null ? null : (occupationByCode(code)?.icon ?? null);
  return (
    <svg
      className="trade-icon"
      viewBox="0 0 48 48"
      fill="none"
      stroke="currentColor"
      strokeWidth={3}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      data-icon={name ?? 'none'}
    >
      {(name === null ? undefined : DRAWINGS[name]) ?? FALLBACK}
    </svg>
  );
}
