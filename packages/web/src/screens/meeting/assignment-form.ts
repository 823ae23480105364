import { html, LitElement, nothing, type PropertyValues } from 'lit'
import type { CommandBody } from '../../api/types.ts'
import type { PreviewReply, ProfessionalOption } from '../../api/types-planning.ts'
import { Services } from '../../controllers/services.ts'
import '../../ui/load-bars.ts'
import '../../ui/professional-picker.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import './norm-verdict.ts'

const grounds = [
  'continuity-of-relationship',
  'essential-specific-skills',
  'discipline-without-skj-registration',
  'close-cooperation-with-registered',
  'other',
] as const

/** A planner suggestion handed to the form: who, not yet saved. */
export interface Choice {
  readonly regisseurId: string
  readonly practitionerId?: string | undefined
}

/**
 * Steps 2 and 3 of dividing a case: propose a regisseur and optionally a tandem partner (with an
 * exemption when the norm needs one), see the domain's verdict and everyone's load bars before and
 * after (`POST /api/commands/preview`), then save regie and partner as one decision
 * (`POST /api/decisions`), which records both or neither.
 */
export class AssignmentForm extends LitElement {
  static override properties = {
    caseId: {},
    professionals: { attribute: false },
    choice: { attribute: false },
    _regisseur: { state: true },
    _partner: { state: true },
    _problem: { state: true },
    _preview: { state: true },
    _saved: { state: true },
    _busy: { state: true },
  }
  static override styles = [sharedStyles]

  declare caseId: string
  declare professionals: readonly ProfessionalOption[]
  declare choice: Choice | undefined
  declare _regisseur: string
  declare _partner: string
  declare _problem: unknown
  declare _preview: PreviewReply | undefined
  declare _saved: boolean
  declare _busy: boolean
  readonly #services = new Services(this)

  constructor() {
    super()
    this.caseId = ''
    this.professionals = []
    this._regisseur = ''
    this._partner = ''
    this._saved = false
    this._busy = false
    this.addEventListener('exemption-requested', () => {
      const details = this.renderRoot.querySelector('details')
      if (details) details.open = true
      this.renderRoot.querySelector<HTMLElement>('#ground')?.focus()
    })
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('choice') && this.choice) {
      this._regisseur = this.choice.regisseurId
      this._partner = this.choice.practitionerId ?? ''
      this.#reset()
    }
    if (changed.has('caseId') && changed.get('caseId') !== undefined) {
      this._regisseur = ''
      this._partner = ''
      this.#reset()
      this._saved = false
    }
  }

  override render() {
    const { t } = this.#services.i18n
    return html`<form @submit=${this.#save} @change=${this.#changed} @input=${this.#reset} aria-labelledby="assign-h">
      <h3 id="assign-h">${t.assignStep}</h3>
      <div class="row">
        <tandem-professional-picker
          name="regisseur"
          .label=${t.regisseur}
          .emptyLabel=${t.choose}
          .value=${this._regisseur}
          .options=${this.professionals}
          required
        ></tandem-professional-picker>
        <tandem-professional-picker
          name="partner"
          .label=${t.tandemPartner}
          .emptyLabel=${t.none}
          .value=${this._partner}
          .options=${this.professionals}
        ></tandem-professional-picker>
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
        <fieldset class="checks">
          <legend>${t.decidedBy}</legend>
          ${this.professionals.map(
            (m) =>
              html`<label class="check"><input type="checkbox" name="decidedBy" value=${m.professionalId} />${m.name}</label>`,
          )}
        </fieldset>
      </details>
      <h3>${t.previewStep}</h3>
      <div class="row">
        <button type="button" class="secondary" ?disabled=${this._busy} @click=${this.#previewClick}>${t.previewButton}</button>
        <button type="submit" ?disabled=${this.#services.readOnly || this._busy}>${t.saveAssignment}</button>
      </div>
      ${this.#renderVerdict()}
    </form>`
  }

  #renderVerdict() {
    const { t } = this.#services.i18n
    if (this._problem !== undefined) {
      return html`<tandem-norm-verdict
        .problem=${this._problem}
        .steps=${this.#stepNames()}
        .professionals=${this.professionals}
      ></tandem-norm-verdict>`
    }
    if (!this._preview) return nothing
    return html`${this._saved ? html`<p class="notice" role="status">${t.saved}</p>` : nothing}
      <tandem-norm-verdict ok .gaps=${this._preview.normGaps.filter((g) => g.caseId === this.caseId)}></tandem-norm-verdict>
      <tandem-load-bars
        compact
        .rows=${this._preview.before.members}
        .proposed=${this._preview.after.members}
        caption=${this._saved ? t.savedEffect : t.previewTitle}
      ></tandem-load-bars>`
  }

  #stepNames(): readonly string[] {
    const { t } = this.#services.i18n
    return this.#commands().map((c) => (c.type === 'AssignRegie' ? t.stepAssignRegie : t.stepAddPartner))
  }

  /** The commands this proposal amounts to: regie, then the tandem partner when one is chosen. */
  #commands(): readonly CommandBody[] {
    const form = new FormData(this.renderRoot.querySelector('form')!)
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
      { type: 'AssignRegie', caseId: this.caseId, professionalId: this._regisseur, ...exemption },
    ]
    if (this._partner) {
      commands.push({
        type: 'AddCaseMember',
        caseId: this.caseId,
        professionalId: this._partner,
        role: 'tandem-practitioner',
      })
    }
    return commands
  }

  #changed(event: Event): void {
    const target = event.target as HTMLSelectElement
    if (target.name === 'regisseur') this._regisseur = target.value
    if (target.name === 'partner') this._partner = target.value
    this.#reset()
  }

  #reset(): void {
    this._preview = undefined
    this._problem = undefined
    this._saved = false
  }

  async #previewClick(): Promise<void> {
    if (!this.renderRoot.querySelector('form')!.reportValidity()) return
    this.#reset()
    this._busy = true
    try {
      this._preview = await this.#services.preview(this.#commands())
    } catch (problem) {
      this._problem = problem
    } finally {
      this._busy = false
    }
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    this.#reset()
    this._busy = true
    const commands = this.#commands()
    try {
      // The effect to show once saved is the preview's, taken against the team as it stood before.
      const preview = await this.#services.preview(commands)
      await this.#services.decide(commands)
      this._preview = preview
      this._saved = true
    } catch (problem) {
      this._problem = problem
    } finally {
      this._busy = false
    }
  }
}
customElements.define('tandem-assignment-form', AssignmentForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-assignment-form': AssignmentForm
  }
}
