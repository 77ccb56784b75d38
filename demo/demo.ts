// Demo page wiring: a theme switch, and what a provider's page might do with `sme-complete`
// (here it only says so on the page; the library itself sends nothing anywhere).
const widget = document.querySelector('sme-readiness')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;
const log = document.querySelector('#event-log')!;

// `?lang=de` opens the demo in that language (the widget's own picker changes it afterwards).
const lang = new URLSearchParams(location.search).get('lang');
if (lang) widget.lang = lang;

theme.addEventListener('change', () => {
  widget.theme = theme.value as 'light' | 'dark' | 'auto';
  document.documentElement.dataset.theme = theme.value;
});

widget.addEventListener('sme-complete', (event) => {
  const { result } = event.detail;
  log.textContent = `sme-complete fired: overall ${result.overall.score ?? '–'} / 100. A provider's page could store this result; this demo keeps it in the browser.`;
});
