import { css, html, LitElement, nothing } from 'lit'
import type { TeamSummary } from '../api/types-planning.ts'
import { Services } from '../controllers/services.ts'
import { MenuToggleEvent } from '../events/menu-toggle-event.ts'
import { button } from '../ui/button.ts'
import { componentStyles } from '../ui/component-styles.ts'

/**
 * The app bar: one row on every screen — product, team, live indicator and, on a narrow screen,
 * the menu button that folds the navigation away (the navigation holds the account controls).
 */
export class AppHeader extends LitElement {
  static override properties = {
    teams: { attribute: false },
    live: { type: Boolean },
    follows: { type: Boolean },
    menuOpen: { type: Boolean, attribute: 'menu-open' },
  }
  static override styles = [
    componentStyles,
    css`
      header {
        align-items: center;
        background: var(--tandem-app-bar-background-color, var(--utrecht-button-primary-action-background-color, #102a43));
        color: var(--tandem-app-bar-color, var(--utrecht-button-primary-action-color, #fff));
        column-gap: var(--utrecht-space-inline-md, 1rem);
        display: flex;
        min-block-size: 3rem;
        padding-block: 0.25rem;
        padding-inline: var(--utrecht-space-inline-md, 1rem);
      }
      .brand {
        font-size: var(--utrecht-typography-scale-xl-font-size, 1.25rem);
        font-weight: 700;
      }
      .team {
        min-inline-size: 0;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .live {
        font-size: var(--utrecht-typography-scale-sm-font-size, 0.875rem);
        margin-inline-start: auto;
        white-space: nowrap;
      }
      .live[hidden] {
        display: block;
        visibility: hidden;
      }
      .live::before {
        content: '●';
        margin-inline-end: 0.25rem;
      }
      .live.off::before {
        content: '○';
      }
      .menu {
        --_bar-text: var(--tandem-app-bar-color, var(--utrecht-button-primary-action-color, #fff));
        --utrecht-button-secondary-action-background-color: transparent;
        --utrecht-button-secondary-action-hover-background-color: transparent;
        --utrecht-button-secondary-action-active-background-color: transparent;
        --utrecht-button-secondary-action-border-color: var(--_bar-text);
        --utrecht-button-secondary-action-hover-border-color: var(--_bar-text);
        --utrecht-button-secondary-action-color: var(--_bar-text);
        --utrecht-button-secondary-action-hover-color: var(--_bar-text);
        --utrecht-button-secondary-action-active-color: var(--_bar-text);
        --utrecht-focus-outline-color: var(--_bar-text);
        margin: 0;
      }
      :focus-visible {
        outline-color: currentColor;
      }
      @media (min-width: 56rem) {
        .menu {
          display: none;
        }
      }
      @media (max-width: 30rem) {
        .team {
          display: none;
        }
      }
    `,
  ]

  declare teams: readonly TeamSummary[]
  declare live: boolean
  /** whether this person follows a team's live stream at all (an admin follows none) */
  declare follows: boolean
  declare menuOpen: boolean
  readonly #services = new Services(this)

  constructor() {
    super()
    this.teams = []
    this.live = false
    this.follows = true
    this.menuOpen = false
  }

  override render() {
    const { t } = this.#services.i18n
    const teamId = this.#services.view.teamId
    const team = this.teams.find((x) => x.teamId === teamId)
    return html`<header>
      <span class="brand">${t.appName}</span>
      ${this.follows && (team || teamId) ? html`<span class="team">${team?.name ?? teamId}</span>` : nothing}
      <span class="live ${this.live ? '' : 'off'}" role="status" ?hidden=${!this.follows}>
        <span aria-hidden="true">${this.live ? t.liveShort : t.notLiveShort}</span>
        <span class="tandem-visually-hidden">${this.live ? t.liveConnected : t.liveDisconnected}</span>
      </span>
      ${button({
        label: t.menu,
        extraClass: 'menu',
        expanded: this.menuOpen,
        id: 'menu-button',
        onClick: () => this.dispatchEvent(new MenuToggleEvent(!this.menuOpen)),
      })}
    </header>`
  }

  /** Back to the menu button when the menu closes by Escape, so the keyboard user is not lost. */
  focusMenuButton(): void {
    this.renderRoot.querySelector<HTMLElement>('#menu-button')?.focus()
  }
}
customElements.define('tandem-app-header', AppHeader)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-app-header': AppHeader
  }
}
