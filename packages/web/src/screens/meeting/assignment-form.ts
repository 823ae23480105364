import { css, html, LitElement, nothing, type PropertyValues } from 'lit'
import type { CommandBody } from '../../api/types.ts'
import type { PreviewReply, ProfessionalOption } from '../../api/types-planning.ts'
import { PendingAction } from '../../controllers/pending-action.ts'
import { Services } from '../../controllers/services.ts'
import { AssignmentEvent } from '../../events/assignment-event.ts'
import { button, buttonGroup } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { alert } from '../../ui/feedback.ts'
import { control, field, fieldset } from '../../ui/form-field.ts'
import '../../ui/load-bars.ts'
import '../../ui/professional-picker.ts'
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
    _preview: { state: true },
    _saved: { state: true },
  }
  static override styles = [
    componentStyles,
    css`
      .tandem-cluster > tandem-professional-picker {
        display: block;
        flex: 1 1 14rem;
        min-inline-size: 0;
      }
    `,
  ]

  declare caseId: string
  declare professionals: readonly ProfessionalOption[]
  declare choice: Choice | undefined
  declare _regisseur: string
  declare _partner: string
  declare _preview: PreviewReply | undefined
  declare _saved: boolean
  readonly #services = new Services(this)
  /** preview and save: one at a time; focus lands on the verdict and the effect either way */
  readonly #action = new PendingAction(this, {
    result: () => this.#result(),
    failure: () => this.#result(),
  })

  constructor() {
    super()
    this.caseId = ''
    this.professionals = []
    this._regisseur = ''
    this._partner = ''
    this._saved = false
    this.addEventListener('exemption-requested', () => {
      const details = this.renderRoot.querySelector('details')
      if (details) details.open = true
      this.renderRoot.querySelector<HTMLElement>('#ground')?.focus()
    })
  }

  /** A planner suggestion was chosen: the keyboard continues at the filled-in form. */
  focusRegisseur(): void {
    this.renderRoot.querySelector<HTMLElement>('#pick-regisseur')?.focus()
  }

  #result(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#assign-result')
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
    const a = this.#action
    return html`<form novalidate @submit=${this.#save} @change=${this.#changed} @input=${this.#reset} aria-labelledby="assign-h">
      <h3 class="utrecht-heading-3" id="assign-h">${t.assignStep}</h3>
      <div class="tandem-cluster">
        <tandem-professional-picker
          name="regisseur"
          .label=${t.regisseur}
          .emptyLabel=${t.choose}
          .value=${this._regisseur}
          .options=${this.professionals}
          .error=${a.errorFor('regisseur')}
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
      <details class="tandem-disclosure">
        <summary>${t.exemption}</summary>
        ${field(
          { id: 'ground', label: t.exemptionGround },
          (c) => html`<select id=${c.id} name="ground" class=${control.select}>
            <option value="">${t.none}</option>
            ${grounds.map((g) => html`<option value=${g}>${t.exemptionGrounds[g]}</option>`)}
          </select>`,
        )}
        ${field(
          { id: 'ex-reasoning', label: t.reasoning },
          (c) => html`<textarea id=${c.id} name="exemptionReasoning" class=${control.textarea}></textarea>`,
        )}
        ${fieldset(
          { legend: t.decidedBy },
          html`<div class="tandem-checks">
            ${this.professionals.map((m) =>
              field(
                { id: `by-${m.professionalId}`, label: m.name, kind: 'checkbox' },
                (c) =>
                  html`<input type="checkbox" class=${control.checkbox} id=${c.id} name="decidedBy" value=${m.professionalId} />`,
              ),
            )}
          </div>`,
        )}
      </details>
      <h3 class="utrecht-heading-3">${t.previewStep}</h3>
      ${buttonGroup(
        button({ label: t.previewButton, busy: a.busy, onClick: () => void this.#previewClick() }),
        button({
          label: t.saveAssignment,
          type: 'submit',
          appearance: 'primary',
          busy: a.busy,
          disabled: this.#services.readOnly,
        }),
      )}
      <div id="assign-result" tabindex="-1">${this.#renderVerdict()}</div>
    </form>`
  }

  #renderVerdict() {
    const { t } = this.#services.i18n
    if (this.#action.problem !== undefined) {
      return html`<tandem-norm-verdict
        .problem=${this.#action.problem}
        .steps=${this.#stepNames()}
        .professionals=${this.professionals}
      ></tandem-norm-verdict>`
    }
    if (!this._preview) return nothing
    return html`${this._saved ? alert('ok', t.assignmentSaved, { role: 'status' }) : nothing}
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
    if (this.#action.busy) return
    this._preview = undefined
    this._saved = false
    this.#action.clear()
  }

  async #previewClick(): Promise<void> {
    const form = this.renderRoot.querySelector('form')!
    if (!this.#action.validate(form, this.#services.t)) return
    this.#reset()
    await this.#action.run(async () => {
      this._preview = await this.#services.preview(this.#commands())
    }, form)
  }

  async #save(event: SubmitEvent): Promise<void> {
    this.#reset()
    const saved = await this.#action.submit(event, this.#services.t, async () => {
      const commands = this.#commands()
      // The verdict first: a refused tandem must not leave its regie recorded alone.
      const preview = await this.#services.preview(commands)
      this.dispatchEvent(new AssignmentEvent('saving'))
      await this.#services.decide(commands)
      this._preview = preview
      this._saved = true
    })
    if (!saved && this.#action.problem !== undefined) this.dispatchEvent(new AssignmentEvent('refused'))
  }
}
customElements.define('tandem-assignment-form', AssignmentForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-assignment-form': AssignmentForm
  }
}
