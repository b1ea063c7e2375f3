// The result list, virtualized: only the cards on screen are in the DOM, so
// twenty thousand local postings scroll and re-filter without a stall. Each
// card shows the trade's icon, the pay large, the place and the start day, and
// opens the posting.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { IndexedPosting } from '../../../domain/posting/search';
import { occupationByCode } from '../../../domain/reference/occupations';
import { districtLabel, occupationLabel, payAmountLabel, payMethodLabel } from '../../../domain/reference/labels';
import { useI18n } from '../../i18n';
import { cardSpeech } from '../../../domain/speech/reading';
import { KioskIcon } from '../KioskIcon';
import { ReadAloudButton } from '../speech/ReadAloudButton';

export function JobCardButton({ entry, onOpen }: { entry: IndexedPosting; onOpen: (id: string) => void }) {
  const { t, lang } = useI18n();
  const p = entry.posting;
  const icon = (p.occupationCode === null ? null : occupationByCode(p.occupationCode))?.icon ?? 'jobs';
  return (
    <button
      type="button"
      className="kiosk-job"
      aria-label={`${p.title} ${payAmountLabel(p.pay, lang)}`}
      onClick={() => {
        onOpen(p.id);
      }}
    >
      <KioskIcon name={icon} size={64} />
      <span className="kiosk-job-main">
        <span className="kiosk-job-title">{p.title}</span>
        <span className="kiosk-job-meta">
          {occupationLabel(p.occupationCode, p.occupation, lang)} · {districtLabel(p.location.district, lang)}
        </span>
        {entry.workDays !== null && (
          <span className="kiosk-job-meta">{t('kiosk.card.starts', { date: entry.workDays.first })}</span>
        )}
      </span>
      <span className="kiosk-job-pay">
        <strong>{payAmountLabel(p.pay, lang)}</strong>
        <span>{payMethodLabel(p.pay.method, lang)}</span>
      </span>
    </button>
  );
}

export function JobList({
  results,
  elder,
  onOpen,
}: {
  results: readonly IndexedPosting[];
  elder: boolean;
  onOpen: (id: string) => void;
}) {
  const { t, lang } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const rowHeight = elder ? 240 : 176;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this list itself; nothing memoizes its functions
  const virtualizer = useVirtualizer({
    count: results.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 4,
    // Before the first measurement (and in a DOM without layout) draw a screenful, not nothing.
    initialRect: { width: 1000, height: 1200 },
  });
  return (
    <div ref={scroller} className="kiosk-job-scroller" role="region" aria-label={t('postings.title')} tabIndex={0}>
      <ul className="kiosk-job-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const entry = results[row.index];
          if (entry === undefined) return null;
          return (
            <li
              key={entry.posting.id}
              className="kiosk-job-row"
              style={{ height: row.size, transform: `translateY(${String(row.start)}px)` }}
            >
              <JobCardButton entry={entry} onOpen={onOpen} />
              <ReadAloudButton text={cardSpeech(entry.posting, lang)} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
