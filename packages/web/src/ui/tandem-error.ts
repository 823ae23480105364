import { css, html, LitElement } from 'lit'
import { ApiProblem, describeProblem } from '../api/api-problem.ts'
import { Services } from '../controllers/services.ts'
import { componentStyles } from './component-styles.ts'
import { alert } from './feedback.ts'

/**
 * Shows any API error in the user's language: what happened (the server's own sentence), what to
 * do about it, every failing field, and the code in small print for whoever gives support.
 * `role="alert"` so it is announced; focusable, so an action that failed can move focus here.
 */
export class TandemError extends LitElement {
  static override properties = { problem: { attribute: false } }
  static override styles = [
    componentStyles,
    css`
      :host(:focus) {
        outline: none;
      }
      :host(:focus-visible) .utrecht-alert {
        outline: var(--utrecht-focus-outline-width, 3px) solid var(--utrecht-focus-outline-color, Highlight);
      }
      .code {
        font-size: var(--utrecht-typography-scale-sm-font-size, 0.875rem);
      }
      p {
        margin: 0;
      }
    `,
  ]

  declare problem: unknown
  readonly #services = new Services(this)

  override updated(): void {
    // Only a shown error takes focus; an empty one stays out of the tab order.
    if (this.problem === undefined || this.problem === null) this.removeAttribute('tabindex')
    else this.setAttribute('tabindex', '-1')
  }

  override render() {
    if (this.problem === undefined || this.problem === null) return null
    const { t, lang } = this.#services.i18n
    const { message, fix } = describeProblem(this.problem, lang, t)
    const problem = this.problem instanceof ApiProblem ? this.problem : null
    return alert(
      'danger',
      html`<p class="utrecht-paragraph"><strong>${t.errorTitle}</strong></p>
        <p class="utrecht-paragraph">
          ${problem?.rule ? html`<strong>${t.ruleOf(problem.rule)}</strong> ` : null}${message}
        </p>
        ${
          problem && problem.issues.length > 0
            ? html`<p class="utrecht-paragraph">${t.fieldIssues}</p>
              <ul class="utrecht-unordered-list">
                ${problem.issues.map((i) => html`<li class="utrecht-unordered-list__item"><code>${i.path}</code>: ${i.message}</li>`)}
              </ul>`
            : null
        }
        ${fix ? html`<p class="utrecht-paragraph"><strong>${t.fixHint}</strong> ${fix}</p>` : null}
        ${problem && problem.status > 0 ? html`<p class="utrecht-paragraph tandem-muted code">${t.errorCode(problem.code)}</p>` : null}`,
      { role: 'alert' },
    )
  }
}
customElements.define('tandem-error', TandemError)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-error': TandemError
  }
}
