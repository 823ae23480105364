import { css, html, LitElement } from 'lit'
import { Services } from '../../controllers/services.ts'
import { AsOfChangeEvent } from '../../events/as-of-change-event.ts'
import { button } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { control, field, fieldset } from '../../ui/form-field.ts'

/**
 * Choose the moment every screen shows: a slider over log positions (arrow keys step one event)
 * or a date and time. The change is applied on release, so dragging does not fire a query per step.
 */
export class AsOfControl extends LitElement {
  static override properties = { head: { type: Number } }
  static override styles = [
    componentStyles,
    css`
      input[type='range'] {
        inline-size: 100%;
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
    return fieldset(
      { legend: t.asOfLabel },
      html`${field(
        { id: 'slider', label: t.asOfSlider, description: t.eventOfTotal(position, this.head) },
        (c) => html`<input
          id=${c.id}
          type="range"
          min="1"
          max=${Math.max(1, this.head)}
          .value=${String(position)}
          aria-describedby=${c.describedBy}
          aria-valuetext=${t.eventOfTotal(position, this.head)}
          @change=${this.#slide}
        />`,
      )}
        ${field(
          { id: 'moment', label: t.asOfMoment },
          (c) =>
            html`<input id=${c.id} type="datetime-local" class=${control.textbox} @change=${this.#moment} />`,
        )}
        ${button({ label: t.backToNow, onClick: () => this.dispatchEvent(new AsOfChangeEvent(null)) })}`,
    )
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
