/** The library's version, kept equal to package.json's by a test; used to warn about two copies on a page. */
export const VERSION = '0.1.0';
