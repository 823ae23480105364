import { css, html, LitElement } from 'lit'
import { Services } from '../../controllers/services.ts'
import { AsOfChangeEvent } from '../../events/as-of-change-event.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'

/**
 * Choose the moment every screen shows: a slider over log positions (arrow keys step one event)
 * or a date and time. The change is applied on release, so dragging does not fire a query per step.
 */
export class AsOfControl extends LitElement {
  static override properties = { head: { type: Number } }
  static override styles = [
    sharedStyles,
    css`
      input[type='range'] {
        width: 100%;
      }
    `,
  ]

  declare head: number
  readonly #services = new Services(this)

  constructor() {
    super()
    this.head = 0
  }

  override render() {
    const { t } = this.#services.i18n
    const asOf = this.#services.view.asOf
    const position = asOf !== null && /^\d+$/.test(asOf) ? Number(asOf) : this.head
    return html`<fieldset>
      <legend>${t.asOfLabel}</legend>
      <div class="field">
        <label for="slider">${t.asOfSlider}</label>
        <input
          id="slider"
          type="range"
          min="1"
          max=${Math.max(1, this.head)}
          .value=${String(position)}
          aria-valuetext="${t.position} ${position}"
          @change=${this.#slide}
        />
        <span>${t.position} ${position} / ${this.head}</span>
      </div>
      <div class="field">
        <label for="moment">${t.when}</label>
        <input id="moment" type="datetime-local" @change=${this.#moment} />
      </div>
      <button class="secondary" @click=${() => this.dispatchEvent(new AsOfChangeEvent(null))}>${t.backToNow}</button>
    </fieldset>`
  }

  #slide(event: Event): void {
    const value = Number((event.target as HTMLInputElement).value)
    this.dispatchEvent(new AsOfChangeEvent(value >= this.head ? null : String(value)))
  }

  #moment(event: Event): void {
    const value = (event.target as HTMLInputElement).value
    if (value) this.dispatchEvent(new AsOfChangeEvent(new Date(value).toISOString()))
  }
}
customElements.define('tandem-as-of-control', AsOfControl)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-as-of-control': AsOfControl
  }
}
