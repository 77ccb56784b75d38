// Fetches a definition file (a questionnaire, a provider profile) for <sme-readiness>: with a timeout,
// same-origin credentials, and refusing an error status or an HTML page (a typo in the URL often answers
// the site's 404 page with 200). The reason for a failure is an English phrase for the problem panel.
export async function fetchDefinition(
  src: string,
  timeout: number,
  expected: string,
): Promise<{ text: string } | { reason: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await fetch(src, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok)
      return { reason: `the server answered ${response.status} ${response.statusText}`.trim() };
    const text = await response.text();
    if (/^\s*</.test(text)) return { reason: `it returned an HTML page, not ${expected}` };
    return { text };
  } catch (error) {
    return {
      reason: controller.signal.aborted
        ? `no answer within ${timeout / 1000} seconds`
        : error instanceof Error
          ? error.message
          : String(error),
    };
  } finally {
    clearTimeout(timer);
  }
}
