import { css, html, LitElement } from 'lit'
import { Services } from '../controllers/services.ts'
import { sharedStyles } from '../ui/shared-styles.ts'
import { hrefOf, type Route, type RouteId } from './routes.ts'

/** The main navigation: plain links (Tab and Enter work), the current screen marked for AT. */
export class AppNav extends LitElement {
  static override properties = { routes: { attribute: false }, current: {} }
  static override styles = [
    sharedStyles,
    css`
      nav {
        background: var(--tandem-color-surface-alt);
        height: 100%;
        padding: var(--tandem-space-3) 0;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      a {
        display: block;
        padding: var(--tandem-space-2) var(--tandem-space-4);
        color: var(--tandem-color-text);
        text-decoration: none;
        border-left: 4px solid transparent;
      }
      a:hover {
        text-decoration: underline;
      }
      a[aria-current='page'] {
        border-left-color: var(--tandem-color-primary);
        background: var(--tandem-color-primary-soft);
        font-weight: 700;
      }
      @media (max-width: 900px) {
        ul {
          display: flex;
          flex-wrap: wrap;
        }
      }
    `,
  ]

  declare routes: readonly Route[]
  declare current: RouteId | undefined
  readonly #services = new Services(this)

  constructor() {
    super()
    this.routes = []
  }

  override render() {
    const { t } = this.#services.i18n
    return html`<nav aria-label=${t.mainNav}>
      <ul>
        ${this.routes.map(
          (r) =>
            html`<li>
              <a href=${hrefOf(r)} aria-current=${r.id === this.current ? 'page' : 'false'}>${t.routes[r.id]}</a>
            </li>`,
        )}
      </ul>
    </nav>`
  }
}
customElements.define('tandem-app-nav', AppNav)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-app-nav': AppNav
  }
}
