import { css, html, LitElement, nothing } from 'lit'
import type { MeetingProposal } from '../../api/types-planning.ts'
import { PendingAction } from '../../controllers/pending-action.ts'
import { Services } from '../../controllers/services.ts'
import { formatPercent } from '../../i18n/language.ts'
import '../../ui/exclusion-list.ts'
import { button } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { badge } from '../../ui/feedback.ts'
import { table } from '../../ui/table.ts'
import '../../ui/tandem-error.ts'
import './proposal-item-view.ts'

/**
 * "Propose the whole meeting" (`GET /planner/meeting`, issue 6): every case waiting for regie placed
 * at once, minimising the highest load ratio, with that ratio beside the planner's proven lower
 * bound. The proposal is fetched on request and then held still while members decide item by item,
 * so accepting one does not reshuffle the others under their eyes; "accept all open items" records
 * every item not yet decided as one decision, all or none.
 */
export class MeetingProposalView extends LitElement {
  static override properties = {
    _proposal: { state: true },
    _round: { state: true },
    _acceptedAll: { state: true },
  }
  static override styles = [
    componentStyles,
    css`
      .summary {
        margin-top: 0.75rem;
        font-weight: 600;
      }
      .accept-all {
        margin-bottom: 0.75rem;
      }
    `,
  ]

  declare _proposal: MeetingProposal | undefined
  declare _round: number
  /** this round's open items were all accepted together */
  declare _acceptedAll: boolean
  readonly #services = new Services(this)
  readonly #action = new PendingAction(this, {
    result: () => this.renderRoot.querySelector<HTMLElement>('#proposal-summary'),
  })

  constructor() {
    super()
    this._round = 0
    this._acceptedAll = false
  }

  override render() {
    const { t } = this.#services.i18n
    return html`<section class="tandem-card" aria-labelledby="proposal-h">
      <h2 class="utrecht-heading-2" id="proposal-h">${t.proposalTitle}</h2>
      <p class="utrecht-paragraph tandem-muted">${t.proposalIntro}</p>
      ${button({
        label: this._proposal ? t.proposeAgain : t.proposeMeeting,
        busy: this.#action.busy,
        onClick: () => void this.#propose(),
      })}
      <tandem-error .problem=${this.#action.problem}></tandem-error>
      ${this._proposal ? this.#renderProposal(this._proposal) : nothing}
    </section>`
  }

  #renderProposal(p: MeetingProposal) {
    const { t, lang } = this.#services.i18n
    return html`<p role="status" class="utrecht-paragraph summary" id="proposal-summary" tabindex="-1">
        ${t.proposalSummary(p.items.length, formatPercent(lang, p.maxRatio), formatPercent(lang, p.lowerBound))}
        ${badge(p.optimal ? t.provenOptimal : t.notProvenOptimal, p.optimal ? 'ok' : 'warning')}
      </p>
      ${p.items.length === 0 ? html`<p class="utrecht-paragraph">${t.noData}</p>` : nothing}
      ${
        p.items.length > 1 && !this._acceptedAll
          ? html`<div class="accept-all">
              ${button({
                label: t.acceptAllOpen,
                busy: this.#action.busy,
                disabled: this.#services.readOnly,
                onClick: () => void this.#acceptAll(),
              })}
            </div>`
          : nothing
      }
      <div data-round=${this._round}>
        ${p.items.map((item) => html`<tandem-proposal-item .item=${item}></tandem-proposal-item>`)}
      </div>
      ${
        p.unplaced.length === 0
          ? nothing
          : html`<h3 class="utrecht-heading-3">${t.unplaced}</h3>
            ${p.unplaced.map(
              (u) => html`<details class="tandem-disclosure">
                <summary>${u.reference}</summary>
                <tandem-exclusion-list .excluded=${u.excluded}></tandem-exclusion-list>
              </details>`,
            )}`
      }
      ${
        p.balance && p.balance.length > 0
          ? html`<details class="tandem-disclosure">
            <summary>${t.proposalBalance}</summary>
            ${table<(typeof p.balance)[number]>({
              label: t.proposalBalance,
              rows: p.balance,
              columns: [
                { label: t.professional, rowHeader: true, cell: (m) => m.name },
                { label: t.before, num: true, cell: (m) => formatPercent(lang, m.ratioBefore) },
                { label: t.afterProposal, num: true, cell: (m) => formatPercent(lang, m.ratioAfter) },
              ],
            })}
          </details>`
          : nothing
      }`
  }

  /** Every item still open, accepted together: one decision, so a refused item leaves all unrecorded. */
  async #acceptAll(): Promise<void> {
    await this.#action.run(async () => {
      const items = [...this.renderRoot.querySelectorAll('tandem-proposal-item')].filter((item) => item.open)
      const commands = (await Promise.all(items.map((item) => item.commands()))).flat()
      if (commands.length === 0) return
      await this.#services.decide(commands)
      for (const item of items) item.accepted()
      this._acceptedAll = true
      // The button goes with the open items: keep the keyboard where the result is.
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('.summary')?.focus()
    })
  }

  async #propose(): Promise<void> {
    await this.#action.run(async () => {
      const teamId = this.#services.view.teamId
      const reply = await this.#services.api.get<{ data: MeetingProposal }>(
        `/api/teams/${encodeURIComponent(teamId)}/planner/meeting`,
      )
      // A fresh proposal starts fresh decisions: drop the old item elements.
      this._proposal = undefined
      await this.updateComplete
      this._proposal = reply.data
      this._acceptedAll = false
      this._round++
    })
  }
}
customElements.define('tandem-meeting-proposal', MeetingProposalView)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-meeting-proposal': MeetingProposalView
  }
}
