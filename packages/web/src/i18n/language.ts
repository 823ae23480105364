import { en } from './messages-en.ts'
import { type Messages, nl } from './messages-nl.ts'

/** The UI is Dutch first, English second (docs/architecture.md#glossary). */
export type Language = 'nl' | 'en'

export const languages: readonly Language[] = ['nl', 'en']

const tables: Readonly<Record<Language, Messages>> = { nl, en }

/** The language service a component reads through context: the current language and its messages. */
export interface I18n {
  readonly lang: Language
  readonly t: Messages
}

export const i18nFor = (lang: Language): I18n => ({ lang, t: tables[lang] })

const storageKey = 'tandem.lang'

/** The remembered choice, else Dutch: the team's working language. */
export const initialLanguage = (): Language => {
  const stored = globalThis.localStorage?.getItem(storageKey)
  return stored === 'en' ? 'en' : 'nl'
}

export const rememberLanguage = (lang: Language): void => {
  globalThis.localStorage?.setItem(storageKey, lang)
}

/** Formats numbers the way the language writes them (decimal comma in Dutch). */
export const formatNumber = (lang: Language, value: number, digits = 1): string =>
  new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(value)

export const formatPercent = (lang: Language, ratio: number): string =>
  new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(ratio)

export const formatDate = (lang: Language, iso: string): string => {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    ...(iso.length > 10 ? { timeStyle: 'short' } : {}),
    timeZone: iso.length === 10 ? 'UTC' : undefined,
  }).format(date)
}
