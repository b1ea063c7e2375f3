// "Now calling": the latest call very large with its window, the few before it
// below. Keyed by the call's event id, so every new call (and every recall)
// remounts the big number and its flash animation plays again.
import { useI18n } from '../i18n';
import type { CallView } from './use-display-queue';

/** Two rows of two: what fits under the big number on every layout (docs/display.md). */
export const RECENT_CALLS = 4;

export function NowCalling({ calls, speakingId }: { calls: readonly CallView[]; speakingId: string | null }) {
  const { t } = useI18n();
  const latest = calls[calls.length - 1];
  // Bounded: only the last few are ever rendered, however long the day.
  const recent = calls.slice(Math.max(0, calls.length - 1 - RECENT_CALLS), -1).reverse();
  return (
    <section className="display-panel now-calling" aria-labelledby="display-now-calling">
      <h2 id="display-now-calling">{t('display.nowCalling')}</h2>
      <div role="status" className="now-calling-current">
        {latest === undefined ? (
          <p className="now-calling-empty">{t('display.noCalls')}</p>
        ) : (
          <p
            key={latest.id}
            className={`call-flash${speakingId === latest.id ? ' speaking' : ''}`}
            aria-label={t('display.callLine', { number: latest.display, window: latest.windowNumber })}
          >
            <span className="call-number">{latest.display}</span>
            <span className="call-arrow" aria-hidden="true">
              →
            </span>
            <span className="call-window">{t('display.callWindow', { window: latest.windowNumber })}</span>
          </p>
        )}
      </div>
      {recent.length > 0 && (
        <>
          <h3 className="recent-title">{t('display.recentCalls')}</h3>
          <ul className="recent-calls">
            {recent.map((c) => (
              <li key={c.id}>
                <span className="call-number">{c.display}</span> → {t('display.callWindow', { window: c.windowNumber })}
                {c.recall && <span className="recall-tag"> · {t('display.recall')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
