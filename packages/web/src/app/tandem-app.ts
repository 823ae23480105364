import { ContextProvider } from '@lit/context'
import { css, html, LitElement } from 'lit'
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js'
import { ApiClient } from '../api/api-client.ts'
import type { Me } from '../api/types.ts'
import { apiContext, i18nContext, sessionContext, type ViewState, viewContext } from '../context/contexts.ts'
import { LiveController } from '../controllers/live-controller.ts'
import type { AsOfChangeEvent } from '../events/as-of-change-event.ts'
import type { LanguageChangeEvent } from '../events/language-change-event.ts'
import type { SessionChangeEvent } from '../events/session-change-event.ts'
import type { TeamChangeEvent } from '../events/team-change-event.ts'
import { i18nFor, initialLanguage, rememberLanguage } from '../i18n/language.ts'
import { sharedStyles } from '../ui/shared-styles.ts'
import './app-header.ts'
import './app-nav.ts'
import './as-of-banner.ts'
import './login-form.ts'
import '../ui/tandem-error.ts'
import { type Route, routeFromHash, visibleRoutes } from './routes.ts'

const teamKey = 'tandem.team'

/** The teams an account may look at, whichever shape `me` uses. */
const teamsOf = (me: Me): readonly string[] => me.teamIds

/**
 * The app shell: provides the services (api, language, session, view) through `@lit/context`,
 * owns the few pieces of app state, follows the live stream, and routes between screens by hash
 * (works from any static host and keeps the back button).
 */
export class TandemApp extends LitElement {
  static override properties = {
    _me: { state: true },
    _route: { state: true },
    _bootError: { state: true },
  }
  static override styles = [
    sharedStyles,
    css`
      .skip {
        position: absolute;
        left: -999px;
      }
      .skip:focus {
        left: var(--tandem-space-2);
        top: var(--tandem-space-2);
        z-index: 10;
        background: var(--tandem-color-surface);
        padding: var(--tandem-space-2);
      }
      .layout {
        display: grid;
        grid-template-columns: 15rem 1fr;
        min-height: calc(100vh - 4rem);
      }
      main {
        padding: var(--tandem-space-4) var(--tandem-space-5);
        max-width: var(--tandem-content-width);
        min-width: 0;
      }
      main:focus {
        outline: none;
      }
      @media (max-width: 900px) {
        .layout {
          grid-template-columns: 1fr;
        }
      }
      @media print {
        tandem-app-header,
        tandem-app-nav,
        .skip {
          display: none;
        }
        .layout {
          display: block;
        }
      }
    `,
  ]

  declare _me: Me | null | undefined
  declare _route: Route | undefined
  declare _bootError: unknown

  readonly #api = new ApiClient()
  readonly #i18n = new ContextProvider(this, {
    context: i18nContext,
    initialValue: i18nFor(initialLanguage()),
  })
  readonly #session = new ContextProvider(this, { context: sessionContext, initialValue: null })
  readonly #view = new ContextProvider(this, {
    context: viewContext,
    initialValue: { teamId: '', asOf: null, revision: 0 } as ViewState,
  })
  readonly #live = new LiveController(this, () => this.#refresh())

  constructor() {
    super()
    new ContextProvider(this, { context: apiContext, initialValue: this.#api })
    this._me = undefined
    this._bootError = undefined
    this.addEventListener('language-change', (e: LanguageChangeEvent) => this.#setLanguage(e.lang))
    this.addEventListener('session-change', (e: SessionChangeEvent) => this.#setMe(e.me))
    this.addEventListener('team-change', (e: TeamChangeEvent) =>
      this.#setView({ teamId: e.teamId, asOf: null }),
    )
    this.addEventListener('as-of-change', (e: AsOfChangeEvent) => this.#setView({ asOf: e.asOf }))
    this.addEventListener('command-recorded', () => this.#refresh())
  }

  override connectedCallback(): void {
    super.connectedCallback()
    document.documentElement.lang = this.#i18n.value.lang
    window.addEventListener('hashchange', this.#onHash)
    void this.#boot()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    window.removeEventListener('hashchange', this.#onHash)
  }

  async #boot(): Promise<void> {
    try {
      this.#setMe(await this.#api.me())
    } catch (problem) {
      this._bootError = problem
      this._me = null
    }
  }

  #setMe(me: Me | null): void {
    this._me = me
    this.#session.setValue(me)
    if (!me) {
      this.#live.follow('')
      return
    }
    const teams = teamsOf(me)
    const remembered = localStorage.getItem(teamKey)
    const teamId = remembered && teams.includes(remembered) ? remembered : (teams[0] ?? '')
    this.#setView({ teamId, asOf: null })
    this.#onHash()
  }

  #setView(change: Partial<ViewState>): void {
    const next = { ...this.#view.value, ...change }
    if (change.teamId) localStorage.setItem(teamKey, change.teamId)
    this.#view.setValue(next)
    this.#live.follow(next.teamId)
    this.requestUpdate()
  }

  #refresh(): void {
    // Looking at the past is a fixed picture: live changes must not move it.
    if (this.#view.value.asOf !== null) return
    this.#setView({ revision: this.#view.value.revision + 1 })
  }

  #setLanguage(lang: 'nl' | 'en'): void {
    rememberLanguage(lang)
    document.documentElement.lang = lang
    this.#i18n.setValue(i18nFor(lang))
    this.requestUpdate()
  }

  readonly #onHash = (): void => {
    if (!this._me) return
    const route = routeFromHash(location.hash, this._me)
    const changed = route !== this._route
    this._route = route
    void route.load().then(() => this.requestUpdate())
    if (changed) {
      document.title = `${this.#i18n.value.t.routes[route.id]} · Tandem`
      // Move focus to the new screen so keyboard and screen-reader users land where the content is.
      void this.updateComplete.then(() => this.renderRoot.querySelector('main')?.focus())
    }
  }

  override render() {
    const { t } = this.#i18n.value
    if (this._me === undefined) return html`<p role="status">${t.loading}</p>`
    if (this._me === null) {
      return html`<tandem-error .problem=${this._bootError}></tandem-error>
        <tandem-login-form></tandem-login-form>`
    }
    const route = this._route
    return html`<a class="skip" href="#main" @click=${this.#skip}>${t.skipToContent}</a>
      <tandem-app-header .teams=${teamsOf(this._me)} .live=${this.#live.connected}></tandem-app-header>
      <div class="layout">
        <tandem-app-nav .routes=${visibleRoutes(this._me)} .current=${route?.id}></tandem-app-nav>
        <main id="main" tabindex="-1">
          <tandem-as-of-banner></tandem-as-of-banner>
          ${
            route && customElements.get(route.tag)
              ? staticHtml`<${unsafeStatic(route.tag)}></${unsafeStatic(route.tag)}>`
              : html`<p role="status">${t.loading}</p>`
          }
        </main>
      </div>`
  }

  #skip(event: Event): void {
    // The hash is the router's; the skip link only moves focus.
    event.preventDefault()
    this.renderRoot.querySelector('main')?.focus()
  }
}
customElements.define('tandem-app', TandemApp)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-app': TandemApp
  }
}
