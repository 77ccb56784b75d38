// Imported first by the main entry (src/index.ts), so it runs before the rest of the embed evaluates: a
// page holding an <sme-readiness> that will show the default questionnaire starts fetching it (its
// structure and English base texts) now, instead of after the element has upgraded. The loader's own
// import() then finds it on its way; nothing is fetched twice. (This module's only effect: listed in
// package.json `sideEffects`.)
if (globalThis.document?.querySelector('sme-readiness:not([questionnaire-src])'))
  import('../questionnaires/default-browser.js').catch(() => undefined);
