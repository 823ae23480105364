import { html, LitElement } from 'lit'
import type { Exclusion } from '../api/types-planning.ts'
import { Services } from '../controllers/services.ts'
import { sharedStyles } from './shared-styles.ts'

/** Colleagues the planner left out, each with the rule that excluded them, in the domain's words. */
export class ExclusionList extends LitElement {
  static override properties = { excluded: { attribute: false }, caption: {} }
  static override styles = [sharedStyles]

  declare excluded: readonly Exclusion[]
  declare caption: string
  readonly #services = new Services(this)

  constructor() {
    super()
    this.excluded = []
    this.caption = ''
  }

  override render() {
    const { t, lang } = this.#services.i18n
    if (this.excluded.length === 0) return html`<p class="muted">${t.nobodyExcluded}</p>`
    return html`<table>
      ${this.caption ? html`<caption>${this.caption}</caption>` : null}
      <thead>
        <tr>
          <th scope="col">${t.professional}</th>
          <th scope="col">${t.role}</th>
          <th scope="col">${t.rule}</th>
          <th scope="col">${t.why}</th>
        </tr>
      </thead>
      <tbody>
        ${this.excluded.map(
          (e) => html`<tr>
            <th scope="row">${e.name}</th>
            <td>${t.caseRoles[e.role] ?? e.role}</td>
            <td>${e.rule ?? '–'}</td>
            <td>${e[lang]}</td>
          </tr>`,
        )}
      </tbody>
    </table>`
  }
}
customElements.define('tandem-exclusion-list', ExclusionList)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-exclusion-list': ExclusionList
  }
}
