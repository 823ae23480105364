import { html, LitElement, nothing } from 'lit'
import type { Account } from '../../api/types.ts'
import { PendingAction } from '../../controllers/pending-action.ts'
import { Services } from '../../controllers/services.ts'
import { button } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { errorSummary } from '../../ui/error-summary.ts'
import { alert } from '../../ui/feedback.ts'
import { control, field, fieldset } from '../../ui/form-field.ts'
import '../../ui/tandem-error.ts'

/**
 * Issues a bearer token for scripts (`POST /api/accounts/:id/tokens`). The server keeps only its
 * hash, so the token is shown here once, selectable, and never again.
 */
export class TokenForm extends LitElement {
  static override properties = { account: { attribute: false }, _token: { state: true } }
  static override styles = [componentStyles]

  declare account: Account
  declare _token: string | undefined
  readonly #services = new Services(this)
  readonly #action = new PendingAction(this, {
    result: () => this.renderRoot.querySelector<HTMLElement>('#token-shown'),
  })

  /** Opened from a row: the keyboard continues in the form's first field. */
  focusFirst(): void {
    this.renderRoot.querySelector<HTMLElement>('input')?.focus()
  }

  override render() {
    if (!this.account) return nothing
    const { t } = this.#services.i18n
    const a = this.#action
    return html`<form novalidate @submit=${this.#submit}>
      ${errorSummary(a, t)}
      ${fieldset(
        { legend: t.issueToken(this.account.displayName) },
        html`${field(
          { id: `${this.account.id}-token`, label: t.tokenLabel, error: a.errorFor('label') },
          (c) =>
            html`<input id=${c.id} name="label" class=${control.textbox} required maxlength="100"
              aria-describedby=${c.describedBy} aria-invalid=${c.invalid} />`,
        )}
          <tandem-error .problem=${a.problem}></tandem-error>
          ${button({ label: t.createToken, type: 'submit', appearance: 'primary', busy: a.busy })}
          ${
            this._token
              ? alert(
                  'ok',
                  html`<p class="utrecht-paragraph">${t.tokenShownOnce}</p>
                    <p class="utrecht-paragraph"><code>${this._token}</code></p>`,
                  { role: 'status', id: 'token-shown' },
                )
              : nothing
          }`,
      )}
    </form>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    this._token = undefined
    await this.#action.submit(event, this.#services.t, async (form) => {
      const reply = await this.#services.api.post<{ token: string }>(
        `/api/accounts/${encodeURIComponent(this.account.id)}/tokens`,
        { label: String(form.get('label')) },
      )
      this._token = reply.token
    })
  }
}
customElements.define('tandem-token-form', TokenForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-token-form': TokenForm
  }
}
