import { html, LitElement } from 'lit'
import { Services } from '../../controllers/services.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import '../../ui/tandem-error.ts'

/** Raise a workload signal (R11): the organisation must answer it, so it is recorded, not mailed. */
export class SignalForm extends LitElement {
  static override properties = { professionalId: {}, _problem: { state: true }, _saved: { state: true } }
  static override styles = [sharedStyles]

  declare professionalId: string
  declare _problem: unknown
  declare _saved: boolean
  readonly #services = new Services(this)

  constructor() {
    super()
    this.professionalId = ''
    this._saved = false
  }

  override render() {
    const { t } = this.#services.i18n
    return html`<form class="card" @submit=${this.#submit} aria-labelledby="signal-h">
      <h2 id="signal-h">${t.raiseSignal}</h2>
      <div class="field">
        <label for="description">${t.signalDescription}</label>
        <textarea id="description" name="description" required></textarea>
      </div>
      <tandem-error .problem=${this._problem}></tandem-error>
      ${this._saved ? html`<p class="notice" role="status">${t.signalRaised}</p>` : null}
      <button type="submit" ?disabled=${this.#services.readOnly}>${t.raiseSignal}</button>
    </form>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const form = event.target as HTMLFormElement
    this._problem = undefined
    this._saved = false
    try {
      await this.#services.command({
        type: 'RaiseWorkloadSignal',
        signalId: crypto.randomUUID(),
        professionalId: this.professionalId,
        description: String(new FormData(form).get('description') ?? ''),
      })
      form.reset()
      this._saved = true
    } catch (problem) {
      this._problem = problem
    }
  }
}
customElements.define('tandem-signal-form', SignalForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-signal-form': SignalForm
  }
}
