// Helpers for driving a caller window in the browser suite.
import type { Page } from 'playwright-core';

/**
 * Give one staff member a PIN hash in the caller's own store, as a pull would
 * after `npm run cli -- set-pin` on the server. (The suite's server store is
 * not reachable from here; see the report to the lead.)
 */
export async function givePin(page: Page, staffNo: string, pinHash: string): Promise<void> {
  await page.evaluate(
    async ({ staffNo: no, pinHash: hash }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('gig-kiosk-caller');
        open.onsuccess = () => {
          resolve(open.result);
        };
        open.onerror = () => {
          reject(open.error ?? new Error('open failed'));
        };
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('staff', 'readwrite');
        const store = tx.objectStore('staff');
        const all = store.getAll();
        all.onsuccess = () => {
          for (const s of all.result as { staffNo: string; pinHash: string | null }[]) {
            if (s.staffNo === no) store.put({ ...s, pinHash: hash });
          }
        };
        tx.oncomplete = () => {
          resolve();
        };
        tx.onerror = () => {
          reject(tx.error ?? new Error('write failed'));
        };
      });
      db.close();
    },
    { staffNo, pinHash },
  );
}
