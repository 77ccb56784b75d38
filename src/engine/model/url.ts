// Which URLs the engine's data may carry: a questionnaire's action links (isSafeUrl), a provider
// profile's links (isHttpsUrl for what must be encrypted) and where results may be sent (isSendableUrl).
// Shared by validation and the components that render links or send results. Checked by hand rather
// than with `URL` so the engine needs no web API.

/** Control characters and spaces (used to smuggle schemes past a pattern) make any URL unsafe. */
function hasControlOrSpace(url: string): boolean {
  for (let index = 0; index < url.length; index += 1) {
    const code = url.charCodeAt(index);
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** An absolute `https:`/`http:` URL with a host, or a `mailto:` address. */
export function isSafeUrl(url: string): boolean {
  if (hasControlOrSpace(url)) return false;
  return /^https?:\/\/[^/?#@]+(?:[/?#]|$)/i.test(url) || /^mailto:[^/]/i.test(url);
}

/** An absolute `https:` URL with a host (no user name or password in it). */
export function isHttpsUrl(url: string): boolean {
  return !hasControlOrSpace(url) && /^https:\/\/[A-Za-z0-9[][^/?#@]*(?:[/?#]|$)/i.test(url);
}

/**
 * Where a browser may send an SME's results: `https:`, or plain `http:` only to this machine
 * (`localhost`, `127.0.0.1`, `[::1]`, any port), which is how a provider tests a collector locally.
 * Anything else would carry answers and contact details unencrypted across a network.
 */
export function isSendableUrl(url: string): boolean {
  if (isHttpsUrl(url)) return true;
  return (
    !hasControlOrSpace(url) &&
    /^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?(?:[/?#]|$)/i.test(url)
  );
}
