import { html, LitElement } from 'lit'
import { ApiProblem } from '../../api/api-problem.ts'
import type { CaseloadBalance, WeekBalance } from '../../api/types.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import { formatNumber, formatPercent } from '../../i18n/language.ts'
import '../../ui/load-bars.ts'
import { renderLoaded } from '../../ui/render-loaded.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import './balance-history-table.ts'
import './member-cases.ts'

/** Caseloadbalans: load against capacity per professional, the cases behind it, and the weeks before. */
export class BalanceScreen extends LitElement {
  static override styles = [sharedStyles]
  readonly #services = new Services(this)
  readonly #balance = new ProjectionController<CaseloadBalance>(this, this.#services, 'balance')
  readonly #history = new ProjectionController<readonly WeekBalance[]>(
    this,
    this.#services,
    'balance-history',
  )

  override render() {
    const { t, lang } = this.#services.i18n
    return html`<h1>${t.balanceTitle}</h1>
      <p class="muted">${t.balanceIntro}</p>
      ${renderLoaded(
        this.#balance,
        t,
        (b) => html`<p>
            <strong>${t.teamBalance}:</strong> ${formatNumber(lang, b.team.load)} / ${formatNumber(lang, b.team.capacity)}
            ${t.points} ${b.team.ratio === null ? '' : `(${formatPercent(lang, b.team.ratio)})`}
          </p>
          <tandem-load-bars .rows=${b.members} caption=${t.balanceTitle}></tandem-load-bars>
          <tandem-member-cases .members=${b.members}></tandem-member-cases>`,
      )}
      <h2>${t.history}</h2>
      ${
        this.#history.error instanceof ApiProblem && this.#history.error.status === 404
          ? html`<p class="muted">${t.historyUnavailable}</p>`
          : renderLoaded(
              this.#history,
              t,
              (weeks) => html`<tandem-balance-history-table .weeks=${weeks}></tandem-balance-history-table>`,
            )
      }`
  }
}
customElements.define('tandem-balance-screen', BalanceScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-balance-screen': BalanceScreen
  }
}
