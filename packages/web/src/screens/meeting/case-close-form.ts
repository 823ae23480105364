import { html, LitElement, nothing } from 'lit'
import { PendingAction } from '../../controllers/pending-action.ts'
import { Services } from '../../controllers/services.ts'
import { button } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { errorSummary } from '../../ui/error-summary.ts'
import { alert } from '../../ui/feedback.ts'
import { control, field } from '../../ui/form-field.ts'
import '../../ui/tandem-error.ts'

/** Close a case (CloseCase) with the reason, kept for the audit; folded away so it is never a slip. */
export class CaseCloseForm extends LitElement {
  static override properties = { caseId: {}, reference: {}, _closed: { state: true } }
  static override styles = [componentStyles]

  declare caseId: string
  declare reference: string
  declare _closed: boolean
  readonly #services = new Services(this)
  readonly #action = new PendingAction(this, {
    result: () => this.renderRoot.querySelector<HTMLElement>('#closed'),
  })

  constructor() {
    super()
    this.caseId = ''
    this.reference = ''
    this._closed = false
  }

  override render() {
    const { t } = this.#services.i18n
    const a = this.#action
    return html`<details class="tandem-disclosure">
      <summary>${t.closeCase}</summary>
      <form novalidate @submit=${this.#submit}>
        ${errorSummary(a, t)}
        ${field(
          { id: 'close-reason', label: t.closeReason, error: a.errorFor('reason') },
          (c) =>
            html`<textarea id=${c.id} name="reason" class=${control.textarea} required
              aria-describedby=${c.describedBy} aria-invalid=${c.invalid}></textarea>`,
        )}
        <tandem-error .problem=${a.problem}></tandem-error>
        ${this._closed ? alert('ok', t.caseClosed(this.reference), { role: 'status', id: 'closed' }) : nothing}
        ${button({
          label: t.closeCase,
          type: 'submit',
          danger: true,
          busy: a.busy,
          disabled: this.#services.readOnly || this._closed,
        })}
      </form>
    </details>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    await this.#action.submit(event, this.#services.t, async (form) => {
      await this.#services.command({
        type: 'CloseCase',
        caseId: this.caseId,
        reason: String(form.get('reason') ?? ''),
      })
      this._closed = true
    })
  }
}
customElements.define('tandem-case-close-form', CaseCloseForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-case-close-form': CaseCloseForm
  }
}
