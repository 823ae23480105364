import { css, html, LitElement } from 'lit'
import { PendingAction } from '../controllers/pending-action.ts'
import { Services } from '../controllers/services.ts'
import { SessionChangeEvent } from '../events/session-change-event.ts'
import { sharedStyles } from '../ui/shared-styles.ts'
import '../ui/tandem-error.ts'

/**
 * The first-admin page behind the one-time link the server prints at its first start
 * (`#/setup?token=…` → `POST /api/setup`). On success the new admin is logged in.
 */
export class SetupForm extends LitElement {
  static override properties = { token: {} }
  static override styles = [
    sharedStyles,
    css`
      main {
        max-width: 30rem;
        margin: var(--tandem-space-6) auto;
        padding: var(--tandem-space-5);
      }
      input {
        width: 100%;
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
    return html`<main class="card">
      <h1>${t.setupTitle}</h1>
      <p>${t.setupIntro}</p>
      ${this.token ? null : html`<p class="badge warn">${t.setupNoToken}</p>`}
      <form @submit=${this.#submit}>
        <div class="field">
          <label for="s-username">${t.username}</label>
          <input id="s-username" name="username" autocomplete="username" required pattern="[A-Za-z0-9._\\-]{2,64}" value="admin" />
        </div>
        <div class="field">
          <label for="s-name">${t.displayName}</label>
          <input id="s-name" name="displayName" autocomplete="name" required />
        </div>
        <div class="field">
          <label for="s-password">${t.password}</label>
          <input
            id="s-password"
            name="password"
            type="password"
            autocomplete="new-password"
            minlength="10"
            required
            aria-describedby="s-password-hint"
          />
          <p id="s-password-hint" class="muted">${t.passwordHint}</p>
        </div>
        <tandem-error .problem=${this.#action.problem}></tandem-error>
        <button type="submit" ?disabled=${this.#action.busy || !this.token}>${t.createAdmin}</button>
      </form>
    </main>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const form = new FormData(event.target as HTMLFormElement)
    await this.#action.run(async () => {
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
