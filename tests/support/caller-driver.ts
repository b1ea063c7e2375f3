// A window's caller played over the server's HTTP API, for the browser suite
// (a display to watch calls) and the call-to-display bench: enrolled with a
// one-time code, it issues tickets and calls them with pushes a real caller
// terminal would make.
import { formatStamp, nodeIdFromDeviceId, type HlcStamp } from '../../domain/clock/hlc';
import { localDay } from '../../domain/clock/local-day';
import { uuidv7 } from '../../domain/ids/uuidv7';
import { SCHEMA_VERSION } from '../../domain/records/mutation';
import type { Ticket, TicketEvent, TicketEventType } from '../../domain/records/queue';
import type { RecordTable } from '../../domain/records/registry';
import { enrolResponseSchema } from '../../sync/protocol/enrol';
import { ENROL_PATH, PUSH_PATH } from '../../sync/protocol/paths';
import { pushResponseSchema } from '../../sync/protocol/push';
import { PROTOCOL_VERSION } from '../../sync/protocol/version';

const VERSIONS = { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION };

/** A window's caller over the server's HTTP API: enrolled with a code, it issues tickets and calls them. */
export class CallerDriver {
  private mutationId = 0;
  private lastMillis = 0;
  private counter = 0;
  private readonly node: string;

  private constructor(
    private readonly baseUrl: string,
    readonly deviceId: string,
    private readonly token: string,
    readonly marketId: string,
  ) {
    this.node = nodeIdFromDeviceId(deviceId);
  }

  static async enrol(baseUrl: string, code: string, label = 'bench caller'): Promise<CallerDriver> {
    const response = await fetch(new URL(ENROL_PATH, baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...VERSIONS, code, label }),
    });
    if (!response.ok)
      throw new Error(`注册失败 / enrolment refused: ${String(response.status)} ${await response.text()}`);
    const e = enrolResponseSchema.parse(await response.json());
    return new CallerDriver(baseUrl, e.deviceId, e.token, e.marketId);
  }

  /** Strictly increasing HLC stamps of this device. */
  private stamp(): HlcStamp {
    const now = Date.now();
    if (now > this.lastMillis) {
      this.lastMillis = now;
      this.counter = 0;
    } else this.counter += 1;
    return formatStamp({ millis: this.lastMillis, counter: this.counter, node: this.node });
  }

  private put(table: RecordTable, record: Record<string, unknown>, hlc: HlcStamp) {
    this.mutationId += 1;
    return {
      deviceId: this.deviceId,
      mutationId: this.mutationId,
      name: 'put' as const,
      args: { table, record },
      hlc,
      schemaVersion: SCHEMA_VERSION,
    };
  }

  private async push(mutations: ReturnType<CallerDriver['put']>[]): Promise<void> {
    const response = await fetch(new URL(PUSH_PATH, this.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ ...VERSIONS, deviceId: this.deviceId, mutations }),
    });
    if (!response.ok) throw new Error(`推送失败 / push refused: ${String(response.status)} ${await response.text()}`);
    const answer = pushResponseSchema.parse(await response.json());
    const refused = answer.results.find((r) => r.status === 'rejected');
    if (refused !== undefined || answer.stop !== null) {
      throw new Error(`推送未全部应用 / push not applied: ${JSON.stringify(answer)}`);
    }
  }

  private event(ticket: Ticket, type: TicketEventType, windowNumber: number | null): TicketEvent {
    const at = this.stamp();
    return {
      id: uuidv7(Date.now()),
      hlc: at,
      deleted: false,
      marketId: this.marketId,
      ticketId: ticket.id,
      type,
      at,
      terminalId: this.deviceId,
      staffId: null,
      windowNumber,
      toLane: null,
      outcome: null,
    };
  }

  /** Issue today's tickets `from..from+count-1` in `lane`, printed (handed out), in batches. */
  async issue(lane: string, from: number, count: number): Promise<Ticket[]> {
    const tickets: Ticket[] = [];
    const day = localDay(Date.now());
    for (let i = 0; i < count; i++) {
      const number = from + i;
      const issuedAt = this.stamp();
      tickets.push({
        id: uuidv7(Date.now()),
        hlc: issuedAt,
        deleted: false,
        marketId: this.marketId,
        day,
        lane,
        serviceCode: 'job_search',
        number,
        display: `${lane}${String(number).padStart(3, '0')}`,
        priority: 'none',
        issuedBy: this.deviceId,
        issuedAt,
        context: { postingId: null, applicationId: null },
      });
    }
    const mutations = tickets.flatMap((t) => {
      const printed = this.event(t, 'printed', null);
      return [this.put('tickets', t, t.hlc), this.put('ticketEvents', printed, printed.hlc)];
    });
    for (let i = 0; i < mutations.length; i += 200) await this.push(mutations.slice(i, i + 200));
    return tickets;
  }

  /** The window calls (or recalls) the ticket: one push of the event. */
  async call(ticket: Ticket, windowNumber: number, type: 'called' | 'recalled' = 'called'): Promise<void> {
    const e = this.event(ticket, type, windowNumber);
    await this.push([this.put('ticketEvents', e, e.hlc)]);
  }
}
