import type { Language } from '../i18n/language.ts'

/** The user picked another UI language; the shell switches and remembers it. */
export class LanguageChangeEvent extends Event {
  static readonly eventName = 'language-change' as const
  constructor(readonly lang: Language) {
    super(LanguageChangeEvent.eventName, { bubbles: true, composed: true })
  }
}

declare global {
  interface HTMLElementEventMap {
    'language-change': LanguageChangeEvent
  }
}
