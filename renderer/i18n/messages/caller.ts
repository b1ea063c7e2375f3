// Strings of the caller screens.
import { defineMessages } from '../define';

export const caller = defineMessages({
  'caller.title': { zh: '窗口叫号', en: 'Window caller' },
});
