import { css, html, LitElement, nothing } from 'lit'
import { ApiProblem } from '../../api/api-problem.ts'
import type { CaseloadBalance, CommandBody, MemberBalance } from '../../api/types.ts'
import { Services } from '../../controllers/services.ts'
import '../../ui/load-bars.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import '../../ui/tandem-error.ts'

const grounds = [
  'continuity-of-relationship',
  'essential-specific-skills',
  'discipline-without-skj-registration',
  'close-cooperation-with-registered',
  'other',
] as const

/** What the server's dry run returns: the balance as it would be, computed by the domain. */
interface Preview {
  readonly balance?: CaseloadBalance
}

/**
 * Steps 2 and 3 of dividing a case: propose a regisseur and optionally a tandem partner (with an
 * exemption when the norm needs one), see the effect on everyone's load bars before saving, save.
 * Whether it meets the norm is the domain's verdict (a 422 with its rule), never the browser's.
 */
export class AssignmentForm extends LitElement {
  static override properties = {
    caseId: {},
    members: { attribute: false },
    _problem: { state: true },
    _preview: { state: true },
    _previewNote: { state: true },
    _beforeSave: { state: true },
  }
  static override styles = [
    sharedStyles,
    css`
      .verdict-ok {
        color: var(--tandem-color-ok);
        font-weight: 700;
      }
    `,
  ]

  declare caseId: string
  declare members: readonly MemberBalance[]
  declare _problem: unknown
  declare _preview: CaseloadBalance | undefined
  declare _previewNote: string | undefined
  declare _beforeSave: readonly MemberBalance[] | undefined
  readonly #services = new Services(this)

  constructor() {
    super()
    this.caseId = ''
    this.members = []
  }

  override render() {
    const { t } = this.#services.i18n
    const options = this.members.map((m) => html`<option value=${m.professionalId}>${m.name}</option>`)
    return html`<form @submit=${this.#save} @change=${this.#reset} aria-labelledby="assign-h">
      <h3 id="assign-h">${t.assignStep}</h3>
      <div class="row">
        <div class="field">
          <label for="regisseur">${t.regisseur}</label>
          <select id="regisseur" name="regisseur" required>
            <option value="">${t.choose}</option>
            ${options}
          </select>
        </div>
        <div class="field">
          <label for="partner">${t.tandemPartner}</label>
          <select id="partner" name="partner">
            <option value="">${t.none}</option>
            ${options}
          </select>
        </div>
      </div>
      <details>
        <summary>${t.exemption}</summary>
        <div class="field">
          <label for="ground">${t.exemptionGround}</label>
          <select id="ground" name="ground">
            <option value="">${t.none}</option>
            ${grounds.map((g) => html`<option value=${g}>${t.exemptionGrounds[g]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="ex-reasoning">${t.reasoning}</label>
          <textarea id="ex-reasoning" name="exemptionReasoning"></textarea>
        </div>
        <fieldset>
          <legend>${t.decidedBy}</legend>
          ${this.members.map(
            (m) =>
              html`<label class="check"><input type="checkbox" name="decidedBy" value=${m.professionalId} />${m.name}</label>`,
          )}
        </fieldset>
      </details>
      <h3>${t.previewStep}</h3>
      <div class="row">
        <button type="button" class="secondary" @click=${this.#previewClick}>${t.previewButton}</button>
        <button type="submit" ?disabled=${this.#services.readOnly}>${t.saveAssignment}</button>
      </div>
      <tandem-error .problem=${this._problem}></tandem-error>
      ${this._previewNote ? html`<p class="muted" role="status">${this._previewNote}</p>` : nothing}
      ${this.#renderEffect()}
    </form>`
  }

  #renderEffect() {
    const { t } = this.#services.i18n
    if (this._preview) {
      return html`<p class="verdict-ok" role="status">${t.meetsNorm}</p>
        <tandem-load-bars .rows=${this.members} .proposed=${this._preview.members} caption=${t.previewTitle}></tandem-load-bars>`
    }
    if (this._beforeSave) {
      return html`<p class="notice" role="status">${t.saved}</p>
        <tandem-load-bars .rows=${this._beforeSave} .proposed=${this.members} caption=${t.previewTitle}></tandem-load-bars>`
    }
    return nothing
  }

  /** The commands this proposal amounts to: regie, then the tandem partner when one is chosen. */
  #commands(): readonly CommandBody[] {
    const form = new FormData(this.renderRoot.querySelector('form')!)
    const regisseur = String(form.get('regisseur') ?? '')
    const partner = String(form.get('partner') ?? '')
    const ground = String(form.get('ground') ?? '')
    const exemption = ground
      ? {
          exemption: {
            ground,
            reasoning: String(form.get('exemptionReasoning') ?? ''),
            decidedBy: form.getAll('decidedBy').map(String),
          },
        }
      : {}
    const commands: CommandBody[] = [
      { type: 'AssignRegie', caseId: this.caseId, professionalId: regisseur, ...exemption },
    ]
    if (partner) {
      commands.push({
        type: 'AddCaseMember',
        caseId: this.caseId,
        professionalId: partner,
        role: 'tandem-practitioner',
      })
    }
    return commands
  }

  #reset(): void {
    this._preview = undefined
    this._previewNote = undefined
    this._problem = undefined
  }

  async #previewClick(): Promise<void> {
    this.#reset()
    const teamId = this.#services.view.teamId
    try {
      const commands = this.#commands().map((c) => ({ teamId, ...c }))
      const reply = await this.#services.api.post<Preview>('/api/commands/preview', { commands })
      if (reply.balance) this._preview = reply.balance
      else this._previewNote = this.#services.t.previewUnavailable
    } catch (problem) {
      // No dry-run endpoint on this server: say so instead of guessing the numbers in the browser.
      if (problem instanceof ApiProblem && (problem.status === 404 || problem.status === 405)) {
        this._previewNote = this.#services.t.previewUnavailable
      } else this._problem = problem
    }
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    this.#reset()
    const before = this.members
    try {
      for (const command of this.#commands()) await this.#services.command(command)
      this._beforeSave = before
    } catch (problem) {
      this._problem = problem
    }
  }
}
customElements.define('tandem-assignment-form', AssignmentForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-assignment-form': AssignmentForm
  }
}
