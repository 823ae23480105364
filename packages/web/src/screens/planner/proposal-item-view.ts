import { css, html, LitElement, nothing } from 'lit'
import type { CommandBody } from '../../api/types.ts'
import type { Placement, ProposalItem, Ranking, Suggestion } from '../../api/types-planning.ts'
import { Services } from '../../controllers/services.ts'
import '../../ui/reason-list.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
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
    sharedStyles,
    css`
      :host {
        border-top: 1px solid var(--tandem-color-border);
        padding: var(--tandem-space-3) 0;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        gap: var(--tandem-space-3);
        align-items: baseline;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--tandem-space-2);
        margin-top: var(--tandem-space-2);
      }
      .placements {
        margin: var(--tandem-space-1) 0 var(--tandem-space-2);
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
        <h4 id=${id}>${t.caseRef} ${i.reference}</h4>
        <span class="badge ${badge[this._decision]}">${t.decisionState[this._decision]}</span>
        ${this._edited ? html`<span class="badge">${t.edited}</span>` : nothing}
      </div>
      <div class="placements">
        ${row(t.regisseur, s.regisseur)} ${row(t.practitioner, s.practitioner)} ${row(t.expert, s.expert)}
      </div>
      <tandem-reason-list .reasons=${s.reasons}></tandem-reason-list>
      ${this._decision === 'editing' ? this.#renderEdit() : nothing}
      <tandem-error .problem=${this._problem}></tandem-error>
      ${
        this._decision === 'open' || this._decision === 'editing'
          ? html`<div class="actions" role="group" aria-labelledby=${id}>
            <button ?disabled=${this._busy || this.#services.readOnly} @click=${this.#accept}>${t.accept}</button>
            <button class="secondary" ?disabled=${this._busy} @click=${this.#edit}>${t.editItem}</button>
            <button class="secondary" ?disabled=${this._busy} @click=${() => (this._decision = 'rejected')}>${t.reject}</button>
          </div>`
          : this._decision === 'rejected'
            ? html`<div class="actions"><button class="secondary" @click=${() => (this._decision = 'open')}>${t.reconsider}</button></div>`
            : nothing
      }
    </article>`
  }

  #renderEdit() {
    const { t, lang } = this.#services.i18n
    if (!this._ranking) return html`<p role="status">${t.loading}</p>`
    const options = [...this._ranking.regisseurs, ...this._ranking.tandems]
    const id = `alt-${this.item.caseId}`
    return html`<div class="field">
      <label for=${id}>${t.otherCandidate}</label>
      <select
        id=${id}
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
      </select>
    </div>`
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

const badge: Readonly<Record<Decision, string>> = {
  open: '',
  editing: 'warn',
  accepted: 'ok',
  rejected: 'danger',
}

customElements.define('tandem-proposal-item', ProposalItemView)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-proposal-item': ProposalItemView
  }
}
