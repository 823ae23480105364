import { css, html, LitElement } from 'lit'
import type { Exclusion } from '../api/types-planning.ts'
import { Services } from '../controllers/services.ts'
import { componentStyles } from './component-styles.ts'

/** Colleagues the planner left out, each with the rule that excluded them, in the domain's words. */
export class ExclusionList extends LitElement {
  static override properties = { excluded: { attribute: false } }
  static override styles = [
    componentStyles,
    css`
      ul {
        margin: 0.5rem 0;
        padding-left: 1.5rem;
      }
      li {
        margin-bottom: 0.5rem;
      }
    `,
  ]

  declare excluded: readonly Exclusion[]
  readonly #services = new Services(this)

  constructor() {
    super()
    this.excluded = []
  }

  override render() {
    const { t, lang } = this.#services.i18n
    if (this.excluded.length === 0)
      return html`<p class="utrecht-paragraph tandem-muted">${t.nobodyExcluded}</p>`
    return html`<ul>
      ${this.excluded.map(
        (e) => html`<li>
          <strong>${e.name}</strong> (${t.caseRoles[e.role] ?? e.role}${e.rule ? html`, <abbr title=${t.rule}>${e.rule}</abbr>` : ''}):
          ${e[lang]}
        </li>`,
      )}
    </ul>`
  }
}
customElements.define('tandem-exclusion-list', ExclusionList)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-exclusion-list': ExclusionList
  }
}
