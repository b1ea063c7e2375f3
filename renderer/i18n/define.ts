// Messages are written zh-CN first with the English beside it, one file per
// area (common, kiosk, caller, display…), so each screen's strings live
// together and areas can grow without touching each other.
export interface Message {
  readonly zh: string;
  readonly en: string;
}

export function defineMessages<const T extends Record<string, Message>>(messages: T): T {
  return messages;
}
