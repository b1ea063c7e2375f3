// The renderer's root: picks the role's screen from the URL and frames it.
import { useEffect, useState } from 'react';
import type { TerminalRole } from '../../domain/records/market';
import { CallerHome } from '../caller/CallerHome';
import { DisplayBoard } from '../display/DisplayBoard';
import { useI18n } from '../i18n';
import { KioskHome } from '../kiosk/KioskHome';
import { Shell } from '../ui/Shell';
import { SyncBadge } from '../ui/SyncBadge';
import { DiskBanner } from './DiskBanner';
import { EnrolmentScreen } from './EnrolmentScreen';
import { hashForRole, roleFromHash } from './route';
import { StaffExit } from './staff-exit/StaffExit';
import { StorageBanner } from './storage/StorageBanner';
import { useTerminal } from './terminal-context';
import { TerminalHealthProvider } from './use-terminal-health';
import { useMarket } from './use-market-data';

const ROLES: readonly TerminalRole[] = ['kiosk', 'display', 'caller'];

function useRoleFromLocation(): TerminalRole | null {
  const [role, setRole] = useState(() => roleFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => {
      setRole(roleFromHash(window.location.hash));
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      window.removeEventListener('hashchange', onHash);
    };
  }, []);
  return role;
}

function RoleChooser() {
  const { t } = useI18n();
  return (
    <Shell title={t('app.title')} rightsHotline={null}>
      <h2>{t('app.chooseRole')}</h2>
      <nav className="role-chooser">
        {ROLES.map((r) => (
          <a key={r} className="button primary" href={hashForRole(r)}>
            {t(`role.${r}`)}
          </a>
        ))}
      </nav>
    </Shell>
  );
}

/**
 * The shell's overlays sit around every screen, the enrolment and role
 * screens included: staff must be able to exit from any of them, and the
 * disk and store banners must show whatever the screen.
 */
export function App() {
  return (
    <TerminalHealthProvider>
      <DiskBanner />
      <StorageBanner />
      <RoleScreen />
      <StaffExit />
    </TerminalHealthProvider>
  );
}

function RoleScreen() {
  const role = useRoleFromLocation();
  const market = useMarket();
  const { engine } = useTerminal();
  const { t } = useI18n();
  if (role === null) return <RoleChooser />;
  if (engine === null) {
    return (
      <EnrolmentScreen
        label={t(`role.${role}`)}
        onEnrolled={() => {
          window.location.reload();
        }}
      />
    );
  }
  const title = market ? `${market.name} · ${t(`role.${role}`)}` : t(`role.${role}`);
  return (
    <Shell
      title={title}
      rightsHotline={market?.rightsHotline ?? null}
      status={engine === undefined ? undefined : <SyncBadge engine={engine} showRefusals={role === 'caller'} />}
    >
      {market === undefined ? (
        <p>{t('app.loading')}</p>
      ) : market === null ? (
        <p role="alert">{t('market.none')}</p>
      ) : role === 'kiosk' ? (
        <KioskHome market={market} />
      ) : role === 'display' ? (
        <DisplayBoard market={market} />
      ) : (
        <CallerHome market={market} />
      )}
    </Shell>
  );
}
