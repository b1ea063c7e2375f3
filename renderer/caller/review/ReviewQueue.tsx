// The queue as a listbox: the arrow keys move the selection (the machine's),
// the list keeps keyboard focus so the letter shortcuts work straight away.
import { useEffect, useRef } from 'react';
import type { Posting } from '../../../domain/records/posting';
import { useI18n } from '../../i18n';

export function ReviewQueue({
  items,
  selectedId,
  empty,
  onMove,
  onSelect,
  active,
}: {
  items: readonly Posting[];
  selectedId: string | null;
  empty: string;
  onMove: (delta: number) => void;
  onSelect: (id: string) => void;
  /** True while browsing: a closed form hands the keyboard back to the list. */
  active: boolean;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (active) ref.current?.focus();
  }, [active]);
  useEffect(() => {
    if (selectedId === null) return;
    const el = ref.current?.querySelector(`[data-id="${selectedId}"]`);
    if (el instanceof HTMLElement && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);
  const keys: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
  return (
    <ul
      ref={ref}
      role="listbox"
      tabIndex={0}
      aria-label={t('review.queue')}
      className="review-queue"
      aria-activedescendant={selectedId === null ? undefined : `review-item-${selectedId}`}
      onKeyDown={(e) => {
        const delta = keys[e.key];
        if (delta === undefined) return;
        e.preventDefault();
        onMove(delta);
      }}
    >
      {items.length === 0 && (
        <li role="option" aria-selected={false} aria-disabled>
          {empty}
        </li>
      )}
      {items.map((p) => (
        <li
          key={p.id}
          id={`review-item-${p.id}`}
          data-id={p.id}
          role="option"
          aria-selected={p.id === selectedId}
          className={`verdict-${p.screening.verdict}`}
          onClick={() => {
            onSelect(p.id);
          }}
        >
          <span className="review-item-title">{p.title}</span>
          <small>
            {p.screening.verdict === 'ok' ? '' : p.screening.verdict === 'warn' ? '⚠ ' : '⛔ '}
            {p.createdAt.slice(5, 16).replace('T', ' ')}
          </small>
        </li>
      ))}
    </ul>
  );
}
