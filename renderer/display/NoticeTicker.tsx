// The notice and policy ticker along the bottom, highest priority first. The
// moving copy is decoration (aria-hidden); the list beside it holds the text
// once for assistive technology.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTerminal } from '../app/terminal-context';
import { currentContent } from '../db/queries';
import { useI18n } from '../i18n';

export function NoticeTicker({ marketId, today }: { marketId: string; today: string }) {
  const { t } = useI18n();
  const { db } = useTerminal();
  const items = useLiveQuery(async () => {
    const where = { marketId, today };
    const [notices, policies] = await Promise.all([
      currentContent(db, 'notice', where),
      currentContent(db, 'policy', where),
    ]);
    return [...notices, ...policies].sort((a, b) => b.priority - a.priority);
  }, [db, marketId, today]);
  if (items === undefined || items.length === 0) return null;
  const line = items.map((c) => c.title).join('　·　');
  return (
    <section className="notice-ticker" aria-label={t('display.ticker.label')}>
      <span className="ticker-label" aria-hidden="true">
        {t('display.ticker.label')}
      </span>
      <div className="ticker-window">
        <ul className="display-sr-only">
          {items.map((c) => (
            <li key={c.id}>{c.title}</li>
          ))}
        </ul>
        <p className="ticker-text" aria-hidden="true">
          {line}
        </p>
      </div>
    </section>
  );
}
