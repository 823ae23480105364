import { css, html, LitElement, nothing } from 'lit'
import type { CommandBody } from '../../api/types.ts'
import type { Placement, ProposalItem, Ranking, Suggestion } from '../../api/types-planning.ts'
import { Services } from '../../controllers/services.ts'
import '../../ui/reason-list.ts'
import { button, buttonGroup } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { badge, type Tone } from '../../ui/feedback.ts'
import { control, field } from '../../ui/form-field.ts'
import '../../ui/tandem-error.ts'
import { shift } from './candidate-ranking.ts'

type Decision = 'open' | 'editing' | 'accepted' | 'rejected'

/** A command as the server lists it (`{ type, … }`), whether it names its kind `type` or `_tag`. */
const asBody = (command: CommandBody | { readonly _tag: string }): CommandBody => {
  if ('type' in command && typeof command.type === 'string') return command as CommandBody
  const { _tag, ...fields } = command as { readonly _tag: string }
  return { type: _tag, ...fields }
}

/**
 * One item of the meeting proposal and the team's decision on it: accept (its commands are recorded
 * as one decision of the meeting, all or none), edit (pick another of the planner's candidates for
 * this case) or reject. Until then nothing is recorded.
 */
export class ProposalItemView extends LitElement {
  static override properties = {
    item: { attribute: false },
    _decision: { state: true },
    _edited: { state: true },
    _ranking: { state: true },
    _problem: { state: true },
    _busy: { state: true },
  }
  static override styles = [
    componentStyles,
    css`
      :host {
        border-top: 1px solid var(--_tandem-line);
        padding: 0.75rem 0;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: baseline;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-top: 0.5rem;
      }
      .placements {
        margin: 0.25rem 0 0.5rem;
      }
    `,
  ]

  declare item: ProposalItem
  declare _decision: Decision
  declare _edited: Suggestion | undefined
  declare _ranking: Ranking | undefined
  declare _problem: unknown
  declare _busy: boolean
  readonly #services = new Services(this)

  constructor() {
    super()
    this._decision = 'open'
    this._busy = false
  }

  override render() {
    if (!this.item) return nothing
    const { t, lang } = this.#services.i18n
    const i = this.item
    const s = this._edited ?? i
    const row = (label: string, p: Placement | undefined) =>
      p ? html`<div>${label}: <strong>${shift(lang, p)}</strong></div>` : nothing
    const id = `item-${i.caseId}`
    return html`<article aria-labelledby=${id}>
      <div class="head">
        <h4 class="utrecht-heading-4" id=${id}>${t.caseRef} ${i.reference}</h4>
        ${badge(t.decisionState[this._decision] ?? this._decision, tone[this._decision])}
        ${this._edited ? badge(t.edited) : nothing}
      </div>
      <div class="placements">
        ${row(t.regisseur, s.regisseur)} ${row(t.practitioner, s.practitioner)} ${row(t.expert, s.expert)}
      </div>
      <tandem-reason-list .reasons=${s.reasons}></tandem-reason-list>
      ${this._decision === 'editing' ? this.#renderEdit() : nothing}
      <tandem-error .problem=${this._problem}></tandem-error>
      ${
        this._decision === 'open' || this._decision === 'editing'
          ? html`<div role="group" aria-labelledby=${id}>
            ${buttonGroup(
              button({
                label: t.accept,
                appearance: 'primary',
                busy: this._busy,
                disabled: this.#services.readOnly,
                onClick: () => void this.#accept(),
              }),
              button({ label: t.editItem, disabled: this._busy, onClick: () => void this.#edit() }),
              button({ label: t.reject, disabled: this._busy, onClick: () => (this._decision = 'rejected') }),
            )}
          </div>`
          : this._decision === 'rejected'
            ? buttonGroup(button({ label: t.reconsider, onClick: () => (this._decision = 'open') }))
            : nothing
      }
    </article>`
  }

  #renderEdit() {
    const { t, lang } = this.#services.i18n
    if (!this._ranking) return html`<p class="utrecht-paragraph" role="status">${t.loading}</p>`
    const options = [...this._ranking.regisseurs, ...this._ranking.tandems]
    const id = `alt-${this.item.caseId}`
    return field(
      { id, label: t.otherCandidate },
      (c) => html`<select
        id=${c.id}
        class=${control.select}
        @change=${(e: Event) => {
          const index = Number((e.target as HTMLSelectElement).value)
          this._edited = Number.isNaN(index) ? undefined : options[index]
        }}
      >
        <option value="">${t.keepProposal}</option>
        ${options.map(
          (o, n) =>
            html`<option value=${n}>${[o.regisseur, o.practitioner]
              .filter((p): p is Placement => !!p)
              .map((p) => shift(lang, p))
              .join(' + ')}</option>`,
        )}
      </select>`,
    )
  }

  async #edit(): Promise<void> {
    this._decision = 'editing'
    this._problem = undefined
    if (this._ranking) return
    try {
      const teamId = this.#services.view.teamId
      const reply = await this.#services.api.get<{ data: Ranking }>(
        `/api/teams/${encodeURIComponent(teamId)}/planner/cases/${encodeURIComponent(this.item.caseId)}`,
      )
      this._ranking = reply.data
    } catch (problem) {
      this._problem = problem
    }
  }

  /**
   * The commands of the chosen candidates, built by the server as it builds a proposal item's own
   * (with the release of a regisseur who left, is absent or lapsed). The proposal's gezinshuis
   * expert stays unless the chosen suggestion names another.
   */
  async #editedCommands(edited: Suggestion): Promise<readonly CommandBody[]> {
    const teamId = this.#services.view.teamId
    const reply = await this.#services.api.get<{ data: { commands: readonly CommandBody[] } }>(
      `/api/teams/${encodeURIComponent(teamId)}/planner/cases/${encodeURIComponent(this.item.caseId)}/commands`,
      {
        regisseur: edited.regisseur.professionalId,
        practitioner: edited.practitioner?.professionalId,
        expert: (edited.expert ?? this.item.expert)?.professionalId,
      },
    )
    return reply.data.commands
  }

  /** Still to be decided on: neither accepted nor rejected. */
  get open(): boolean {
    return this._decision === 'open' || this._decision === 'editing'
  }

  /** The commands accepting this item records: the proposal's own, or those of the edited choice. */
  async commands(): Promise<readonly CommandBody[]> {
    const listed = this._edited ? await this.#editedCommands(this._edited) : this.item.commands
    return listed.map((c) => {
      const { teamId: _team, ...body } = asBody(c)
      return body as CommandBody
    })
  }

  /** Marks the item accepted once the meeting accepted it together with others. */
  accepted(): void {
    this._decision = 'accepted'
    this._problem = undefined
  }

  async #accept(): Promise<void> {
    this._busy = true
    this._problem = undefined
    try {
      await this.#services.decide(await this.commands())
      this._decision = 'accepted'
    } catch (problem) {
      this._problem = problem
    } finally {
      this._busy = false
    }
  }
}

const tone: Readonly<Record<Decision, Tone>> = {
  open: 'neutral',
  editing: 'warning',
  accepted: 'ok',
  rejected: 'danger',
}

customElements.define('tandem-proposal-item', ProposalItemView)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-proposal-item': ProposalItemView
  }
}
