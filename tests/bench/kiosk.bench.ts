// Kiosk benches (issue 9). kiosk.filter.p95_ms: a filter or search change over
// 20,000 local postings to the sorted first page of results, through the
// precomputed search index (domain/posting/search); baseline: the same
// predicate as a plain array filter over the raw postings, pinyin worked out
// per posting on each change, as a search without the index would. Rendering
// is not included here. kiosk.tts.first_audio_ms: 朗读 on a posting to its
// first sample, offline synthesis (espeak-ng WASM, compiled ahead as the
// kiosk's worker does); baseline: the spoken text's length in characters.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import { generateDemoMarket } from '../../domain/demo/generate';
import { DEMO_SEED } from '../../domain/demo/records';
import { uuidv7 } from '../../domain/ids/uuidv7';
import {
  buildSearchIndex,
  foldText,
  isOpenToday,
  NO_FILTERS,
  searchJobs,
  type JobFilters,
} from '../../domain/posting/search';
import type { Posting } from '../../domain/records/posting';
import { tonePinyin } from '../../domain/speech/pinyin';
import { cardSpeech, readable } from '../../domain/speech/reading';
import { EspeakSynth, NORMAL_WPM } from '../../renderer/audio/espeak-synth';
import type { Benchmark } from './harness';
import { percentile } from './latency';

const TODAY = '2026-11-26';
const NOW = Date.parse('2026-11-26T02:00:00.000Z');
const PAGE = 12;

function postings(n: number): Posting[] {
  const demo = generateDemoMarket({ seed: DEMO_SEED, today: TODAY, nowMillis: NOW });
  const out: Posting[] = [];
  for (let i = 0; out.length < n; i++) {
    const p = demo.postings[i % demo.postings.length];
    if (p !== undefined) out.push({ ...p, id: uuidv7(NOW + i) });
  }
  return out;
}

const CHANGES: readonly Partial<JobFilters>[] = [
  { text: 'bj' },
  { text: 'baojie', districtCode: '500117' },
  { occupationCodes: ['loading'], payMethods: ['daily'] },
  { minDailyPay: 200, start: 'this_week', sort: 'pay' },
  { text: '保洁', sort: 'near' },
];

function p95(samples: number[]): number {
  return percentile(
    [...samples].sort((a, b) => a - b),
    95,
  );
}

export const benchmarks: Benchmark[] = [
  {
    name: 'kiosk.filter.p95_ms',
    unit: 'ms',
    better: 'lower',
    run: () => {
      const all = postings(20_000);
      const index = buildSearchIndex(all.map((posting) => ({ posting })));
      const indexed: number[] = [];
      const plain: number[] = [];
      for (let round = 0; round < 8; round++) {
        for (const change of CHANGES) {
          const filters = { ...NO_FILTERS, ...change };
          let t = performance.now();
          searchJobs(index, filters, TODAY, { marketDistrictCode: '500117' }).slice(0, PAGE);
          indexed.push(performance.now() - t);
          t = performance.now();
          const q = foldText(filters.text);
          all
            .filter(
              (p) =>
                isOpenToday(p, TODAY) &&
                (q === '' ||
                  p.title.includes(q) ||
                  pinyin(p.title, { pattern: 'first', toneType: 'none', type: 'array' }).join('').includes(q) ||
                  pinyin(p.title, { toneType: 'none', type: 'array' }).join('').includes(q)),
            )
            .slice(0, PAGE);
          plain.push(performance.now() - t);
        }
      }
      return Promise.resolve({ value: p95(indexed), baseline: p95(plain) });
    },
  },
  {
    name: 'kiosk.tts.first_audio_ms',
    unit: 'ms',
    better: 'lower',
    run: async () => {
      const wasm = createRequire(import.meta.url).resolve('espeak-ng/dist/espeak-ng.wasm');
      const synth = new EspeakSynth(async () => WebAssembly.compile(new Uint8Array(await readFile(wasm))));
      await synth.warm();
      const posting = postings(1)[0];
      if (posting === undefined) throw new Error('no posting');
      const text = cardSpeech(posting);
      const samples: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        const pcm = await synth.pcm(tonePinyin(readable(text)), { wordsPerMinute: NORMAL_WPM });
        if (pcm.samples.length === 0) throw new Error('silent synthesis');
        samples.push(performance.now() - t);
      }
      return { value: p95(samples), baseline: Array.from(text).length };
    },
  },
];
