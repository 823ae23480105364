import { css, html, LitElement } from 'lit'
import type { WeekBalance } from '../../api/types.ts'
import { Services } from '../../controllers/services.ts'
import { formatDate, formatNumber, formatPercent } from '../../i18n/language.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { setStyle } from '../../ui/set-style.ts'
import { table } from '../../ui/table.ts'

/** The team's balance week by week: a table whose ratio cell carries a small bar for the eye. */
export class BalanceHistoryTable extends LitElement {
  static override properties = { weeks: { attribute: false } }
  static override styles = [
    componentStyles,
    css`
      .spark {
        background: var(--tandem-bar-load-color, var(--utrecht-link-color, #0b5cad));
        block-size: 0.75rem;
        display: inline-block;
        margin-inline-end: 0.5rem;
        vertical-align: middle;
      }
      .spark.over {
        background: var(--tandem-bar-over-color, var(--utrecht-feedback-danger-color, #b3261e));
      }
    `,
  ]

  declare weeks: readonly WeekBalance[]
  readonly #services = new Services(this)

  constructor() {
    super()
    this.weeks = []
  }

  override render() {
    const { t, lang } = this.#services.i18n
    // The last twelve weeks fit a projector; older weeks stay in the audit log.
    const recent = this.weeks.slice(-12)
    return table<WeekBalance>({
      caption: t.historyCaption,
      rows: recent,
      columns: [
        { label: t.weekOf, rowHeader: true, cell: (w) => formatDate(lang, w.weekStart) },
        { label: t.loadPoints, num: true, cell: (w) => formatNumber(lang, w.load) },
        { label: t.capacityPoints, num: true, cell: (w) => formatNumber(lang, w.capacity) },
        {
          label: t.ratio,
          cell: (w) => html`<span
              class="spark ${(w.ratio ?? 0) > 1 ? 'over' : ''}"
              aria-hidden="true"
              ${setStyle({ width: `${Math.min(w.ratio ?? 0, 1.5) * 4}rem` })}
            ></span>
            ${w.ratio === null ? '–' : formatPercent(lang, w.ratio)}`,
        },
      ],
    })
  }
}
customElements.define('tandem-balance-history-table', BalanceHistoryTable)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-balance-history-table': BalanceHistoryTable
  }
}
