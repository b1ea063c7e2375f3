// Strings of the window's frame and its work areas (issue 11). Each area adds
// its own block under its prefix (window.<area>.*) so branches merge cleanly.
import { defineMessages } from '../define';

export const windowFrame = defineMessages({
  // The frame: the work-area switcher beside the call panel.
  'window.areas': { zh: '工作区（Alt+1 至 Alt+7）', en: 'Work areas (Alt+1 to Alt+7)' },
  'window.area.current': { zh: '当前服务', en: 'Now serving' },
  'window.area.employers': { zh: '用工登记', en: 'Employers' },
  'window.area.postings': { zh: '岗位', en: 'Postings' },
  'window.area.review': { zh: '审核', en: 'Review' },
  'window.area.seekers': { zh: '求职者', en: 'Seekers' },
  'window.area.ledger': { zh: '台账', en: 'Ledger' },
  'window.area.today': { zh: '今日', en: 'Today' },
});
