// Counters for GET /metrics in Prometheus text format. Hand-written because
// the handful of series below do not justify a client library.
export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly durations = new Map<string, { sum: number; count: number }>();
  private readonly outcomes = new Map<string, number>();
  private readonly rejections = new Map<string, number>();
  pushBatches = 0;
  pushMutations = 0;
  pullPages = 0;
  pullChanges = 0;
  /** Pushes that started past a gap after a restore (store/restore.ts). */
  rebases = 0;

  constructor(private readonly connectedDevices: () => number) {}

  request(route: string, method: string, status: number, seconds: number): void {
    const k = `route="${route}",method="${method}",status="${status}"`;
    this.requests.set(k, (this.requests.get(k) ?? 0) + 1);
    const dk = `route="${route}",method="${method}"`;
    const d = this.durations.get(dk) ?? { sum: 0, count: 0 };
    d.sum += seconds;
    d.count += 1;
    this.durations.set(dk, d);
  }

  push(results: readonly { status: string; code?: string }[]): void {
    this.pushBatches += 1;
    this.pushMutations += results.length;
    for (const r of results) {
      this.outcomes.set(r.status, (this.outcomes.get(r.status) ?? 0) + 1);
      if (r.code !== undefined) this.rejections.set(r.code, (this.rejections.get(r.code) ?? 0) + 1);
    }
  }

  pull(changes: number): void {
    this.pullPages += 1;
    this.pullChanges += changes;
  }

  render(): string {
    const lines: string[] = [];
    const family = (name: string, type: string, help: string) =>
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    family('gig_http_requests_total', 'counter', 'HTTP requests by route, method and status.');
    for (const [k, v] of this.requests) lines.push(`gig_http_requests_total{${k}} ${v}`);
    family('gig_http_request_duration_seconds', 'summary', 'Time to answer, by route.');
    for (const [k, d] of this.durations) {
      lines.push(
        `gig_http_request_duration_seconds_sum{${k}} ${d.sum}`,
        `gig_http_request_duration_seconds_count{${k}} ${d.count}`,
      );
    }
    family('gig_sync_push_mutations', 'summary', 'Mutations per push request.');
    lines.push(
      `gig_sync_push_mutations_sum ${this.pushMutations}`,
      `gig_sync_push_mutations_count ${this.pushBatches}`,
    );
    family('gig_sync_push_outcomes_total', 'counter', 'Mutations by outcome (applied, skipped, rejected).');
    for (const [k, v] of this.outcomes) lines.push(`gig_sync_push_outcomes_total{outcome="${k}"} ${v}`);
    family('gig_sync_rejected_mutations_total', 'counter', 'Rejected mutations by reason.');
    for (const [k, v] of this.rejections) lines.push(`gig_sync_rejected_mutations_total{code="${k}"} ${v}`);
    family('gig_sync_push_rebases_total', 'counter', 'Pushes that skipped ids lost by a restore from backup.');
    lines.push(`gig_sync_push_rebases_total ${this.rebases}`);
    family('gig_sync_pull_changes', 'summary', 'Changes per pull page.');
    lines.push(`gig_sync_pull_changes_sum ${this.pullChanges}`, `gig_sync_pull_changes_count ${this.pullPages}`);
    family('gig_poke_connected_devices', 'gauge', 'Devices with an open poke socket.');
    lines.push(`gig_poke_connected_devices ${this.connectedDevices()}`);
    return `${lines.join('\n')}\n`;
  }
}
