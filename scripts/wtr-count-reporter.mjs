// A @web/test-runner reporter that counts passed, failed and skipped tests over all files and writes
// them as JSON, so scripts/test.mjs can add them to the Node suites' counts. A file that failed to load
// (no tests ran, or errors outside any test) counts as one failed test.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function countReporter(outFile) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, brokenFiles: [] };
      for (const session of sessions) {
        const before = counts.passed + counts.failed + counts.skipped;
        if (session.testResults) countSuite(session.testResults, counts);
        const ran = counts.passed + counts.failed + counts.skipped - before;
        if ((session.errors?.length ?? 0) > 0 || ran === 0) {
          counts.failed += 1;
          counts.brokenFiles.push(session.testFile);
        }
      }
      if (outFile) {
        mkdirSync(dirname(outFile), { recursive: true });
        writeFileSync(outFile, JSON.stringify(counts));
      }
    },
  };
}
