// A QR code as an SVG data URL for an <img>: the SVG string comes from the
// qrcode library; an <img> keeps the markup out of the DOM (no innerHTML).
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The QR of `text`, or null while it is drawn (or if it could not be: the number is still on screen). */
export function useQrDataUrl(text: string): string | null {
  const [drawn, setDrawn] = useState<{ text: string; url: string } | null>(null);
  useEffect(() => {
    let live = true;
    qrDataUrl(text).then(
      (url) => {
        if (live) setDrawn({ text, url });
      },
      (error: unknown) => {
        console.warn('二维码生成失败 / QR code failed', error);
      },
    );
    return () => {
      live = false;
    };
  }, [text]);
  return drawn !== null && drawn.text === text ? drawn.url : null;
}
