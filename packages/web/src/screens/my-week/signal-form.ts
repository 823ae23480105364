import { html, LitElement, nothing } from 'lit'
import { PendingAction } from '../../controllers/pending-action.ts'
import { Services } from '../../controllers/services.ts'
import { button } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { errorSummary } from '../../ui/error-summary.ts'
import { alert } from '../../ui/feedback.ts'
import { control, field } from '../../ui/form-field.ts'
import '../../ui/tandem-error.ts'

/** Raise a workload signal (R11): the organisation must answer it, so it is recorded, not mailed. */
export class SignalForm extends LitElement {
  static override properties = { professionalId: {}, _saved: { state: true } }
  static override styles = [componentStyles]

  declare professionalId: string
  declare _saved: boolean
  readonly #services = new Services(this)
  readonly #action = new PendingAction(this, {
    result: () => this.renderRoot.querySelector<HTMLElement>('#signal-saved'),
  })

  constructor() {
    super()
    this.professionalId = ''
    this._saved = false
  }

  override render() {
    const { t } = this.#services.i18n
    const a = this.#action
    return html`<form class="tandem-card" novalidate @submit=${this.#submit} aria-labelledby="signal-h">
      <h2 class="utrecht-heading-2" id="signal-h">${t.raiseSignal}</h2>
      ${errorSummary(a, t)}
      ${field(
        { id: 'description', label: t.signalDescription, error: a.errorFor('description') },
        (c) =>
          html`<textarea id=${c.id} name="description" class=${control.textarea} required
            aria-describedby=${c.describedBy} aria-invalid=${c.invalid}></textarea>`,
      )}
      <tandem-error .problem=${a.problem}></tandem-error>
      ${this._saved ? alert('ok', t.signalRaised, { role: 'status', id: 'signal-saved' }) : nothing}
      ${button({ label: t.raiseSignal, type: 'submit', appearance: 'primary', busy: a.busy, disabled: this.#services.readOnly })}
    </form>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    this._saved = false
    await this.#action.submit(event, this.#services.t, async (data, form) => {
      await this.#services.command({
        type: 'RaiseWorkloadSignal',
        signalId: crypto.randomUUID(),
        professionalId: this.professionalId,
        description: String(data.get('description') ?? ''),
      })
      form.reset()
      this._saved = true
    })
  }
}
customElements.define('tandem-signal-form', SignalForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-signal-form': SignalForm
  }
}
