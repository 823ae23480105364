import { css, html, LitElement, nothing } from 'lit'
import type { TeamSummary } from '../api/types-planning.ts'
import { PendingAction } from '../controllers/pending-action.ts'
import { Services } from '../controllers/services.ts'
import { LanguageChangeEvent } from '../events/language-change-event.ts'
import { SessionChangeEvent } from '../events/session-change-event.ts'
import { TeamChangeEvent } from '../events/team-change-event.ts'
import { type Language, languages } from '../i18n/language.ts'
import { button } from '../ui/button.ts'
import { componentStyles } from '../ui/component-styles.ts'
import { control } from '../ui/form-field.ts'
import { hrefOf, type Route, type RouteId } from './routes.ts'

/**
 * The main navigation — plain links (Tab and Enter work), the current screen marked for assistive
 * technology — and under it who is logged in, the team and language switches and logout. On a wide
 * screen it is the left column; on a narrow one it folds behind the app bar's menu button.
 */
export class AppNav extends LitElement {
  static override properties = {
    routes: { attribute: false },
    current: {},
    teams: { attribute: false },
    open: { type: Boolean, reflect: true },
  }
  static override styles = [
    componentStyles,
    css`
      nav {
        background: var(--tandem-nav-background-color, var(--utrecht-table-footer-background-color, #f1f4f7));
        block-size: 100%;
        box-sizing: border-box;
        padding-block: var(--utrecht-space-block-sm, 0.75rem);
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      a {
        border-inline-start: 4px solid transparent;
        color: var(--utrecht-document-color, CanvasText);
        display: block;
        padding: var(--utrecht-space-block-xs, 0.5rem) var(--utrecht-space-inline-md, 1rem);
        text-decoration: none;
      }
      a:hover {
        text-decoration: underline;
      }
      a[aria-current='page'] {
        background: var(--tandem-nav-current-background-color, var(--utrecht-alert-info-background-color, #dbe9f7));
        border-inline-start-color: var(--tandem-nav-current-border-color, var(--utrecht-link-color, #0b5cad));
        font-weight: 700;
      }
      .account {
        border-block-start: 1px solid var(--_tandem-line);
        display: grid;
        gap: var(--utrecht-space-block-xs, 0.5rem);
        margin-block-start: var(--utrecht-space-block-sm, 0.75rem);
        padding: var(--utrecht-space-block-sm, 0.75rem) var(--utrecht-space-inline-md, 1rem) 0;
      }
      .account p {
        margin: 0;
      }
      .account .utrecht-form-field {
        margin: 0;
      }
      @media (max-width: 55.99rem) {
        :host(:not([open])) {
          display: none;
        }
        nav {
          border-block-end: 2px solid var(--_tandem-line);
        }
      }
    `,
  ]

  declare routes: readonly Route[]
  declare current: RouteId | undefined
  declare teams: readonly TeamSummary[]
  declare open: boolean
  readonly #services = new Services(this)
  readonly #leaving = new PendingAction(this)

  constructor() {
    super()
    this.routes = []
    this.teams = []
    this.open = false
  }

  override render() {
    const { t } = this.#services.i18n
    return html`<nav aria-label=${t.mainNav} id="main-nav">
      <ul>
        ${this.routes.map(
          (r) =>
            html`<li>
              <a href=${hrefOf(r)} aria-current=${r.id === this.current ? 'page' : 'false'}>${t.routes[r.id]}</a>
            </li>`,
        )}
      </ul>
      ${this.#account()}
    </nav>`
  }

  #account() {
    const { t, lang } = this.#services.i18n
    const me = this.#services.session
    const teamId = this.#services.view.teamId
    return html`<div class="account">
      ${me ? html`<p>${t.loggedInAs(me.displayName, t.roles[me.role] ?? me.role)}</p>` : nothing}
      ${
        this.teams.length > 1
          ? html`<div class="utrecht-form-field">
              <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="team">${t.team}</label></div>
              <div class="utrecht-form-field__input">
                <select id="team" class=${control.select} @change=${(e: Event) => this.dispatchEvent(new TeamChangeEvent((e.target as HTMLSelectElement).value))}>
                  ${this.teams.map((team) => html`<option value=${team.teamId} ?selected=${team.teamId === teamId}>${team.name ?? team.teamId}</option>`)}
                </select>
              </div>
            </div>`
          : nothing
      }
      <div class="utrecht-form-field">
        <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="lang">${t.language}</label></div>
        <div class="utrecht-form-field__input">
          <select id="lang" class=${control.select} @change=${(e: Event) => this.dispatchEvent(new LanguageChangeEvent((e.target as HTMLSelectElement).value as Language))}>
            ${languages.map((l) => html`<option value=${l} ?selected=${l === lang} lang=${l}>${t.languageName[l]}</option>`)}
          </select>
        </div>
      </div>
      <div>${button({ label: t.logout, busy: this.#leaving.busy, onClick: () => void this.#logout() })}</div>
    </div>`
  }

  async #logout(): Promise<void> {
    // Logged out here whatever the server says: the session ends in this browser either way.
    await this.#leaving.run(() => this.#services.api.logout())
    this.dispatchEvent(new SessionChangeEvent(null))
  }
}
customElements.define('tandem-app-nav', AppNav)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-app-nav': AppNav
  }
}
