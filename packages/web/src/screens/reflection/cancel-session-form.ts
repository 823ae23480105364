import { html, LitElement } from 'lit'
import type { PlannedSession } from '../../api/types-planning.ts'
import { Services } from '../../controllers/services.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import '../../ui/tandem-error.ts'

const reasons = ['workload', 'illness-or-absence', 'scheduling', 'other'] as const

/**
 * Cancel a planned session (CancelReflectionSession) with its reason. "Workload" is its own reason
 * because the reflection report counts those apart: protected time that yielded to production (R9).
 */
export class CancelSessionForm extends LitElement {
  static override properties = { session: { attribute: false }, _problem: { state: true } }
  static override styles = [sharedStyles]

  declare session: PlannedSession
  declare _problem: unknown
  readonly #services = new Services(this)

  override render() {
    if (!this.session) return null
    const { t } = this.#services.i18n
    const id = (part: string) => `${this.session.sessionId}-${part}`
    return html`<form @submit=${this.#submit}>
      <div class="field">
        <label for=${id('reason')}>${t.cancelReason}</label>
        <select id=${id('reason')} name="reason">
          ${reasons.map((r) => html`<option value=${r}>${t.cancelReasons[r]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${id('explanation')}>${t.explanation}</label>
        <textarea id=${id('explanation')} name="explanation"></textarea>
      </div>
      <tandem-error .problem=${this._problem}></tandem-error>
      <button type="submit" class="secondary" ?disabled=${this.#services.readOnly}>${t.cancelSession}</button>
    </form>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const form = new FormData(event.target as HTMLFormElement)
    this._problem = undefined
    try {
      await this.#services.command({
        type: 'CancelReflectionSession',
        sessionId: this.session.sessionId,
        reason: String(form.get('reason')),
        explanation: String(form.get('explanation') ?? ''),
      })
    } catch (problem) {
      this._problem = problem
    }
  }
}
customElements.define('tandem-cancel-session-form', CancelSessionForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-cancel-session-form': CancelSessionForm
  }
}
