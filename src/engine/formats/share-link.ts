// Where a share link's payload sits in a page address: the `#sme=…` fragment. Kept apart from the
// encoder and decoder (share.ts) so that <sme-readiness> can tell whether there is a link at all without
// loading them.

/** The fragment parameter of a share link: `#sme=<payload>`. */
export const SHARE_PARAMETER = 'sme';

const FRAGMENT = new RegExp(`^#?${SHARE_PARAMETER}=(.*)$`);

/** The payload of a `#sme=…` fragment, or null when the fragment is something else. */
export function sharePayload(hash: string): string | null {
  return FRAGMENT.exec(hash)?.[1] ?? null;
}

/** `base` (a page address) with `payload` as its share fragment. */
export function withSharePayload(base: string, payload: string): string {
  return `${base.split('#')[0]}#${SHARE_PARAMETER}=${payload}`;
}
