// A node:test reporter that counts passed, failed and skipped tests (not suites) and writes the counts
// as JSON at the end. A file that fails to load is reported by node:test as a failed top-level test, so
// it is counted as failed here too.
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { details, skip, todo } = event.data;
    // A suite's own pass/fail is the sum of its tests; count it only when it failed outside them
    // (a hook or an import that threw), which node:test reports as a suite failure with no test failing.
    if (details?.type === 'suite') {
      if (event.type === 'test:fail' && details.error?.failureType !== 'subtestsFailed') counts.failed += 1;
      continue;
    }
    if (skip || todo) counts.skipped += 1;
    else if (event.type === 'test:pass') counts.passed += 1;
    else if (details.error?.failureType !== 'subtestsFailed') counts.failed += 1;
  }
  yield JSON.stringify(counts);
}
