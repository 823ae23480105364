import { css, html, LitElement } from 'lit'
import type { TeamSummary } from '../api/types-planning.ts'
import { Services } from '../controllers/services.ts'
import { LanguageChangeEvent } from '../events/language-change-event.ts'
import { SessionChangeEvent } from '../events/session-change-event.ts'
import { TeamChangeEvent } from '../events/team-change-event.ts'
import { type Language, languages } from '../i18n/language.ts'
import { sharedStyles } from '../ui/shared-styles.ts'

/** The banner: product name, team, live indicator, language switch, who is logged in, logout. */
export class AppHeader extends LitElement {
  static override properties = { teams: { attribute: false }, live: { type: Boolean } }
  static override styles = [
    sharedStyles,
    css`
      header {
        display: flex;
        flex-wrap: wrap;
        gap: var(--tandem-space-4);
        align-items: center;
        padding: var(--tandem-space-2) var(--tandem-space-5);
        background: var(--tandem-color-nav);
        color: var(--tandem-color-nav-text);
        min-height: 3.5rem;
      }
      .brand {
        font-weight: 700;
        font-size: var(--tandem-font-size-large);
        margin-right: auto;
      }
      label {
        display: inline;
        margin-right: var(--tandem-space-1);
      }
      .live {
        font-size: var(--tandem-font-size-small);
      }
      .live::before {
        content: '●';
        margin-right: var(--tandem-space-1);
      }
      .live.off::before {
        content: '○';
      }
      button.secondary {
        border-color: var(--tandem-color-nav-text);
        background: var(--tandem-color-nav);
        color: var(--tandem-color-nav-text);
      }
      *:focus-visible {
        outline-color: var(--tandem-color-nav-text);
      }
    `,
  ]

  declare teams: readonly TeamSummary[]
  declare live: boolean
  readonly #services = new Services(this)

  constructor() {
    super()
    this.teams = []
    this.live = false
  }

  override render() {
    const { t, lang } = this.#services.i18n
    const me = this.#services.session
    const teamId = this.#services.view.teamId
    return html`<header>
      <span class="brand">${t.appName}</span>
      ${
        this.teams.length > 1
          ? html`<span
            ><label for="team">${t.team}</label>
            <select id="team" @change=${(e: Event) => this.dispatchEvent(new TeamChangeEvent((e.target as HTMLSelectElement).value))}>
              ${this.teams.map((team) => html`<option value=${team.teamId} ?selected=${team.teamId === teamId}>${team.name ?? team.teamId}</option>`)}
            </select></span
          >`
          : html`<span>${t.team}: ${this.teams[0]?.name ?? teamId}</span>`
      }
      <span class="live ${this.live ? '' : 'off'}" role="status">${this.live ? t.liveConnected : t.liveDisconnected}</span>
      <span
        ><label for="lang">${t.language}</label>
        <select id="lang" @change=${(e: Event) => this.dispatchEvent(new LanguageChangeEvent((e.target as HTMLSelectElement).value as Language))}>
          ${languages.map((l) => html`<option value=${l} ?selected=${l === lang} lang=${l}>${t.languageName[l]}</option>`)}
        </select></span
      >
      ${me ? html`<span>${t.loggedInAs(me.displayName, t.roles[me.role] ?? me.role)}</span>` : null}
      <button class="secondary" @click=${this.#logout}>${t.logout}</button>
    </header>`
  }

  async #logout(): Promise<void> {
    try {
      await this.#services.api.logout()
    } finally {
      this.dispatchEvent(new SessionChangeEvent(null))
    }
  }
}
customElements.define('tandem-app-header', AppHeader)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-app-header': AppHeader
  }
}
