import { ContextProvider } from '@lit/context'
import { css, html, LitElement } from 'lit'
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js'
import { ApiClient } from '../api/api-client.ts'
import type { Me } from '../api/types.ts'
import type { TeamSummary } from '../api/types-planning.ts'
import { apiContext, i18nContext, sessionContext, type ViewState, viewContext } from '../context/contexts.ts'
import { LiveController } from '../controllers/live-controller.ts'
import { RefreshGate } from '../controllers/refresh-gate.ts'
import type { AsOfChangeEvent } from '../events/as-of-change-event.ts'
import type { CommandRecordedEvent } from '../events/command-recorded-event.ts'
import type { LanguageChangeEvent } from '../events/language-change-event.ts'
import type { MenuToggleEvent } from '../events/menu-toggle-event.ts'
import type { SessionChangeEvent } from '../events/session-change-event.ts'
import type { TeamChangeEvent } from '../events/team-change-event.ts'
import { i18nFor, initialLanguage, rememberLanguage } from '../i18n/language.ts'
import { componentStyles, loadComponentStyles } from '../ui/component-styles.ts'
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

/** The log position a recorded command reached, as its reply says it. */
const positionOf = (e: CommandRecordedEvent): number | undefined => {
  const position = Number(e.result.position ?? e.result.events?.at(-1)?.position)
  return Number.isFinite(position) ? position : undefined
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
    _menuOpen: { state: true },
  }
  static override styles = [
    componentStyles,
    css`
      .layout {
        display: grid;
        grid-template-columns: 15rem minmax(0, 1fr);
        min-block-size: calc(100vh - 3rem);
      }
      main {
        box-sizing: border-box;
        max-inline-size: 80rem;
        min-inline-size: 0;
        padding: var(--utrecht-space-block-md, 1rem) var(--utrecht-space-inline-xl, 1.5rem);
      }
      main:focus {
        outline: none;
      }
      @media (max-width: 55.99rem) {
        .layout {
          display: block;
        }
        main {
          padding: var(--utrecht-space-block-sm, 0.75rem) var(--utrecht-space-inline-sm, 0.75rem);
        }
      }
      @media print {
        tandem-app-header,
        tandem-app-nav,
        .utrecht-skip-link {
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
  /** the navigation, folded behind the menu button on a narrow screen, is open */
  declare _menuOpen: boolean

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
  readonly #live = new LiveController(this, (position) => this.#refresh(position))
  readonly #refreshes = new RefreshGate()

  constructor() {
    super()
    new ContextProvider(this, { context: apiContext, initialValue: this.#api })
    this._me = undefined
    this._bootError = undefined
    this._teams = []
    this._teamsKnown = false
    this._setup = null
    this._menuOpen = false
    this.addEventListener('menu-toggle', (e: MenuToggleEvent) => (this._menuOpen = e.open))
    this.addEventListener('keydown', this.#onKey)
    this.addEventListener('language-change', (e: LanguageChangeEvent) => this.#setLanguage(e.lang))
    this.addEventListener('session-change', (e: SessionChangeEvent) => this.#setMe(e.me))
    this.addEventListener('team-change', (e: TeamChangeEvent) =>
      this.#setView({ teamId: e.teamId, asOf: null }),
    )
    this.addEventListener('as-of-change', (e: AsOfChangeEvent) => this.#setView({ asOf: e.asOf }))
    this.addEventListener('command-recorded', (e: CommandRecordedEvent) => this.#refresh(positionOf(e)))
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
    // The component sheet loads beside the session, so the first screen appears styled at once.
    const styles = loadComponentStyles()
    try {
      const me = await this.#api.me()
      await styles
      this.#setMe(me)
    } catch (problem) {
      await styles
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
      this._route = undefined
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
    // Only someone who sees a team's screens follows its live stream (an admin sees none of them).
    const me = this._me
    const seesTeams = me ? visibleRoutes(me).some((r) => r.needsTeam !== false) : false
    this.#live.follow(seesTeams ? next.teamId : '')
    this.requestUpdate()
  }

  #refresh(position: number | undefined): void {
    // Looking at the past is a fixed picture: live changes must not move it.
    if (this.#view.value.asOf !== null) return
    // A command's reply and its live message name the same position: one refresh, not two.
    if (!this.#refreshes.admit(position)) return
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
    const first = this._route === undefined
    const changed = route !== this._route
    this._route = route
    this._menuOpen = false
    void route.load().then(() => this.requestUpdate())
    if (changed) {
      document.title = `${this.#i18n.value.t.routes[route.id]} · Tandem`
      // Moving to another screen moves focus to it, so keyboard and screen-reader users land where
      // the content is; the first screen leaves focus at the top, where the skip link is first.
      if (!first) void this.updateComplete.then(() => this.renderRoot.querySelector('main')?.focus())
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
    return html`<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main" @click=${this.#skip}
        >${t.skipToContent}</a
      >
      <tandem-app-header
        .teams=${this._teams}
        .live=${this.#live.connected}
        .follows=${visibleRoutes(this._me).some((r) => r.needsTeam !== false)}
        ?menu-open=${this._menuOpen}
      ></tandem-app-header>
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
        <tandem-app-nav
          .routes=${visibleRoutes(me)}
          .current=${route?.id}
          .teams=${this._teams}
          ?open=${this._menuOpen}
        ></tandem-app-nav>
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

  /** Escape closes the open menu and puts the keyboard back on its button. */
  readonly #onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this._menuOpen) return
    this._menuOpen = false
    this.renderRoot.querySelector('tandem-app-header')?.focusMenuButton()
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
