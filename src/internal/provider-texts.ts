// A provider profile's own texts (its name, services, privacy notice), looked up like a questionnaire's:
// one i18next namespace per profile and version, in the element's language, falling back to the
// profile's default locale, then to the key itself. Used by the results elements only, so it loads with
// them and not with the first question.
import type { Provider } from '../engine/provider/schema.js';
import { getI18n, type LocalizeController } from './i18n.js';

const registered = new WeakSet<Provider>();

function namespaceOf(provider: Provider): string {
  return `p:${provider.id}@${provider.version}`;
}

/** `key` of `provider`'s texts in `localize`'s language. */
export function providerText(
  localize: LocalizeController,
  provider: Provider | null | undefined,
  key: string | undefined,
  options?: Record<string, unknown>,
): string {
  if (!key || !provider) return key ?? '';
  const i18n = getI18n();
  const ns = namespaceOf(provider);
  if (!registered.has(provider)) {
    for (const [locale, texts] of Object.entries(provider.texts))
      i18n.addResourceBundle(locale, ns, texts, true, true);
    registered.add(provider);
  }
  const lng = i18n.exists(key, { lng: localize.lang, ns }) ? localize.lang : provider.defaultLocale;
  return i18n.t(key, { lng, ns, ...options }) as string;
}
