// Main process. The fallback printer path: Electron's silent print of the
// current page to an OS printer (USB thermal printers with a system driver).
// Electron uses A4 unless told otherwise, so the page size is always given,
// in microns: 58 or 80 mm wide, as long as the slip the renderer laid out.
import type { WebContents, WebContentsPrintOptions } from 'electron';
import type { PaperWidth, PrintResult } from '../ipc-contract';

export function silentPrintOptions(
  paperWidth: PaperWidth,
  heightMm: number,
  deviceName?: string,
): WebContentsPrintOptions {
  const options: WebContentsPrintOptions = {
    silent: true,
    printBackground: true,
    copies: 1,
    landscape: false,
    margins: { marginType: 'none' },
    pageSize: { width: paperWidth * 1000, height: Math.round(heightMm * 1000) },
  };
  if (deviceName !== undefined) options.deviceName = deviceName;
  return options;
}

export function printCurrentPage(
  contents: Pick<WebContents, 'print'>,
  paperWidth: PaperWidth,
  heightMm: number,
  deviceName?: string,
): Promise<PrintResult> {
  return new Promise((resolve) => {
    contents.print(silentPrintOptions(paperWidth, heightMm, deviceName), (success, failureReason) => {
      resolve(
        success
          ? { ok: true, via: 'system' }
          : {
              ok: false,
              reason: 'system-print-failed',
              message: { zh: `系统打印失败：${failureReason}`, en: `System printing failed: ${failureReason}` },
            },
      );
    });
  });
}
