import { css, html, LitElement } from 'lit'
import { Services } from '../controllers/services.ts'
import { AsOfChangeEvent } from '../events/as-of-change-event.ts'
import { formatDate } from '../i18n/language.ts'
import { sharedStyles } from '../ui/shared-styles.ts'

/** Says loudly that every screen shows the past, and offers the way back to now. */
export class AsOfBanner extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      div {
        display: flex;
        gap: var(--tandem-space-3);
        align-items: center;
        justify-content: space-between;
        border-left: 4px solid var(--tandem-color-warn);
        background: var(--tandem-color-warn-soft);
        padding: var(--tandem-space-2) var(--tandem-space-3);
        margin-bottom: var(--tandem-space-4);
      }
    `,
  ]
  readonly #services = new Services(this)

  override render() {
    const asOf = this.#services.view.asOf
    if (asOf === null) return null
    const { t, lang } = this.#services.i18n
    const when = /^\d+$/.test(asOf) ? `${t.position} ${asOf}` : formatDate(lang, asOf)
    return html`<div role="status">
      <span>${t.asOfBanner(when)}</span>
      <button class="secondary" @click=${() => this.dispatchEvent(new AsOfChangeEvent(null))}>${t.backToNow}</button>
    </div>`
  }
}
customElements.define('tandem-as-of-banner', AsOfBanner)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-as-of-banner': AsOfBanner
  }
}
