/// <reference types="vite/client" />
// The demo's provider page: the cohort report over the local collector's submissions. `npm start`
// passes the collector's address and admin token as VITE_SME_COLLECTOR_URL / VITE_SME_COLLECTOR_TOKEN;
// a real provider page gets its token from its own login, never from a public page.
import '../src/components/cohort-report/cohort-report.define.js';

const report = document.querySelector('sme-cohort-report')!;
const url = import.meta.env.VITE_SME_COLLECTOR_URL as string | undefined;
const token = import.meta.env.VITE_SME_COLLECTOR_TOKEN as string | undefined;
const lang = new URLSearchParams(location.search).get('lang');
if (lang) report.lang = lang;
if (url && token) {
  report.token = token;
  report.src = url;
}
