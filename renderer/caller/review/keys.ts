// Keyboard helpers shared by the review helper's work areas (审核, 台账, 今日,
// 一次性告知): a letter shortcut must not fire while the staff member types.

export function isTextField(el: EventTarget | null): boolean {
  return el instanceof HTMLInputElement
    ? !['radio', 'checkbox', 'button', 'submit'].includes(el.type)
    : el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
}

/** A plain letter or digit press (no Ctrl/Alt/Meta), upper-cased; null for anything else. */
export function plainKey(e: { key: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean }): string | null {
  if (e.ctrlKey || e.altKey || e.metaKey || e.key.length !== 1) return null;
  return e.key.toUpperCase();
}
