import { createContext } from '@lit/context'
import type { ApiClient } from '../api/api-client.ts'
import type { Me } from '../api/types.ts'
import type { I18n } from '../i18n/language.ts'

/**
 * The services the app shell provides once (docs/architecture.md#web-components-and-services). Values are
 * replaced, never mutated, so subscribed consumers re-render on change.
 */
export const apiContext = createContext<ApiClient>(Symbol('tandem-api'))

export const i18nContext = createContext<I18n>(Symbol('tandem-i18n'))

/** The logged-in account, or null before login. */
export const sessionContext = createContext<Me | null>(Symbol('tandem-session'))

/**
 * What is being looked at: the current team, the moment (`asOf`, null for now), and a revision
 * that the live stream bumps so data controllers know to fetch again.
 */
export interface ViewState {
  readonly teamId: string
  readonly asOf: string | null
  readonly revision: number
}

export const viewContext = createContext<ViewState>(Symbol('tandem-view'))

/**
 * The weekly meeting the screen decides in: the meeting screen provides the open meeting's id, so
 * what is decided there says it was decided in that meeting; elsewhere it is undefined, and a
 * decision recorded while a meeting happens to be open is not counted as taken in it.
 */
export const meetingContext = createContext<string | undefined>(Symbol('tandem-meeting'))
