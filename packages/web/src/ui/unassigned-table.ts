import { html, LitElement } from 'lit'
import type { Indicators, UnassignedRegie } from '../api/types.ts'
import { Services } from '../controllers/services.ts'
import { CaseSelectedEvent } from '../events/case-selected-event.ts'
import { sharedStyles } from './shared-styles.ts'

/** The unassigned-regie list, shared by its own screen and the meeting agenda. */
export class UnassignedTable extends LitElement {
  static override properties = { rows: { attribute: false }, divisible: { type: Boolean } }
  static override styles = [sharedStyles]

  declare rows: readonly UnassignedRegie[]
  /** in the meeting: each row offers to weigh and divide its case */
  declare divisible: boolean
  readonly #services = new Services(this)

  constructor() {
    super()
    this.rows = []
    this.divisible = false
  }

  #indicators(indicators: Indicators | undefined) {
    if (!indicators) return html`<span class="muted">–</span>`
    const { t } = this.#services.i18n
    const holding = (Object.keys(indicators) as (keyof Indicators)[]).filter((k) => indicators[k])
    return holding.length === 0
      ? html`<span class="muted">${t.none}</span>`
      : html`<ul>
          ${holding.map((k) => html`<li>${t.indicators[k]}</li>`)}
        </ul>`
  }

  override render() {
    const { t } = this.#services.i18n
    if (this.rows.length === 0) return html`<p>${t.noData}</p>`
    return html`<table>
      <thead>
        <tr>
          <th scope="col">${t.caseRef}</th>
          <th scope="col">${t.reason}</th>
          <th scope="col">${t.indicatorsShort}</th>
          <th scope="col">${t.intensityLabel}</th>
          <th scope="col" class="num">${t.daysWaiting}</th>
          ${this.divisible ? html`<th scope="col"><span class="visually-hidden">${t.divide}</span></th>` : null}
        </tr>
      </thead>
      <tbody>
        ${this.rows.map(
          (r) => html`<tr>
            <th scope="row">${r.reference}</th>
            <td><span class="badge ${r.indicators?.unsafe ? 'danger' : 'warn'}">${t.unassignedReasons[r.reason] ?? r.reason}</span></td>
            <td>${this.#indicators(r.indicators)}</td>
            <td>${r.intensity ? t.intensity[r.intensity] : '–'}</td>
            <td class="num">${r.daysWaiting}</td>
            ${
              this.divisible
                ? html`<td>
                  <button
                    class="secondary"
                    aria-label="${t.divide} ${r.reference}"
                    @click=${() => this.dispatchEvent(new CaseSelectedEvent(r.caseId, r.reference))}
                  >
                    ${t.divide}
                  </button>
                </td>`
                : null
            }
          </tr>`,
        )}
      </tbody>
    </table>`
  }
}
customElements.define('tandem-unassigned-table', UnassignedTable)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-unassigned-table': UnassignedTable
  }
}
