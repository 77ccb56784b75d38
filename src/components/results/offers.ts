// What the provider who offers the check can do for this firm, in words: the services matchServices()
// chose (engine provider/match.ts), each with its kind, dates (Intl, in the SME's language), place or
// "online", languages and a link; the lines under the next steps they serve ("<Provider> can help:
// …"); and the section "What <Provider> offers you" with the adviser's contact as plain links (no
// third-party widget, nothing a strict Content Security Policy would block). Template functions and
// plain data for <sme-results> and <sme-recommendations>; the matching itself is the engine's.
import { html, nothing } from 'lit';
import { isSafeUrl } from '../../engine/model/url.js';
import type { ServiceMatch } from '../../engine/provider/match.js';
import type { Provider, Service } from '../../engine/provider/schema.js';
import type { LocalizeController } from '../../internal/i18n.js';
import { providerText } from '../../internal/provider-texts.js';

/** One service under a next step, already in words. */
export interface HelpLine {
  provider: string;
  service: string;
  url: string;
  /** Kind, dates, place or online, languages: "Webinar · 16 Mar 2027 · online · English, German". */
  details: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A service's dates in the SME's language; a date without a time is the same day everywhere (UTC). */
function formatDates(service: Service, lang: string): string {
  if (!service.start && !service.end) return '';
  const dateOnly = [service.start, service.end].every((text) => text === undefined || DATE_ONLY.test(text));
  const options: Intl.DateTimeFormatOptions = dateOnly
    ? { dateStyle: 'medium', timeZone: 'UTC' }
    : { dateStyle: 'medium', timeStyle: 'short' };
  try {
    const format = new Intl.DateTimeFormat(lang, options);
    const start = service.start
      ? new Date(DATE_ONLY.test(service.start) ? `${service.start}T00:00:00Z` : service.start)
      : null;
    const end = service.end
      ? new Date(DATE_ONLY.test(service.end) ? `${service.end}T00:00:00Z` : service.end)
      : null;
    if (start && end && start.getTime() !== end.getTime()) return format.formatRange(start, end);
    return format.format((start ?? end)!);
  } catch {
    return [service.start, service.end].filter(Boolean).join(' – ');
  }
}

function languageNames(codes: readonly string[], lang: string): string {
  try {
    const names = new Intl.DisplayNames([lang], { type: 'language' });
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(
      codes.map((code) => names.of(code) ?? code),
    );
  } catch {
    return codes.join(', ');
  }
}

/** A service's facts after its title, in the SME's language. */
export function serviceDetails(service: Service, provider: Provider, localize: LocalizeController): string {
  const parts = [localize.t(`provider.kind.${service.kind}`), formatDates(service, localize.lang)];
  const place = service.place ? providerText(localize, provider, service.place) : '';
  if (service.online && place) parts.push(localize.t('provider.hybrid', { place }));
  else if (service.online) parts.push(localize.t('provider.online'));
  else if (place) parts.push(place);
  if (service.languages?.length) parts.push(languageNames(service.languages, localize.lang));
  return parts.filter(Boolean).join(' · ');
}

/** The services, by id, of a profile. */
function servicesById(provider: Provider): Map<string, Service> {
  return new Map(provider.services.map((service) => [service.id, service]));
}

/** For each recommendation of the result, the provider's matched services that serve it. */
export function helpLines(
  provider: Provider,
  matches: readonly ServiceMatch[],
  localize: LocalizeController,
): Record<string, HelpLine[]> {
  const byId = servicesById(provider);
  const name = providerText(localize, provider, provider.name);
  const lines: Record<string, HelpLine[]> = {};
  for (const match of matches) {
    const service = byId.get(match.id);
    if (!service) continue;
    for (const recommendation of match.recommendations)
      (lines[recommendation] ??= []).push({
        provider: name,
        service: providerText(localize, provider, service.title),
        url: service.url,
        details: serviceDetails(service, provider, localize),
      });
  }
  return lines;
}

/** The section "What <Provider> offers you": the matched services and how to reach an adviser. */
export function offerPanel(
  provider: Provider,
  matches: readonly ServiceMatch[],
  localize: LocalizeController,
) {
  const { t } = { t: localize.t.bind(localize) };
  const name = providerText(localize, provider, provider.name);
  const byId = servicesById(provider);
  // Upcoming dated services first (soonest first), then the others in the order the engine ranked them.
  const dated = matches.filter((match) => match.start !== null);
  const undated = matches.filter((match) => match.start === null);
  const ordered = [
    ...dated.sort((a, b) => Date.parse(normal(a.start!)) - Date.parse(normal(b.start!))),
    ...undated,
  ];
  const { contact } = provider;
  const phoneHref = contact.phone ? `tel:${contact.phone.replace(/[^\d+]/g, '')}` : '';
  return html`<section class="offers" part="offers" aria-labelledby="offers-title">
    <h3 id="offers-title">${t('provider.offersTitle', { provider: name })}</h3>
    ${provider.description ? html`<p class="muted">${providerText(localize, provider, provider.description)}</p>` : nothing}
    ${
      ordered.length === 0
        ? html`<p>${t('provider.noServices', { provider: name })}</p>`
        : html`<ul class="services">
            ${ordered.map((match) => {
              const service = byId.get(match.id);
              if (!service) return nothing;
              return html`<li part="service">
                <a href=${service.url} target="_blank" rel="noopener noreferrer" class="service-title"
                  >${providerText(localize, provider, service.title)}</a
                >
                <p class="service-details">${serviceDetails(service, provider, localize)}</p>
                ${service.description ? html`<p>${providerText(localize, provider, service.description)}</p>` : nothing}
              </li>`;
            })}
          </ul>`
    }
    <div class="adviser" part="adviser">
      <h4>${t('provider.contactTitle')}</h4>
      <ul class="contact-links">
        ${
          contact.booking && isSafeUrl(contact.booking)
            ? html`<li>
                <a
                  class="button"
                  part="button"
                  href=${contact.booking}
                  target="_blank"
                  rel="noopener noreferrer"
                  >${t('provider.book')}</a
                >
              </li>`
            : nothing
        }
        <li><a href="mailto:${contact.email}">${contact.email}</a></li>
        ${contact.phone ? html`<li><a href=${phoneHref}>${contact.phone}</a></li>` : nothing}
      </ul>
      ${contact.address ? html`<p class="muted address">${providerText(localize, provider, contact.address)}</p>` : nothing}
    </div>
  </section>`;
}

/** A date-only start as an instant Date.parse reads the same everywhere. */
function normal(text: string): string {
  return DATE_ONLY.test(text) ? `${text}T00:00:00Z` : text;
}
