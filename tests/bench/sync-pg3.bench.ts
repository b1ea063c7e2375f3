// sync.pg3: the documented central deployment — three server processes on one
// PostgreSQL — under 200 simulated terminals of four markets pushing and
// pulling through them round-robin (tests/integration/sync/support/multi-process,
// the same load the multi-process test kills a process under). Figures:
// mutations acknowledged per second across the fleet, and the p99 of a pull
// under that load, three rounds each (`value` the median). Baseline: the same
// load on one process, measured in the same run. A throw-away cluster is made
// with Debian's initdb (or GIG_TEST_PG is used); without PostgreSQL the bench
// says so and is skipped.
import { BenchSkipped, type Benchmark } from './harness';
import { LATENCY_ROUNDS, summariseRounds } from './latency';
import { pgBin, startPgCluster, type PgCluster } from '../integration/sync/support/pg-cluster';
import {
  p99,
  runLoad,
  startServerProcess,
  stopServerProcess,
  type ServerProcess,
} from '../integration/sync/support/multi-process';
import { tempPgStore } from '../integration/sync/support/store';

const DEVICES = 200;
const LOAD_MS = 10_000;

interface Round {
  readonly pushPerSecond: number;
  readonly pullP99: number;
}

async function round(adminUrl: string, processes: number): Promise<Round> {
  const temp = await tempPgStore(adminUrl);
  const servers: ServerProcess[] = [];
  try {
    for (let i = 0; i < processes; i++) servers.push(await startServerProcess(temp.path));
    const r = await runLoad({ databaseUrl: temp.path, store: temp.store, servers, devices: DEVICES, loadMs: LOAD_MS });
    r.stopSockets();
    const halted = r.errors.filter((e) => e.action !== 'retry');
    if (halted.length > 0) throw new Error(`终端停止同步 / a terminal halted: ${halted[0]?.message ?? ''}`);
    return { pushPerSecond: r.pushPerSecond, pullP99: p99(r.pullLatenciesMs) };
  } finally {
    await Promise.all(servers.map(stopServerProcess));
    await temp.cleanup();
  }
}

interface Figures {
  readonly three: readonly Round[];
  readonly one: readonly Round[];
}

let figures: Promise<Figures> | undefined;

/** Both figures come from the same rounds: the load is run once for the two lines. */
function measure(): Promise<Figures> {
  figures ??= (async () => {
    const given = process.env.GIG_TEST_PG;
    let cluster: PgCluster | undefined;
    if (given === undefined || given === '') {
      if (pgBin('initdb') === null)
        throw new BenchSkipped(
          '跳过：未安装 PostgreSQL / skipped: PostgreSQL is not installed (apt-get install -y postgresql, or set GIG_TEST_PG)',
        );
      cluster = await startPgCluster({ quiet: true });
    }
    const adminUrl = given !== undefined && given !== '' ? given : (cluster?.adminUrl ?? '');
    try {
      const three: Round[] = [];
      const one: Round[] = [];
      for (let i = 0; i < LATENCY_ROUNDS; i++) {
        three.push(await round(adminUrl, 3));
        one.push(await round(adminUrl, 1));
      }
      return { three, one };
    } finally {
      cluster?.stop();
    }
  })();
  return figures;
}

const median = (xs: readonly number[]) => summariseRounds(xs).median;

export const benchmarks: Benchmark[] = [
  {
    name: 'sync.pg3.push_per_s',
    unit: 'mutations/s',
    better: 'higher',
    run: async () => {
      const f = await measure();
      return {
        value: median(f.three.map((r) => r.pushPerSecond)),
        baseline: median(f.one.map((r) => r.pushPerSecond)),
      };
    },
  },
  {
    name: 'sync.pg3.pull_p99_ms',
    unit: 'ms',
    better: 'lower',
    run: async () => {
      const f = await measure();
      const rounds = f.three.map((r) => r.pullP99);
      return { value: median(rounds), baseline: median(f.one.map((r) => r.pullP99)), rounds };
    },
  },
];
