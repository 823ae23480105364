import { ContextProvider } from '@lit/context'
import { css, html, LitElement } from 'lit'
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js'
import { ApiClient } from '../api/api-client.ts'
import type { Me } from '../api/types.ts'
import type { TeamSummary } from '../api/types-planning.ts'
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

/** `GET /api/teams` answers a list, bare or in the query envelope; ids alone also do. */
const teamList = (reply: unknown): readonly TeamSummary[] => {
  const data = (reply as { data?: unknown })?.data ?? reply
  const list = Array.isArray(data) ? data : ((data as { teams?: unknown[] })?.teams ?? [])
  return list.map((t) =>
    typeof t === 'string' ? { teamId: t } : { teamId: String(t.teamId ?? t.id), name: t.name },
  )
}

const setupToken = (): string | null =>
  /^#\/setup\b/.test(location.hash)
    ? (new URLSearchParams(location.hash.split('?')[1] ?? '').get('token') ?? '')
    : null

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
    _teams: { state: true },
    _teamsKnown: { state: true },
    _setup: { state: true },
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
  declare _teams: readonly TeamSummary[]
  /** whether `/api/teams` answered (or failed), so "no team" is not said while it is on its way */
  declare _teamsKnown: boolean
  /** the one-time token of `#/setup?token=`, or null on every other page */
  declare _setup: string | null

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
    this._teams = []
    this._teamsKnown = false
    this._setup = null
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
    this.#checkSetup()
    try {
      this.#setMe(await this.#api.me())
    } catch (problem) {
      this._bootError = problem
      this._me = null
    }
  }

  #checkSetup(): void {
    this._setup = setupToken()
    if (this._setup !== null) void import('./setup-form.ts').then(() => this.requestUpdate())
  }

  #setMe(me: Me | null): void {
    if (me) this._setup = null
    this._me = me
    this.#session.setValue(me)
    if (!me) {
      this._teams = []
      this.#live.follow('')
      return
    }
    // Auditors see every team and own none: the server says which teams the caller may see.
    this._teams = me.teamIds.map((teamId) => ({ teamId }))
    this._teamsKnown = false
    this.#chooseTeam()
    void this.#api
      .get('/api/teams')
      .then((reply) => {
        const teams = teamList(reply)
        if (teams.length > 0 || me.teamIds.length === 0) this._teams = teams
        this.#chooseTeam()
      })
      .catch(() => undefined)
      .finally(() => (this._teamsKnown = true))
    this.#onHash()
  }

  #chooseTeam(): void {
    const ids = this._teams.map((t) => t.teamId)
    const current = this.#view.value.teamId
    if (current && ids.includes(current)) return
    const remembered = localStorage.getItem(teamKey)
    const teamId = remembered && ids.includes(remembered) ? remembered : (ids[0] ?? '')
    this.#setView({ teamId, asOf: null })
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
    if (!this._me) {
      this.#checkSetup()
      return
    }
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
    if (this._setup !== null) return html`<tandem-setup-form .token=${this._setup}></tandem-setup-form>`
    if (this._me === null) {
      return html`<tandem-error .problem=${this._bootError}></tandem-error>
        <tandem-login-form></tandem-login-form>`
    }
    const route = this._route
    return html`<a class="skip" href="#main" @click=${this.#skip}>${t.skipToContent}</a>
      <tandem-app-header .teams=${this._teams} .live=${this.#live.connected}></tandem-app-header>
      ${
        this._teams.length > 0 || visibleRoutes(this._me).every((r) => r.needsTeam === false)
          ? this.#renderLayout(route)
          : html`<main id="main" tabindex="-1"><p role="status">${this._teamsKnown ? t.noTeam : t.loading}</p></main>`
      }`
  }

  #renderLayout(route: Route | undefined) {
    const { t } = this.#i18n.value
    const me = this._me!
    return html`
      <div class="layout">
        <tandem-app-nav .routes=${visibleRoutes(me)} .current=${route?.id}></tandem-app-nav>
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
