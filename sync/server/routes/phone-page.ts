// The frame of the small public pages a seeker opens on a phone from a kiosk
// QR (/p/<posting>, /s/<seeker>): one readable, unindexed, script-free page
// shape, so each route writes only its own body and the styles it adds.
import { escapeHtml } from '../../../domain/text/html';

const BASE_STYLE = `body{margin:0;font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;font-size:20px;line-height:1.5;color:#1a1a1a;background:#fff}
main{max-width:32rem;margin:0 auto;padding:16px 20px}
h1{font-size:26px;margin:0 0 8px}`;

/** `body` is markup the caller has already escaped; `title` is text. */
export function phonePage(title: string, body: string, style = ''): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>
${BASE_STYLE}${style === '' ? '' : `\n${style}`}
</style>
</head>
<body><main>${body}</main></body>
</html>
`;
}
