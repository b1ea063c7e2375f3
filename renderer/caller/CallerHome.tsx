// The staff window. Calling, intake and review arrive with their issues; the
// screen already lists the market's staff on duty from the local store.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Market } from '../../domain/records/market';
import { useTerminal } from '../app/terminal-context';
import { activeStaff } from '../db/queries';
import { useI18n } from '../i18n';

export function CallerHome({ market }: { market: Market }) {
  const { t } = useI18n();
  const { db } = useTerminal();
  const staff = useLiveQuery(() => activeStaff(db, market.id), [db, market.id]);
  return (
    <section aria-labelledby="caller-staff">
      <p>{t('caller.placeholder')}</p>
      <h2 id="caller-staff">{t('caller.staffOnDuty')}</h2>
      <ul>
        {(staff ?? []).map((s) => (
          <li key={s.id}>
            {s.name} · {s.staffNo}
          </li>
        ))}
      </ul>
    </section>
  );
}
