import { html, LitElement } from 'lit'
import { Services } from '../../controllers/services.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import '../../ui/tandem-error.ts'

const kinds = ['intervisie', 'moreel-beraad', 'supervisie', 'collegiale-consultatie'] as const

/** Plan a reflection session (PlanReflectionSession): kind, date, hours, participants. */
export class PlanSessionForm extends LitElement {
  static override properties = {
    members: { attribute: false },
    _problem: { state: true },
    _saved: { state: true },
  }
  static override styles = [sharedStyles]

  declare members: readonly { readonly professionalId: string; readonly name: string }[]
  declare _problem: unknown
  declare _saved: boolean
  readonly #services = new Services(this)

  constructor() {
    super()
    this.members = []
    this._saved = false
  }

  override render() {
    const { t } = this.#services.i18n
    return html`<form class="card" @submit=${this.#submit} aria-labelledby="plan-h">
      <h2 id="plan-h">${t.planSession}</h2>
      <div class="row">
        <div class="field">
          <label for="kind">${t.sessionKind}</label>
          <select id="kind" name="kind">${kinds.map((k) => html`<option value=${k}>${t.reflectionKinds[k]}</option>`)}</select>
        </div>
        <div class="field">
          <label for="on">${t.date}</label>
          <input id="on" name="on" type="date" required />
        </div>
        <div class="field">
          <label for="hours">${t.hours}</label>
          <input id="hours" name="hours" type="number" min="0.25" step="0.25" value="2" required />
        </div>
      </div>
      <fieldset class="checks">
        <legend>${t.participants}</legend>
        ${this.members.map(
          (m) =>
            html`<label class="check"><input type="checkbox" name="participant" value=${m.professionalId} checked />${m.name}</label>`,
        )}
      </fieldset>
      <tandem-error .problem=${this._problem}></tandem-error>
      ${this._saved ? html`<p class="notice" role="status">${t.saved}</p>` : null}
      <button type="submit" ?disabled=${this.#services.readOnly}>${t.planSession}</button>
    </form>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const form = new FormData(event.target as HTMLFormElement)
    this._problem = undefined
    this._saved = false
    try {
      await this.#services.command({
        type: 'PlanReflectionSession',
        sessionId: crypto.randomUUID(),
        kind: String(form.get('kind')),
        on: String(form.get('on')),
        hours: Number(form.get('hours')),
        participants: form.getAll('participant').map(String),
      })
      this._saved = true
    } catch (problem) {
      this._problem = problem
    }
  }
}
customElements.define('tandem-plan-session-form', PlanSessionForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-plan-session-form': PlanSessionForm
  }
}
