// Main process (Node inside Electron). The composition root: reads the plan
// (config or config problem), takes the single-instance lock for the role's
// profile, serves the renderer over app://, opens the one locked-down window,
// and wires IPC, recovery, the nightly restart, the disk guard and printing.
// Each of those lives in its own module; this file only connects them.
import { join } from 'node:path';
import { app, dialog, ipcMain, Menu, powerSaveBlocker, protocol, safeStorage, session, webContents } from 'electron';
import { terminalView, type TerminalConfig } from './config';
import { createCredentialsKeeper } from './credentials';
import { createDeviceTokenStore } from './device-token';
import { startDiskGuard, type DiskGuard } from './disk-guard';
import { createIpcHandlers } from './handlers';
import { diskStatusSchema, type DiskStatus, type StaffAction } from './ipc-contract';
import { registerIpcHandlers } from './ipc-main';
import { allowListFor, isTrustedSender, type AllowList } from './navigation';
import { applyPermissionPolicy } from './permissions';
import { sendRawToPrinter } from './print/escpos-tcp';
import { printCurrentPage } from './print/system-print';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, buildRendererCsp, createAppProtocolHandler, SHELL_CSP } from './protocol';
import { attachWatchdog, createRecoveryPolicy } from './recovery';
import { startNightlyRestart, type NightlyRestart } from './schedule';
import { ShellPages } from './shell-pages';
import { createStaffExitHandler } from './staff-exit';
import { createFileAttemptStore, createPinAttemptLimiter, verifyStaffPin } from './staff-pin';
import { planStartup, type StartupPlan } from './startup';
import { createTerminalWindow, type CreatedWindow } from './window';

/** Non-fatal trouble (a zoom call on a page that went away): reported on the log, the terminal carries on. */
function reportNonFatal(err: Error): void {
  console.warn(`[gig-kiosk] 非致命错误 / non-fatal error: ${err.stack ?? err.message}`);
}

let quitting = false;

/** The nightly restart and the staff's "restart" both end here. */
function relaunch(created: CreatedWindow | null): void {
  quitting = true;
  created?.allowClose();
  app.relaunch();
  app.exit(0);
}

function quit(created: CreatedWindow): void {
  quitting = true;
  created.allowClose();
  app.quit();
}

function showConfigProblem(plan: Extract<StartupPlan, { ok: false }>, pages: ShellPages, rendererRoot: string): void {
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ rendererRoot, csp: SHELL_CSP, shellPage: (n) => pages.get(n) }),
  );
  // No config means no PIN and no role: a technician must be able to close this window, so it is not locked down.
  const created = createTerminalWindow(
    { role: 'kiosk', lockdown: false, preloadPath: join(__dirname, 'preload.cjs') },
    [],
    reportNonFatal,
  );
  const url = pages.set('error', {
    title: { zh: '终端配置错误', en: 'Terminal configuration error' },
    message: plan.problem.message,
    details: [`${plan.problem.code}: ${plan.problem.path}`, ...plan.problem.details],
  });
  void created.window.loadURL(url).catch(reportNonFatal);
}

function runTerminal(plan: Extract<StartupPlan, { ok: true }>, pages: ShellPages, rendererRoot: string): void {
  const config: TerminalConfig = plan.config;
  const allow: AllowList = allowListFor([plan.rendererUrl]);
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ rendererRoot, csp: buildRendererCsp(config.serverUrl), shellPage: (n) => pages.get(n) }),
  );
  applyPermissionPolicy(session.defaultSession, config.role, allow);

  const created = createTerminalWindow(
    { role: config.role, lockdown: config.kiosk.lockdown, preloadPath: join(__dirname, 'preload.cjs') },
    allow,
    reportNonFatal,
  );
  const win = created.window;
  const trusted = new Set([win.webContents.id]);
  app.on('second-instance', () => {
    // A second launch (someone double-clicked the icon) brings the terminal back instead of a new copy.
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  const backToApp = { href: plan.rendererUrl, label: { zh: '返回', en: 'Back' } };

  const policy = createRecoveryPolicy();
  attachWatchdog(win.webContents, {
    policy,
    isQuitting: () => quitting,
    onGiveUp: (decision) => {
      const url = pages.set('recovery', {
        title: { zh: '暂停服务，正在恢复', en: 'Temporarily out of service' },
        message: decision.message,
        details: [decision.detail],
        link: { href: plan.rendererUrl, label: { zh: '重试', en: 'Try again' } },
        refreshSeconds: decision.retryAfterMs / 1000,
      });
      void win.loadURL(url).catch(reportNonFatal);
    },
  });

  if (config.role === 'display') powerSaveBlocker.start('prevent-display-sleep');

  let nightly: NightlyRestart | null = null;
  if (config.schedule.nightlyRestart !== null) {
    nightly = startNightlyRestart({
      time: config.schedule.nightlyRestart,
      onRestart: () => {
        relaunch(created);
      },
    });
  }

  const pushDisk = (status: DiskStatus): void => {
    if (!win.isDestroyed()) win.webContents.send('gig:event:disk', diskStatusSchema.parse(status));
  };
  const disk: DiskGuard = startDiskGuard({
    path: app.getPath('userData'),
    thresholds: config.disk,
    intervalMs: config.disk.checkIntervalSeconds * 1000,
    onChange: pushDisk,
  });
  // The first check usually finishes before the page has loaded; repeat the current status to each new page.
  win.webContents.on('did-finish-load', () => {
    pushDisk(disk.current());
  });

  const perform = (action: Exclude<StaffAction, 'verify'>): void => {
    if (action === 'exit') quit(created);
    else if (action === 'reload') win.webContents.reload();
    else {
      const { staff: _staff, ...shown } = config;
      const url = pages.set('config', {
        title: { zh: '终端配置', en: 'Terminal configuration' },
        message: {
          zh: `配置文件：${plan.configPath ?? '（开发模式，无文件）'}`,
          en: `Config file: ${plan.configPath ?? '(development mode, no file)'}`,
        },
        details: JSON.stringify(shown, null, 2).split('\n'),
        link: backToApp,
      });
      void win.loadURL(url).catch(reportNonFatal);
    }
  };

  const printer = config.printer;
  registerIpcHandlers(
    ipcMain,
    createIpcHandlers({
      view: terminalView(config, { dev: plan.dev, appVersion: app.getVersion() }),
      paperWidth: printer?.paperWidth ?? null,
      diskStatus: () => disk.current(),
      recentReloads: () => policy.recentReloads(),
      nextRestartAt: () => (nightly ? new Date(nightly.nextAt) : null),
      uptimeSeconds: () => process.uptime(),
      sendEscPos: printer ? (bytes) => sendRawToPrinter(printer, bytes) : null,
      printPage: (senderId, paperWidth, heightMm) => {
        const contents = webContents.fromId(senderId);
        if (!contents) {
          return Promise.resolve({
            ok: false,
            reason: 'system-print-failed',
            message: { zh: '页面已关闭', en: 'The page is gone' },
          });
        }
        return printCurrentPage(contents, paperWidth, heightMm, printer?.systemPrinter);
      },
      restart: (senderId, kind) => {
        if (kind === 'relaunch') relaunch(created);
        else webContents.fromId(senderId)?.reload();
      },
      credentials: createCredentialsKeeper({
        // safeStorage may be used only after 'ready' (on Linux it needs the keyring chosen by then): this runs after it.
        store: createDeviceTokenStore({ dir: app.getPath('userData'), safeStorage }),
        serverUrl: config.serverUrl,
        role: config.role,
        marketId: plan.dev && plan.configPath === null ? null : config.marketId,
      }),
      staffExit: createStaffExitHandler({
        pinHash: config.staff.pinHash,
        limiter: createPinAttemptLimiter({
          store: createFileAttemptStore(join(app.getPath('userData'), 'staff-pin-attempts.json')),
        }),
        verify: verifyStaffPin,
        perform,
      }),
    }),
    (event) => isTrustedSender(event, allow, trusted),
  );

  void win.loadURL(plan.rendererUrl).catch(reportNonFatal);
}

function main(): void {
  // Before ready: app:// must be a privileged (standard, secure) scheme.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  const { GIG_RENDERER_URL, GIG_ROLE, GIG_CONFIG, GIG_SERVER_URL } = process.env;
  const plan = planStartup({ GIG_RENDERER_URL, GIG_ROLE, GIG_CONFIG, GIG_SERVER_URL }, app.getPath('appData'));
  app.setPath('userData', join(app.getPath('appData'), 'gig-kiosk', plan.profile));

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('window-all-closed', () => {
    app.quit();
  });

  app
    .whenReady()
    .then(() => {
      // No menu: also removes Electron's default accelerators (reload, devtools, zoom).
      Menu.setApplicationMenu(null);
      const pages = new ShellPages();
      const rendererRoot = join(__dirname, '..', 'renderer');
      if (plan.ok) runTerminal(plan, pages, rendererRoot);
      else showConfigProblem(plan, pages, rendererRoot);
    })
    .catch((err: unknown) => {
      // A bug in the wiring itself: say so in both languages and stop, rather than show a half-built window.
      const why = err instanceof Error ? (err.stack ?? err.message) : String(err);
      dialog.showErrorBox('终端启动失败 / The terminal failed to start', why);
      app.exit(1);
    });
}

main();
