// The one-stop window's standard services (第四条(四): 求职(用工)登记, 培训信息,
// 权益维护, 政策咨询; 第七条 即时快招; 第十条(三) 创业服务), each with the lane
// letter its tickets carry (A023). A market that has not configured its own
// services (Market.queue) offers these.
import type { QueueService } from './config';

export const STANDARD_SERVICES: readonly QueueService[] = [
  {
    code: 'seeker-registration',
    lane: 'A',
    label: '求职登记',
    labelEn: 'Job-seeker registration',
    icon: 'person-search',
  },
  {
    code: 'employer-registration',
    lane: 'B',
    label: '招聘登记/用工',
    labelEn: 'Employer and job registration',
    icon: 'briefcase',
  },
  { code: 'quick-match', lane: 'C', label: '即时快招对接', labelEn: 'Quick job matching', icon: 'handshake' },
  { code: 'policy', lane: 'D', label: '政策咨询', labelEn: 'Policy advice', icon: 'document' },
  { code: 'rights', lane: 'E', label: '权益维护', labelEn: "Workers' rights", icon: 'scale' },
  {
    code: 'training-startup',
    lane: 'F',
    label: '培训与创业',
    labelEn: 'Training and start-up',
    icon: 'graduation-cap',
  },
];
