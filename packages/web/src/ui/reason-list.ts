import { css, html, LitElement } from 'lit'
import type { PlannerReason } from '../api/types-planning.ts'
import { Services } from '../controllers/services.ts'
import { componentStyles } from './component-styles.ts'

const marks: Readonly<Record<PlannerReason['tone'], string>> = { for: '+', against: '−', neutral: '·' }

/**
 * The planner's reasons in the current language, each marked for (+), against (−) or neutral (·);
 * the mark is text too, so colour is never the only signal (WCAG 1.4.1).
 */
export class ReasonList extends LitElement {
  static override properties = { reasons: { attribute: false } }
  static override styles = [
    componentStyles,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        margin: 0 0 0.25rem;
      }
      .mark {
        display: inline-block;
        width: 1.25rem;
        font-weight: 700;
      }
      .for .mark {
        color: var(--utrecht-feedback-safe-color, #1d6b32);
      }
      .against .mark {
        color: var(--utrecht-feedback-danger-color, #b3261e);
      }
    `,
  ]

  declare reasons: readonly PlannerReason[]
  readonly #services = new Services(this)

  constructor() {
    super()
    this.reasons = []
  }

  override render() {
    const { t, lang } = this.#services.i18n
    return html`<ul>
      ${this.reasons.map(
        (r) => html`<li class=${r.tone}>
          <span class="mark" aria-hidden="true">${marks[r.tone]}</span
          ><span class="tandem-visually-hidden">${t.reasonTone[r.tone]}: </span>${r[lang]}
        </li>`,
      )}
    </ul>`
  }
}
customElements.define('tandem-reason-list', ReasonList)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-reason-list': ReasonList
  }
}
