/// <reference types="vite/client" />
// Demo page wiring: a theme switch, "Send my results" pointed at the collector `npm start` runs beside
// the demo (VITE_SME_COLLECTOR_URL), and what a provider's page might do with the widget's events (here
// it only says so on the page).
const widget = document.querySelector('sme-readiness')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;
const log = document.querySelector('#event-log')!;

// `?lang=de` opens the demo in that language (the widget's own picker changes it afterwards).
const lang = new URLSearchParams(location.search).get('lang');
if (lang) widget.lang = lang;

// The example profile names the cluster's own (fictional) server; the demo sends to the local collector.
const collector = import.meta.env.VITE_SME_COLLECTOR_URL as string | undefined;
if (collector) widget.submitUrl = `${collector}/v1/submissions`;

theme.addEventListener('change', () => {
  widget.theme = theme.value as 'light' | 'dark' | 'auto';
  document.documentElement.dataset.theme = theme.value;
});

widget.addEventListener('sme-complete', (event) => {
  const { result } = event.detail;
  log.textContent = `sme-complete fired: overall ${result.overall.score ?? '–'} / 100. A provider's page could store this result; this demo keeps it in the browser.`;
});

widget.addEventListener('sme-submitted', (event) => {
  log.textContent = `sme-submitted: the collector stored the results (reference ${event.detail.receipt.id}). See them with: curl -H "Authorization: Bearer $(cat .sme-data/admin-token)" ${collector ?? ''}/v1/export.csv`;
});
