// One big touch tile of the kiosk: an icon, a label (the tile's accessible
// name) and, where given, a hint read as its description. Every choice on
// the kiosk is one of these, so they look, sound and measure alike.
import { useId } from 'react';
import { KioskIcon } from './KioskIcon';

export function KioskTile({
  icon,
  label,
  hint,
  primary = false,
  iconSize = 72,
  onPress,
}: {
  icon: string;
  label: string;
  hint?: string;
  primary?: boolean;
  iconSize?: number;
  onPress: () => void;
}) {
  const id = useId();
  const described = hint !== undefined;
  return (
    <button
      type="button"
      className={primary ? 'kiosk-tile primary' : 'kiosk-tile'}
      aria-labelledby={described ? `${id}-label` : undefined}
      aria-describedby={described ? `${id}-hint` : undefined}
      onClick={onPress}
    >
      <KioskIcon name={icon} size={iconSize} />
      <span id={`${id}-label`} className="kiosk-tile-label">
        {label}
      </span>
      {described && (
        <span id={`${id}-hint`} className="kiosk-tile-hint">
          {hint}
        </span>
      )}
    </button>
  );
}
