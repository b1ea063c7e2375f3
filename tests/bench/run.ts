// `npm run bench [-- --json] [-- NAME_PREFIX]`: runs every *.bench.ts in this
// folder. Each figure is printed with its baseline from the same run and the
// ratio between them; `--json` prints one JSON line per figure for tools.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BenchSkipped, toLine, type Benchmark } from './harness';

const dir = fileURLToPath(new URL('.', import.meta.url));

async function loadBenchmarks(): Promise<Benchmark[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const all: Benchmark[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(`${dir}${f}`).href)) as { benchmarks?: Benchmark[] };
    if (!Array.isArray(mod.benchmarks)) throw new Error(`${f} 未导出 benchmarks / ${f} exports no benchmarks array`);
    all.push(...mod.benchmarks);
  }
  return all;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const filters = args.filter((a) => !a.startsWith('--'));
  const benches = (await loadBenchmarks()).filter(
    (b) => filters.length === 0 || filters.some((f) => b.name.startsWith(f)),
  );
  if (benches.length === 0) throw new Error(`没有匹配的基准 / no benchmark matches ${filters.join(' ')}`);
  for (const b of benches) {
    let result;
    try {
      result = await b.run();
    } catch (error) {
      if (!(error instanceof BenchSkipped)) throw error;
      if (json) process.stdout.write(`${JSON.stringify({ name: b.name, skipped: error.message })}\n`);
      else process.stdout.write(`${b.name}: ${error.message}\n`);
      continue;
    }
    const line = toLine(b, result);
    if (json) process.stdout.write(`${JSON.stringify(line)}\n`);
    else {
      const rounds =
        line.rounds === undefined
          ? ''
          : `, median of ${String(line.rounds.length)} rounds [${line.rounds.join(', ')}], spread ${String(line.spread)} ${line.unit}`;
      process.stdout.write(
        `${line.name}: ${String(line.value)} ${line.unit}${rounds} (baseline ${String(line.baseline)} ${line.unit}, ratio ${String(line.ratio)}, ${b.better} is better)\n`,
      );
    }
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
