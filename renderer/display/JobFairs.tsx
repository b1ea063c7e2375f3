// Upcoming 专场招聘 of the market, soonest first.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTerminal } from '../app/terminal-context';
import { recruitmentEventsNotEnded } from '../db/queries';
import { useI18n } from '../i18n';

/** What fits the panel on every layout (docs/display.md); the kiosk lists them all. */
const SHOWN = 3;

function when(iso: string, lang: 'zh' | 'en'): string {
  return new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Shanghai',
  });
}

export function JobFairs({ marketId, nowMinute }: { marketId: string; nowMinute: number }) {
  const { t, lang } = useI18n();
  const { db } = useTerminal();
  const events = useLiveQuery(() => recruitmentEventsNotEnded(db, marketId, nowMinute), [db, marketId, nowMinute]);
  return (
    <section className="display-panel job-fairs" aria-labelledby="display-fairs">
      <h2 id="display-fairs">{t('display.events.title')}</h2>
      {events !== undefined && events.length === 0 ? (
        <p>{t('display.events.none')}</p>
      ) : (
        <ul className="fair-list">
          {(events ?? []).slice(0, SHOWN).map((e) => (
            <li key={e.id}>
              <strong className="fair-title">{e.title}</strong>
              <span className="fair-time">
                {when(e.startsAt, lang)} – {when(e.endsAt, lang)}
              </span>
              <span className="fair-venue">{t('display.events.venue', { venue: e.venue })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
