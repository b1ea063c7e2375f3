// Renderer entry (runs in the browser or Electron's sandboxed renderer).
// First, before any module builds a zod schema: no eval probe under the shell's CSP.
import './app/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startTerminal, StorageOpenError } from './app/bootstrap';
import { StorageUnavailable } from './app/storage/StorageUnavailable';
import { roleFromHash } from './app/route';
import { TerminalProvider } from './app/terminal-context';
import { I18nProvider, translate } from './i18n';
import './ui/theme.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('#root missing from index.html');
const root = createRoot(rootElement);

// Each role keeps its own store and device identity, so the three roles can
// share one browser profile in the demo.
const role = roleFromHash(window.location.hash) ?? 'kiosk';
window.addEventListener('hashchange', () => {
  if ((roleFromHash(window.location.hash) ?? 'kiosk') !== role) window.location.reload();
});

const dbName = `gig-kiosk-${role}`;
startTerminal(dbName, translate('zh-CN', `role.${role}`)).then(
  ({ db, ctx, engine }) => {
    root.render(
      <StrictMode>
        <I18nProvider>
          <TerminalProvider value={{ db, now: Date.now, ctx, engine }}>
            <App />
          </TerminalProvider>
        </I18nProvider>
      </StrictMode>,
    );
  },
  (error: unknown) => {
    if (error instanceof StorageOpenError) {
      root.render(<StorageUnavailable dbName={dbName} error={error.message} />);
      return;
    }
    root.render(
      <div className="error-page" role="alert">
        <h1>{translate('zh-CN', 'error.title')}</h1>
        <p>{translate('zh-CN', 'error.storage')}</p>
        <p lang="en">{translate('en', 'error.storage')}</p>
        <pre>{error instanceof Error ? error.message : String(error)}</pre>
      </div>,
    );
  },
);
