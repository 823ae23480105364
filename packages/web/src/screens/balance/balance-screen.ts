import { html, LitElement } from 'lit'
import { ApiProblem } from '../../api/api-problem.ts'
import type { CaseloadBalance, WeekBalance } from '../../api/types.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import { formatNumber, formatPercent } from '../../i18n/language.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import '../../ui/load-bars.ts'
import { renderLoaded } from '../../ui/render-loaded.ts'
import './balance-history-table.ts'
import './member-cases.ts'

/** Caseloadbalans: load against capacity per professional, the cases behind it, and the weeks before. */
export class BalanceScreen extends LitElement {
  static override styles = [componentStyles]

  readonly #services = new Services(this)
  readonly #balance = new ProjectionController<CaseloadBalance>(this, this.#services, 'balance')
  readonly #history = new ProjectionController<readonly WeekBalance[]>(
    this,
    this.#services,
    'balance-history',
  )

  override render() {
    const { t, lang } = this.#services.i18n
    const history = () =>
      this.#history.error instanceof ApiProblem && this.#history.error.status === 404
        ? html`<p class="utrecht-paragraph tandem-muted">${t.historyUnavailable}</p>`
        : renderLoaded(
            this.#history,
            t,
            (weeks) => html`<tandem-balance-history-table .weeks=${weeks}></tandem-balance-history-table>`,
          )
    return html`<h1 class="utrecht-heading-1">${t.balanceTitle}</h1>
      <p class="utrecht-paragraph tandem-muted">${t.balanceIntro}</p>
      ${renderLoaded(this.#balance, t, (b) =>
        // One answer at a time would push the page about: the screen appears when both are in.
        this.#history.value === undefined && this.#history.error === undefined
          ? html`<p class="utrecht-paragraph" role="status">${t.loading}</p>`
          : html`<p class="utrecht-paragraph">
            <strong>${t.teamBalance}:</strong>
            ${t.teamLoad(formatNumber(lang, b.team.load), formatNumber(lang, b.team.capacity))}
            ${b.team.ratio === null ? '' : `(${t.loadOfCapacity(formatPercent(lang, b.team.ratio))})`}
          </p>
          <tandem-load-bars .rows=${b.members} caption=${t.loadPerProfessional}></tandem-load-bars>
          <h2 class="utrecht-heading-2">${t.history}</h2>
          ${history()}
          <tandem-member-cases .members=${b.members}></tandem-member-cases>`,
      )}`
  }
}
customElements.define('tandem-balance-screen', BalanceScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-balance-screen': BalanceScreen
  }
}
