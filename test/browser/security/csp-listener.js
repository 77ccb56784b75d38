// Loaded first by csp-page.html: records every Content Security Policy violation the page reports.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(
    `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
  );
});

// `?src=…` loads a custom questionnaire, which goes through validation (zod) as well; `?provider=…` a
// provider profile and `?submit=…` where "Send my results" sends to.
document.addEventListener('DOMContentLoaded', () => {
  const query = new URLSearchParams(location.search);
  const widget = document.querySelector('sme-readiness');
  for (const [parameter, attribute] of [
    ['src', 'questionnaire-src'],
    ['provider', 'provider-src'],
    ['submit', 'submit-url'],
  ])
    if (query.get(parameter)) widget.setAttribute(attribute, query.get(parameter));
});
