import { html, LitElement } from 'lit'
import { Services } from '../controllers/services.ts'
import { AsOfChangeEvent } from '../events/as-of-change-event.ts'
import { formatDate } from '../i18n/language.ts'
import { button } from '../ui/button.ts'
import { componentStyles } from '../ui/component-styles.ts'
import { alert } from '../ui/feedback.ts'

/** Says loudly that every screen shows the past, and offers the way back to now. */
export class AsOfBanner extends LitElement {
  static override styles = [componentStyles]

  readonly #services = new Services(this)

  override render() {
    const asOf = this.#services.view.asOf
    if (asOf === null) return null
    const { t, lang } = this.#services.i18n
    const when = /^\d+$/.test(asOf) ? t.atPosition(Number(asOf)) : formatDate(lang, asOf)
    return alert(
      'warning',
      html`<p class="utrecht-paragraph">${t.asOfBanner(when)}</p>
        <div>${button({ label: t.backToNow, onClick: () => this.dispatchEvent(new AsOfChangeEvent(null)) })}</div>`,
      { role: 'status' },
    )
  }
}
customElements.define('tandem-as-of-banner', AsOfBanner)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-as-of-banner': AsOfBanner
  }
}
