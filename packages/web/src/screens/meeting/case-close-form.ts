import { html, LitElement } from 'lit'
import { Services } from '../../controllers/services.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import '../../ui/tandem-error.ts'

/** Close a case (CloseCase) with the reason, kept for the audit; folded away so it is never a slip. */
export class CaseCloseForm extends LitElement {
  static override properties = {
    caseId: {},
    reference: {},
    _problem: { state: true },
    _closed: { state: true },
  }
  static override styles = [sharedStyles]

  declare caseId: string
  declare reference: string
  declare _problem: unknown
  declare _closed: boolean
  readonly #services = new Services(this)

  constructor() {
    super()
    this.caseId = ''
    this.reference = ''
    this._closed = false
  }

  override render() {
    const { t } = this.#services.i18n
    return html`<details>
      <summary>${t.closeCase}</summary>
      <form @submit=${this.#submit}>
        <div class="field">
          <label for="close-reason">${t.closeReason}</label>
          <textarea id="close-reason" name="reason" required></textarea>
        </div>
        <tandem-error .problem=${this._problem}></tandem-error>
        ${this._closed ? html`<p class="notice" role="status">${t.caseClosed(this.reference)}</p>` : null}
        <button type="submit" class="secondary" ?disabled=${this.#services.readOnly || this._closed}>${t.closeCase}</button>
      </form>
    </details>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const form = event.target as HTMLFormElement
    this._problem = undefined
    try {
      await this.#services.command({
        type: 'CloseCase',
        caseId: this.caseId,
        reason: String(new FormData(form).get('reason') ?? ''),
      })
      this._closed = true
    } catch (problem) {
      this._problem = problem
    }
  }
}
customElements.define('tandem-case-close-form', CaseCloseForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-case-close-form': CaseCloseForm
  }
}
