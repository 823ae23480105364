import { css, html, LitElement } from 'lit'
import { ApiProblem, describeProblem } from '../api/api-problem.ts'
import { Services } from '../controllers/services.ts'
import { sharedStyles } from './shared-styles.ts'

/**
 * Shows any API error in the user's language: the server's own sentence, every failing field,
 * and — for a rule the domain enforces — what would fix it. `role="alert"` so it is announced.
 */
export class TandemError extends LitElement {
  static override properties = { problem: { attribute: false } }
  static override styles = [
    sharedStyles,
    css`
      .error {
        border-left: 4px solid var(--tandem-color-danger);
        background: var(--tandem-color-danger-soft);
        padding: var(--tandem-space-3) var(--tandem-space-4);
        margin: var(--tandem-space-3) 0;
      }
      strong {
        display: block;
      }
      .rule {
        font-weight: 700;
      }
      ul {
        margin: var(--tandem-space-1) 0;
      }
    `,
  ]

  declare problem: unknown
  readonly #services = new Services(this)

  override render() {
    if (this.problem === undefined || this.problem === null) return null
    const { t, lang } = this.#services.i18n
    const { message, fix } = describeProblem(this.problem, lang, t)
    const problem = this.problem instanceof ApiProblem ? this.problem : null
    return html`<div class="error" role="alert">
      <strong>${t.errorTitle}</strong>
      <p>${problem?.rule ? html`<span class="rule">${t.ruleOf(problem.rule)}</span> ` : null}${message}</p>
      ${
        problem && problem.issues.length > 0
          ? html`<p>${t.fieldIssues}</p>
            <ul>
              ${problem.issues.map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}
            </ul>`
          : null
      }
      ${fix ? html`<p><strong>${t.fixHint}</strong> ${fix}</p>` : null}
      ${problem && problem.status > 0 ? html`<p class="muted">${t.errorCode(problem.code)}</p>` : null}
    </div>`
  }
}
customElements.define('tandem-error', TandemError)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-error': TandemError
  }
}
