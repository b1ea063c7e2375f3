// CI reads one plain closing line, `N passed, N failed`. Vitest's own summary
// says `Tests  5 passed (5)`, so this reporter counts the states itself. A test
// file that failed to load has no tests to count; it counts as one failure so
// that a broken import can never look like a green run.
import type { Reporter, TestModule } from 'vitest/node';

export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      let counted = 0;
      for (const test of mod.children.allTests()) {
        counted++;
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (counted === 0 || mod.state() === 'failed') {
        const errors = mod.errors();
        if (counted === 0 || errors.length > 0) failed += Math.max(1, errors.length);
      }
    }
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stdout.write(`\n${passed} passed, ${failed} failed${tail}\n`);
  }
}
