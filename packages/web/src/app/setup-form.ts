import { css, html, LitElement } from 'lit'
import { PendingAction } from '../controllers/pending-action.ts'
import { Services } from '../controllers/services.ts'
import { SessionChangeEvent } from '../events/session-change-event.ts'
import { button } from '../ui/button.ts'
import { componentStyles } from '../ui/component-styles.ts'
import { errorSummary } from '../ui/error-summary.ts'
import { alert } from '../ui/feedback.ts'
import { control, field } from '../ui/form-field.ts'
import '../ui/tandem-error.ts'

/**
 * The first-admin page behind the one-time link the server prints at its first start
 * (`#/setup?token=…` → `POST /api/setup`). On success the new admin is logged in.
 */
export class SetupForm extends LitElement {
  static override properties = { token: {} }
  static override styles = [
    componentStyles,
    css`
      main {
        box-sizing: border-box;
        margin: var(--utrecht-space-block-2xl, 2rem) auto;
        max-inline-size: 30rem;
      }
    `,
  ]

  declare token: string
  readonly #services = new Services(this)
  readonly #action = new PendingAction(this)

  constructor() {
    super()
    this.token = ''
  }

  override render() {
    const { t } = this.#services.i18n
    const a = this.#action
    return html`<main class="tandem-card">
      <h1 class="utrecht-heading-1">${t.setupTitle}</h1>
      <p class="utrecht-paragraph">${t.setupIntro}</p>
      ${this.token ? null : alert('warning', t.setupNoToken)}
      <form novalidate @submit=${this.#submit}>
        ${errorSummary(a, t)}
        ${field(
          { id: 's-username', label: t.username, error: a.errorFor('username') },
          (c) =>
            html`<input id=${c.id} name="username" class=${control.textbox} autocomplete="username" required
              pattern="[A-Za-z0-9._\\-]{2,64}" value="admin" aria-describedby=${c.describedBy} aria-invalid=${c.invalid} />`,
        )}
        ${field(
          { id: 's-name', label: t.displayName, error: a.errorFor('displayName') },
          (c) =>
            html`<input id=${c.id} name="displayName" class=${control.textbox} autocomplete="name" required
              aria-describedby=${c.describedBy} aria-invalid=${c.invalid} />`,
        )}
        ${field(
          { id: 's-password', label: t.password, description: t.passwordHint, error: a.errorFor('password') },
          (c) =>
            html`<input id=${c.id} name="password" type="password" class=${control.textbox} autocomplete="new-password"
              minlength="10" required aria-describedby=${c.describedBy} aria-invalid=${c.invalid} />`,
        )}
        <tandem-error .problem=${a.problem}></tandem-error>
        ${button({ label: t.createAdmin, type: 'submit', appearance: 'primary', busy: a.busy, disabled: !this.token })}
      </form>
    </main>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    await this.#action.submit(event, this.#services.t, async (form) => {
      const me = await this.#services.api.setup({
        token: this.token,
        username: String(form.get('username')),
        displayName: String(form.get('displayName')),
        password: String(form.get('password')),
      })
      history.replaceState(null, '', location.pathname)
      this.dispatchEvent(new SessionChangeEvent(me))
    })
  }
}
customElements.define('tandem-setup-form', SetupForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-setup-form': SetupForm
  }
}
