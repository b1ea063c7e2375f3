// Strings of the display screens.
import { defineMessages } from '../define';

export const display = defineMessages({
  'display.title': { zh: '信息发布大屏', en: 'Lobby display' },
});
