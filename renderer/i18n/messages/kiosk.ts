// Strings of the kiosk screens.
import { defineMessages } from '../define';

export const kiosk = defineMessages({
  'kiosk.title': { zh: '自助查询机', en: 'Self-service kiosk' },
});
