import { css, html, LitElement } from 'lit'
import type { WeekBalance } from '../../api/types.ts'
import { Services } from '../../controllers/services.ts'
import { formatDate, formatNumber, formatPercent } from '../../i18n/language.ts'
import { setStyle } from '../../ui/set-style.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'

/** The team's balance week by week: a table whose ratio cell carries a small bar for the eye. */
export class BalanceHistoryTable extends LitElement {
  static override properties = { weeks: { attribute: false } }
  static override styles = [
    sharedStyles,
    css`
      .spark {
        display: inline-block;
        height: 0.75rem;
        background: var(--tandem-color-bar-load);
        vertical-align: middle;
        margin-right: var(--tandem-space-2);
      }
      .spark.over {
        background: var(--tandem-color-bar-over);
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
    return html`<table>
      <caption>${t.history}</caption>
      <thead>
        <tr>
          <th scope="col">${t.week}</th>
          <th scope="col" class="num">${t.load}</th>
          <th scope="col" class="num">${t.capacity}</th>
          <th scope="col">${t.ratio}</th>
        </tr>
      </thead>
      <tbody>
        ${recent.map(
          (w) => html`<tr>
            <td>${formatDate(lang, w.weekStart)}</td>
            <td class="num">${formatNumber(lang, w.load)}</td>
            <td class="num">${formatNumber(lang, w.capacity)}</td>
            <td>
              <span
                class="spark ${(w.ratio ?? 0) > 1 ? 'over' : ''}"
                aria-hidden="true"
                ${setStyle({ width: `${Math.min(w.ratio ?? 0, 1.5) * 6}rem` })}
              ></span>
              ${w.ratio === null ? '–' : formatPercent(lang, w.ratio)}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`
  }
}
customElements.define('tandem-balance-history-table', BalanceHistoryTable)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-balance-history-table': BalanceHistoryTable
  }
}
