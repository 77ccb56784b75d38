// Which action URLs a questionnaire may carry. Shared by validation and the components that render links.

/**
 * An absolute `https:`/`http:` URL with a host, or a `mailto:` address. Checked by hand rather than with
 * `URL` so the engine needs no web API; control characters and spaces (used to smuggle schemes) refuse.
 */
export function isSafeUrl(url: string): boolean {
  for (let index = 0; index < url.length; index += 1) {
    const code = url.charCodeAt(index);
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
  }
  return /^https?:\/\/[^/?#@]+(?:[/?#]|$)/i.test(url) || /^mailto:[^/]/i.test(url);
}
