// Loaded first by csp-page.html: records every Content Security Policy violation the page reports.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(
    `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
  );
});

// `?src=…` loads a custom questionnaire, which goes through validation (zod) as well.
document.addEventListener('DOMContentLoaded', () => {
  const src = new URLSearchParams(location.search).get('src');
  if (src) document.querySelector('sme-readiness').setAttribute('questionnaire-src', src);
});
