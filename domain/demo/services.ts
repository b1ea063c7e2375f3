// The demo market offers the standard services (domain/queue/standard-services).
import type { QueueService } from '../queue/config';
import { STANDARD_SERVICES } from '../queue/standard-services';

export type DemoService = QueueService;

export const DEMO_SERVICES: readonly DemoService[] = STANDARD_SERVICES;
