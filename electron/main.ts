// Electron main process (runs in Node inside Electron). A thin shell: one
// locked-down window for the terminal's role; everything else lives in the
// renderer and domain/. The hardened shell (custom protocol, CSP, watchdog,
// enrolment, printing) is the Electron-shell issue's work.
import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';

const rendererUrl = process.env.GIG_RENDERER_URL;

function allowedOrigin(url: string): boolean {
  if (!rendererUrl) return false;
  try {
    return new URL(url).origin === new URL(rendererUrl).origin;
  } catch {
    return false;
  }
}

function createWindow(url: string): void {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    autoHideMenuBar: true,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  win.webContents.on('will-navigate', (event, target) => {
    if (!allowedOrigin(target)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  void win.loadURL(url);
}

// One instance per role: each role keeps its own profile (and so its own
// IndexedDB), which also lets the demo run all three roles on one machine.
const role = process.env.GIG_ROLE ?? 'kiosk';
app.setPath('userData', join(app.getPath('appData'), 'gig-kiosk', role));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(() => {
    if (!rendererUrl) {
      throw new Error('GIG_RENDERER_URL 未设置 / GIG_RENDERER_URL is not set (start with npm start)');
    }
    createWindow(rendererUrl);
  });
  app.on('window-all-closed', () => {
    app.quit();
  });
}
