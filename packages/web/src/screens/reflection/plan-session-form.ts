import { html, LitElement, nothing } from 'lit'
import { PendingAction } from '../../controllers/pending-action.ts'
import { Services } from '../../controllers/services.ts'
import { button } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { errorSummary } from '../../ui/error-summary.ts'
import { alert } from '../../ui/feedback.ts'
import { control, field, fieldset } from '../../ui/form-field.ts'
import '../../ui/tandem-error.ts'

const kinds = ['intervisie', 'moreel-beraad', 'supervisie', 'collegiale-consultatie'] as const

/** Plan a reflection session (PlanReflectionSession): kind, date, hours, participants. */
export class PlanSessionForm extends LitElement {
  static override properties = { members: { attribute: false }, _saved: { state: true } }
  static override styles = [componentStyles]

  declare members: readonly { readonly professionalId: string; readonly name: string }[]
  declare _saved: boolean
  readonly #services = new Services(this)
  readonly #action = new PendingAction(this, {
    result: () => this.renderRoot.querySelector<HTMLElement>('#plan-saved'),
  })

  constructor() {
    super()
    this.members = []
    this._saved = false
  }

  override render() {
    const { t } = this.#services.i18n
    const a = this.#action
    return html`<form class="tandem-card" novalidate @submit=${this.#submit} @input=${() => (this._saved = false)} aria-labelledby="plan-h">
      <h2 class="utrecht-heading-2" id="plan-h">${t.planSession}</h2>
      ${errorSummary(a, t)}
      <div class="tandem-cluster">
        ${field(
          { id: 'kind', label: t.sessionKind },
          (c) => html`<select id=${c.id} name="kind" class=${control.select}>
            ${kinds.map((k) => html`<option value=${k}>${t.reflectionKinds[k]}</option>`)}
          </select>`,
        )}
        ${field(
          { id: 'on', label: t.date, error: a.errorFor('on') },
          (c) =>
            html`<input id=${c.id} name="on" type="date" class=${control.textbox} required
              aria-describedby=${c.describedBy} aria-invalid=${c.invalid} />`,
        )}
        ${field(
          { id: 'hours', label: t.hoursPlanned, error: a.errorFor('hours') },
          (c) =>
            html`<input id=${c.id} name="hours" type="number" class=${control.textbox} min="0.25" step="0.25" value="2" required
              aria-describedby=${c.describedBy} aria-invalid=${c.invalid} />`,
        )}
      </div>
      <details class="tandem-disclosure">
        <summary>${t.participantsSummary(this.members.length)}</summary>
        ${fieldset(
          { legend: t.participants },
          html`<div class="tandem-checks">
            ${this.members.map((m) =>
              field(
                { id: `participant-${m.professionalId}`, label: m.name, kind: 'checkbox' },
                (c) =>
                  html`<input type="checkbox" class=${control.checkbox} id=${c.id} name="participant" value=${m.professionalId} checked />`,
              ),
            )}
          </div>`,
        )}
      </details>
      <tandem-error .problem=${a.problem}></tandem-error>
      ${this._saved ? alert('ok', t.sessionPlanned, { role: 'status', id: 'plan-saved' }) : nothing}
      ${button({ label: t.planSession, type: 'submit', appearance: 'primary', busy: a.busy, disabled: this.#services.readOnly })}
    </form>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    this._saved = false
    await this.#action.submit(event, this.#services.t, async (form) => {
      await this.#services.command({
        type: 'PlanReflectionSession',
        sessionId: crypto.randomUUID(),
        kind: String(form.get('kind')),
        on: String(form.get('on')),
        hours: Number(form.get('hours')),
        participants: form.getAll('participant').map(String),
      })
      this._saved = true
    })
  }
}
customElements.define('tandem-plan-session-form', PlanSessionForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-plan-session-form': PlanSessionForm
  }
}
