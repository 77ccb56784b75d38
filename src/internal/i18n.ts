// Translation for every element: one private i18next instance per page (never the host's global one),
// English UI strings bundled as the fallback, other languages loaded on demand, and questionnaire texts
// added as one namespace per questionnaire. LocalizeController binds an element to it: it resolves the
// element's language, loads what is missing and re-renders the element when texts arrive.
import i18next, { type i18n as I18n } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Questionnaire, TextResource } from '../engine/model/schema.js';
import { afterPaintWhenIdle } from './idle.js';
// English is the fallback, bundled: what the screens up to the questions need (the results' strings come
// with the results elements, see ui-results.ts). Both parts are cut from locales/en/ui.json by
// `npm run generate`, into generated/ui/ with the table of the other UI languages.
import en from '../../generated/ui/en.ui-start.json';
import { UI_LANGUAGE_LOADERS } from '../../generated/ui/languages.js';

/** The UI languages the library ships, each loaded only when used. */
const UI_LOADERS: Record<string, () => Promise<{ default: unknown }>> = { ...UI_LANGUAGE_LOADERS };

/** The UI languages available: English and every shipped or registered one. */
export function uiLanguages(): string[] {
  return ['en', ...Object.keys(UI_LOADERS)];
}

let instance: I18n | undefined;
const loading = new Map<string, Promise<void>>();

export function getI18n(): I18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      initAsync: false,
      lng: 'en',
      fallbackLng: 'en',
      ns: ['ui'],
      defaultNS: 'ui',
      resources: { en: { ui: en } },
      // lit escapes every text binding; i18next must not escape a second time.
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    } as Parameters<I18n['init']>[0]);
  }
  return instance;
}

/** Registers extra UI languages (used by the locale bundle and by tests). */
export function registerUiLanguage(lang: string, loader: () => Promise<{ default: unknown }>): void {
  UI_LOADERS[lang] = loader;
}

/** Loads a UI language if the library ships it; resolves either way. */
export function loadUiLanguage(lang: string): Promise<void> {
  const i18n = getI18n();
  if (lang === 'en' || i18n.hasResourceBundle(lang, 'ui') || !UI_LOADERS[lang]) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = UI_LOADERS[lang]!()
      .then((module) => {
        i18n.addResourceBundle(lang, 'ui', module.default as object, true, true);
      })
      .catch((error: unknown) => {
        // A missing chunk must not break the widget: it stays in English and says why in the console.
        console.warn(`sme-readiness: the "${lang}" texts could not be loaded; using English.`, error);
      });
    loading.set(lang, pending);
  }
  return pending;
}

export function hasUiLanguage(lang: string): boolean {
  return lang === 'en' || lang in UI_LOADERS;
}

/** The namespace of a questionnaire's texts: two questionnaires on one page never mix. */
export function questionnaireNamespace(questionnaire: Questionnaire): string {
  return `q:${questionnaire.id}@${questionnaire.version}`;
}

const registered = new WeakSet<Questionnaire>();

/** Loads one part of a questionnaire's texts in one language; null when that language has none. */
export type TextLoader = (lang: string, part: string) => Promise<TextResource | null>;
const textLoaders = new WeakMap<Questionnaire, { parts: readonly string[]; load: TextLoader }>();
const textLoads = new WeakMap<Questionnaire, Map<string, Promise<void>>>();

/**
 * Declares that a questionnaire's texts are loaded in parts per language (the default questionnaire
 * ships them this way, so a visit downloads one language and only what the current screen needs).
 * The first part is needed before anything is shown; the others are fetched right after, in order.
 */
export function registerTextLoader(
  questionnaire: Questionnaire,
  parts: readonly string[],
  load: TextLoader,
): void {
  textLoaders.set(questionnaire, { parts, load });
}

/** Loads one part of a questionnaire's texts (once) and adds it to the questionnaire's namespace. */
function loadTextPart(questionnaire: Questionnaire, lang: string, part: string): Promise<void> {
  const loader = textLoaders.get(questionnaire);
  if (!loader) return Promise.resolve();
  let loads = textLoads.get(questionnaire);
  if (!loads) textLoads.set(questionnaire, (loads = new Map()));
  const key = `${lang}/${part}`;
  let pending = loads.get(key);
  if (!pending) {
    pending = loader
      .load(lang, part)
      .then((resource) => {
        if (resource)
          getI18n().addResourceBundle(lang, questionnaireNamespace(questionnaire), resource, true, true);
      })
      .catch((error: unknown) => {
        console.warn(`sme-readiness: texts "${part}" in "${lang}" could not be loaded.`, error);
      });
    loads.set(key, pending);
  }
  return pending;
}

let releaseLaterParts: () => void = () => {};
/** Resolved once the first questions are on screen (or the SME resumes further on): see below. */
const laterPartsWanted = new Promise<void>((resolve) => (releaseLaterParts = resolve));

/**
 * Lets the later parts of questionnaire texts load. They wait until the first page of questions has
 * painted (SmeQuestionnaire calls this), so they never compete with what the first screen needs.
 */
export function loadLaterTextParts(): void {
  releaseLaterParts();
}

/**
 * Makes a questionnaire's texts in `lang` (and in its default locale, the fallback) available: resolves
 * once the first part is in, and calls `onMore` as each later part arrives (once they may load).
 */
export async function loadQuestionnaireTexts(
  questionnaire: Questionnaire,
  lang: string,
  onMore: () => void = () => {},
): Promise<void> {
  const loader = textLoaders.get(questionnaire);
  if (!loader) return;
  const languages = [...new Set([lang, questionnaire.defaultLocale])].filter((each) =>
    questionnaire.locales.includes(each),
  );
  const [first, ...rest] = loader.parts;
  if (first) await Promise.all(languages.map((each) => loadTextPart(questionnaire, each, first)));
  if (rest.length > 0)
    void laterPartsWanted.then(() => {
      for (const part of rest)
        for (const each of languages) void loadTextPart(questionnaire, each, part).then(onMore);
    });
}

export function registerQuestionnaire(questionnaire: Questionnaire): void {
  if (registered.has(questionnaire)) return;
  const i18n = getI18n();
  const namespace = questionnaireNamespace(questionnaire);
  for (const [locale, texts] of Object.entries(questionnaire.texts))
    i18n.addResourceBundle(locale, namespace, texts, true, true);
  registered.add(questionnaire);
}

/** The best of `available` for a BCP 47 tag: exact, then its base language (`de-AT` → `de`). */
export function matchLanguage(tag: string | null | undefined, available: readonly string[]): string | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  const exact = available.find((lang) => lang.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split('-')[0];
  return available.find((lang) => lang.toLowerCase() === base) ?? null;
}

/** The nearest `lang` attribute: the element's, else its ancestors' (across shadow roots), else none. */
export function inheritedLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    // Our own elements hold `lang` as a property that need not be reflected; others use the attribute.
    const lang =
      node instanceof HTMLElement ? node.lang : node instanceof Element ? node.getAttribute('lang') : null;
    if (lang) return lang;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/**
 * The language to use: the element's or an ancestor's `lang`, else the browser's languages, else English;
 * each matched against what the UI and the questionnaire offer.
 */
export function resolveLanguage(element: Element, questionnaire?: Questionnaire | null): string {
  const available = new Set<string>(uiLanguages());
  for (const locale of questionnaire?.locales ?? []) available.add(locale);
  const list = [...available];
  const candidates = [inheritedLang(element), ...(navigator.languages ?? [navigator.language])];
  for (const candidate of candidates) {
    const match = matchLanguage(candidate, list);
    if (match) return match;
  }
  return questionnaire?.defaultLocale ?? 'en';
}

type Interpolation = Record<string, unknown>;

/**
 * Number formats by locale and options. Building the first Intl.NumberFormat of a page costs 20-30 ms of
 * main thread (its locale data), so each format is built once, and `warmNumberFormat` can build the
 * first one when the page is idle.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}\u0000${options ? JSON.stringify(options) : ''}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(lang, options)));
  return format;
}

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };

/** Builds the percent format of `lang` ahead (the progress bar's first use), once idle after a paint. */
export function warmNumberFormat(lang: string): void {
  afterPaintWhenIdle(() => {
    try {
      numberFormat(lang, PERCENT);
    } catch {
      // A tag Intl does not accept: percent() falls back to English when it is used.
    }
  });
}

/** Binds an element to the translations; see the file comment. */
export class LocalizeController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly getQuestionnaire: () => Questionnaire | null | undefined;
  /** The resolved language. */
  lang = 'en';
  private textsFor: Questionnaire | null = null;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    getQuestionnaire: () => Questionnaire | null | undefined = () => null,
  ) {
    this.host = host;
    this.getQuestionnaire = getQuestionnaire;
    host.addController(this);
  }

  hostConnected(): void {
    this.resolve();
  }

  /** Call before render: picks up `lang` changes and starts loading a language that is missing. */
  hostUpdate(): void {
    this.resolve();
  }

  private resolve(): void {
    const questionnaire = this.getQuestionnaire();
    if (questionnaire) registerQuestionnaire(questionnaire);
    const lang = resolveLanguage(this.host, questionnaire);
    if (lang === this.lang && questionnaire === this.textsFor) return;
    this.lang = lang;
    this.textsFor = questionnaire ?? null;
    const update = () => this.host.requestUpdate();
    if (hasUiLanguage(lang) && !getI18n().hasResourceBundle(lang, 'ui'))
      void loadUiLanguage(lang).then(update);
    if (questionnaire) void loadQuestionnaireTexts(questionnaire, lang, update).then(update);
  }

  get dir(): 'ltr' | 'rtl' {
    return getI18n().dir(this.lang);
  }

  /** A UI string. */
  t(key: string, options?: Interpolation): string {
    return getI18n().t(key, { lng: this.lang, ns: 'ui', ...options }) as string;
  }

  /** A questionnaire text, falling back to the questionnaire's default locale, then to the key itself. */
  q(key: string | undefined, options?: Interpolation): string {
    const questionnaire = this.getQuestionnaire();
    if (!key || !questionnaire) return key ?? '';
    const i18n = getI18n();
    const ns = questionnaireNamespace(questionnaire);
    const lng = i18n.exists(key, { lng: this.lang, ns }) ? this.lang : questionnaire.defaultLocale;
    return i18n.t(key, { lng, ns, ...options }) as string;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    try {
      return numberFormat(this.lang, options).format(value);
    } catch {
      // A questionnaire may name a language with a tag Intl does not accept; numbers then follow English.
      return numberFormat('en', options).format(value);
    }
  }

  percent(ratio: number): string {
    return this.number(ratio, PERCENT);
  }
}
