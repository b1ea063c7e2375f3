// The work-area switcher beside the call panel (ARIA tabs): a tab per area
// that exists, Alt+1 … Alt+7 from anywhere (the frame reads those keys), and
// ←/→/Home/End on the tab list itself. Only the chosen area is mounted: each
// area keeps what is typed in its drafts, not in a hidden screen.
import { useEffect, useRef, type ComponentType, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n';
import type { WorkAreaId, WorkAreaProps } from '../areas/work-area';
import { registeredAreas } from '../areas/registry';
import { areaShortcut } from '../shortcuts';

export type AreaRegistry = Readonly<Partial<Record<WorkAreaId, ComponentType<WorkAreaProps>>>>;

export function WorkAreaTabs({
  registry,
  selected,
  onSelect,
  areaProps,
}: {
  registry: AreaRegistry;
  selected: WorkAreaId;
  onSelect: (area: WorkAreaId) => void;
  areaProps: WorkAreaProps;
}) {
  const { t } = useI18n();
  const areas = registeredAreas(registry);
  const listRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  const Area = registry[selected];

  // After a switch the keyboard follows to the new tab, unless the area took it for its first field.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (panelRef.current?.contains(document.activeElement) === true) return;
    listRef.current?.querySelector<HTMLButtonElement>(`#window-tab-${selected}`)?.focus();
  }, [selected]);

  const onListKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = areas.indexOf(selected);
    const to =
      e.key === 'ArrowRight'
        ? areas[(at + 1) % areas.length]
        : e.key === 'ArrowLeft'
          ? areas[(at - 1 + areas.length) % areas.length]
          : e.key === 'Home'
            ? areas[0]
            : e.key === 'End'
              ? areas[areas.length - 1]
              : undefined;
    if (to === undefined) return;
    e.preventDefault();
    onSelect(to);
  };

  return (
    <section className="window-areas">
      <div role="tablist" aria-label={t('window.areas')} className="window-tabs" ref={listRef} onKeyDown={onListKey}>
        {areas.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`window-tab-${id}`}
            aria-selected={id === selected}
            aria-controls={`window-panel-${id}`}
            aria-keyshortcuts={areaShortcut(id)}
            tabIndex={id === selected ? 0 : -1}
            onClick={() => {
              onSelect(id);
            }}
          >
            {t(`window.area.${id}`)} <kbd>{areaShortcut(id)}</kbd>
          </button>
        ))}
      </div>
      {Area !== undefined && (
        <div
          role="tabpanel"
          id={`window-panel-${selected}`}
          aria-labelledby={`window-tab-${selected}`}
          className="window-panel"
          ref={panelRef}
        >
          <Area {...areaProps} />
        </div>
      )}
    </section>
  );
}
