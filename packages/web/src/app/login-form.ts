import { css, html, LitElement } from 'lit'
import { PendingAction } from '../controllers/pending-action.ts'
import { Services } from '../controllers/services.ts'
import { LanguageChangeEvent } from '../events/language-change-event.ts'
import { SessionChangeEvent } from '../events/session-change-event.ts'
import { button } from '../ui/button.ts'
import { componentStyles } from '../ui/component-styles.ts'
import { errorSummary } from '../ui/error-summary.ts'
import { control, field } from '../ui/form-field.ts'
import '../ui/tandem-error.ts'

/** Login with a local account; the server sets the session cookie (issue 4). */
export class LoginForm extends LitElement {
  static override styles = [
    componentStyles,
    css`
      main {
        box-sizing: border-box;
        margin: var(--utrecht-space-block-2xl, 2rem) auto;
        max-inline-size: 26rem;
      }
      @media (max-width: 30rem) {
        main {
          border: 0;
          margin-block: 0;
        }
      }
    `,
  ]

  readonly #services = new Services(this)
  readonly #action = new PendingAction(this)

  override render() {
    const { t, lang } = this.#services.i18n
    const other = lang === 'nl' ? 'en' : 'nl'
    const a = this.#action
    return html`<main class="tandem-card">
      <h1 class="utrecht-heading-1">${t.loginTitle}</h1>
      <p class="utrecht-paragraph tandem-muted">${t.appTagline}</p>
      <form novalidate @submit=${this.#submit}>
        ${errorSummary(a, t)}
        ${field(
          { id: 'username', label: t.username, error: a.errorFor('username') },
          (c) =>
            html`<input id=${c.id} name="username" class=${control.textbox} autocomplete="username" required
              aria-describedby=${c.describedBy} aria-invalid=${c.invalid} />`,
        )}
        ${field(
          { id: 'password', label: t.password, error: a.errorFor('password') },
          (c) =>
            html`<input id=${c.id} name="password" type="password" class=${control.textbox} autocomplete="current-password" required
              aria-describedby=${c.describedBy} aria-invalid=${c.invalid} />`,
        )}
        <tandem-error .problem=${a.problem}></tandem-error>
        ${button({ label: t.login, type: 'submit', appearance: 'primary', busy: a.busy })}
      </form>
      <p class="utrecht-paragraph tandem-muted">${t.loginHint}</p>
      ${button({
        label: t.languageName[other] ?? other,
        lang: other,
        appearance: 'subtle',
        onClick: () => this.dispatchEvent(new LanguageChangeEvent(other)),
      })}
    </main>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    await this.#action.submit(event, this.#services.t, async (form) => {
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
