import { html, LitElement, nothing } from 'lit'
import type { Indicators, UnassignedRegie } from '../api/types.ts'
import { Services } from '../controllers/services.ts'
import { CaseSelectedEvent } from '../events/case-selected-event.ts'
import { button } from './button.ts'
import { componentStyles } from './component-styles.ts'
import { badge } from './feedback.ts'
import { type Column, table } from './table.ts'

/** The unassigned-regie list, shared by its own screen and the meeting agenda. */
export class UnassignedTable extends LitElement {
  static override properties = { rows: { attribute: false }, divisible: { type: Boolean } }
  static override styles = [componentStyles]

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
    const { t } = this.#services.i18n
    if (!indicators) return html`<span class="tandem-muted">${t.notAssessedShort}</span>`
    const holding = (Object.keys(indicators) as (keyof Indicators)[]).filter((k) => indicators[k])
    return holding.length === 0
      ? html`<span class="tandem-muted">${t.none}</span>`
      : html`<ul class="utrecht-unordered-list">
          ${holding.map((k) => html`<li class="utrecht-unordered-list__item">${t.indicators[k]}</li>`)}
        </ul>`
  }

  override render() {
    const { t } = this.#services.i18n
    if (this.rows.length === 0) return html`<p class="utrecht-paragraph">${t.noData}</p>`
    const columns: Column<UnassignedRegie>[] = [
      { label: t.caseRef, rowHeader: true, cell: (r) => r.reference },
      {
        label: t.reason,
        cell: (r) =>
          badge(t.unassignedReasons[r.reason] ?? r.reason, r.indicators?.unsafe ? 'danger' : 'warning'),
      },
      { label: t.indicatorsShort, cell: (r) => this.#indicators(r.indicators) },
      { label: t.intensityLabel, cell: (r) => (r.intensity ? t.intensity[r.intensity] : '–') },
      { label: t.waiting, num: true, cell: (r) => t.days(r.daysWaiting) },
      ...(this.divisible
        ? [
            {
              label: html`<span class="tandem-visually-hidden">${t.divide}</span>`,
              stackLabel: '',
              cell: (r: UnassignedRegie) =>
                button({
                  label: t.divide,
                  ariaLabel: `${t.divide} ${r.reference}`,
                  onClick: () => this.dispatchEvent(new CaseSelectedEvent(r.caseId, r.reference)),
                }),
            },
          ]
        : []),
    ]
    return table({ columns, rows: this.rows, label: t.unassignedTitle }) ?? nothing
  }
}
customElements.define('tandem-unassigned-table', UnassignedTable)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-unassigned-table': UnassignedTable
  }
}
