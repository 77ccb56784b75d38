// Types for scripts/chrome.mjs, used by the TypeScript benchmarks.
export const CHROME_ARGS: string[];
export const NO_CHROME_MESSAGE: string;
export function findChrome(): string | null;
export function requireChrome(): string;
