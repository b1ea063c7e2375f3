// Main process. The pages main renders itself when the renderer cannot be
// shown: a bad or missing config, a renderer that keeps crashing, and the
// read-only config view staff open after the PIN. Served at app://shell/<name>
// with no script at all (SHELL_CSP), so they work even when the renderer build
// is broken. Everything interpolated is HTML-escaped.
import type { Bilingual } from './ipc-contract';
import { escapeHtml } from '../domain/text/html';

export interface ShellPage {
  readonly title: Bilingual;
  readonly message: Bilingual;
  /** Technical lines for the technician (schema issues, crash reason). */
  readonly details?: readonly string[];
  /** A link back to the app, e.g. after a recovery pause. */
  readonly link?: { readonly href: string; readonly label: Bilingual };
  /** Navigate to `link.href` by itself after this many seconds (unattended terminals retry on their own). */
  readonly refreshSeconds?: number;
}

export function renderShellPage(page: ShellPage): string {
  const details = page.details?.length ? `<pre>${page.details.map(escapeHtml).join('\n')}</pre>` : '';
  const link = page.link
    ? `<p><a href="${escapeHtml(page.link.href)}">${escapeHtml(page.link.label.zh)} / ${escapeHtml(page.link.label.en)}</a></p>`
    : '';
  const refresh =
    page.link && page.refreshSeconds !== undefined
      ? `<meta http-equiv="refresh" content="${Math.max(1, Math.round(page.refreshSeconds))};url=${escapeHtml(page.link.href)}">`
      : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
${refresh}
<title>${escapeHtml(page.title.zh)} / ${escapeHtml(page.title.en)}</title>
<style>
  html, body { margin: 0; height: 100%; background: #10243e; color: #fff; font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
  main { box-sizing: border-box; min-height: 100%; padding: 8vh 8vw; display: flex; flex-direction: column; justify-content: center; gap: 1.2em; }
  h1 { font-size: 48px; margin: 0; }
  h2 { font-size: 32px; margin: 0; font-weight: normal; color: #cfe0f5; }
  p { font-size: 28px; margin: 0; line-height: 1.5; }
  pre { font-size: 18px; background: #0a1828; color: #ffd479; padding: 1em; white-space: pre-wrap; word-break: break-all; }
  a { color: #10243e; background: #ffd479; padding: 0.6em 1.2em; border-radius: 12px; text-decoration: none; display: inline-block; min-height: 64px; line-height: 64px; padding-top: 0; padding-bottom: 0; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(page.title.zh)}</h1>
<h2>${escapeHtml(page.title.en)}</h2>
<p>${escapeHtml(page.message.zh)}</p>
<p>${escapeHtml(page.message.en)}</p>
${details}
${link}
</main>
</body>
</html>
`;
}

/** The pages main may show; app://shell/<name>. */
export type ShellPageName = 'error' | 'recovery' | 'config';

/** Holds the current HTML of each shell page; main sets one, then loads its URL. */
export class ShellPages {
  private readonly pages = new Map<string, string>();

  set(name: ShellPageName, page: ShellPage): string {
    this.pages.set(name, renderShellPage(page));
    return `app://shell/${name}`;
  }

  get(name: string): string | null {
    return this.pages.get(name) ?? null;
  }
}
