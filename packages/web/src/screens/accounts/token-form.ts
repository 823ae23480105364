import { html, LitElement, nothing } from 'lit'
import type { Account } from '../../api/types.ts'
import { Services } from '../../controllers/services.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import '../../ui/tandem-error.ts'

/**
 * Issues a bearer token for scripts (`POST /api/accounts/:id/tokens`). The server keeps only its
 * hash, so the token is shown here once, selectable, and never again.
 */
export class TokenForm extends LitElement {
  static override properties = {
    account: { attribute: false },
    _token: { state: true },
    _problem: { state: true },
  }
  static override styles = [sharedStyles]

  declare account: Account
  declare _token: string | undefined
  declare _problem: unknown
  readonly #services = new Services(this)

  override render() {
    if (!this.account) return nothing
    const { t } = this.#services.i18n
    const id = `${this.account.id}-token`
    return html`<form @submit=${this.#submit}>
      <fieldset>
        <legend>${t.issueToken(this.account.displayName)}</legend>
        <div class="field">
          <label for=${id}>${t.tokenLabel}</label>
          <input id=${id} name="label" required maxlength="100" />
        </div>
        <tandem-error .problem=${this._problem}></tandem-error>
        <button type="submit">${t.createToken}</button>
        ${
          this._token
            ? html`<div class="notice" role="status">
                <p>${t.tokenShownOnce}</p>
                <p><code>${this._token}</code></p>
              </div>`
            : nothing
        }
      </fieldset>
    </form>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const form = new FormData(event.target as HTMLFormElement)
    this._problem = undefined
    this._token = undefined
    try {
      const reply = await this.#services.api.post<{ token: string }>(
        `/api/accounts/${encodeURIComponent(this.account.id)}/tokens`,
        { label: String(form.get('label')) },
      )
      this._token = reply.token
    } catch (problem) {
      this._problem = problem
    }
  }
}
customElements.define('tandem-token-form', TokenForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-token-form': TokenForm
  }
}
