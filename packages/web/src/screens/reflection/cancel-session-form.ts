import { html, LitElement } from 'lit'
import type { PlannedSession } from '../../api/types-planning.ts'
import { PendingAction } from '../../controllers/pending-action.ts'
import { Services } from '../../controllers/services.ts'
import { button } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { errorSummary } from '../../ui/error-summary.ts'
import { control, field } from '../../ui/form-field.ts'
import '../../ui/tandem-error.ts'

const reasons = ['workload', 'illness-or-absence', 'scheduling', 'other'] as const

/**
 * Cancel a planned session (CancelReflectionSession) with its reason. "Workload" is its own reason
 * because the reflection report counts those apart: protected time that yielded to production (R9).
 */
export class CancelSessionForm extends LitElement {
  static override properties = { session: { attribute: false } }
  static override styles = [componentStyles]

  declare session: PlannedSession
  readonly #services = new Services(this)
  readonly #action = new PendingAction(this)

  override render() {
    if (!this.session) return null
    const { t } = this.#services.i18n
    const a = this.#action
    const id = (part: string) => `${this.session.sessionId}-${part}`
    return html`<form novalidate @submit=${this.#submit}>
      ${errorSummary(a, t)}
      ${field(
        { id: id('reason'), label: t.cancelReason },
        (c) => html`<select id=${c.id} name="reason" class=${control.select}>
          ${reasons.map((r) => html`<option value=${r}>${t.cancelReasons[r]}</option>`)}
        </select>`,
      )}
      ${field(
        { id: id('explanation'), label: t.explanation },
        (c) => html`<textarea id=${c.id} name="explanation" class=${control.textarea}></textarea>`,
      )}
      <tandem-error .problem=${a.problem}></tandem-error>
      ${button({ label: t.cancelSession, type: 'submit', danger: true, busy: a.busy, disabled: this.#services.readOnly })}
    </form>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    await this.#action.submit(event, this.#services.t, async (form) => {
      await this.#services.command({
        type: 'CancelReflectionSession',
        sessionId: this.session.sessionId,
        reason: String(form.get('reason')),
        explanation: String(form.get('explanation') ?? ''),
      })
    })
  }
}
customElements.define('tandem-cancel-session-form', CancelSessionForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-cancel-session-form': CancelSessionForm
  }
}
