import { css, html, LitElement } from 'lit'
import { PendingAction } from '../controllers/pending-action.ts'
import { Services } from '../controllers/services.ts'
import { LanguageChangeEvent } from '../events/language-change-event.ts'
import { SessionChangeEvent } from '../events/session-change-event.ts'
import { sharedStyles } from '../ui/shared-styles.ts'

/** Login with a local account; the server sets the session cookie (issue 4). */
export class LoginForm extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      main {
        max-width: 26rem;
        margin: var(--tandem-space-6) auto;
        padding: var(--tandem-space-5);
      }
      input {
        width: 100%;
      }
      .lang {
        margin-top: var(--tandem-space-4);
      }
    `,
  ]

  readonly #services = new Services(this)
  readonly #action = new PendingAction(this)

  override render() {
    const { t, lang } = this.#services.i18n
    const other = lang === 'nl' ? 'en' : 'nl'
    return html`<main class="card">
      <h1>${t.loginTitle}</h1>
      <p class="muted">${t.appTagline}</p>
      <form @submit=${this.#submit}>
        <div class="field">
          <label for="username">${t.username}</label>
          <input id="username" name="username" autocomplete="username" required />
        </div>
        <div class="field">
          <label for="password">${t.password}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
        </div>
        <tandem-error .problem=${this.#action.problem}></tandem-error>
        <button type="submit" ?disabled=${this.#action.busy}>${t.login}</button>
      </form>
      <p class="muted">${t.loginHint}</p>
      <button class="secondary lang" lang=${other} @click=${() => this.dispatchEvent(new LanguageChangeEvent(other))}>
        ${t.languageName[other]}
      </button>
    </main>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const form = new FormData(event.target as HTMLFormElement)
    await this.#action.run(async () => {
      const me = await this.#services.api.login(String(form.get('username')), String(form.get('password')))
      this.dispatchEvent(new SessionChangeEvent(me))
    })
  }
}
customElements.define('tandem-login-form', LoginForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-login-form': LoginForm
  }
}
