import { html, LitElement } from 'lit'
import type { ReflectionFigures, ReflectionPeriod } from '../../api/types.ts'
import { Services } from '../../controllers/services.ts'
import { formatDate, formatNumber } from '../../i18n/language.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'

/** One reflection period: norm vs planned vs held vs cancelled-for-workload, per member and team. */
export class ReflectionTable extends LitElement {
  static override properties = { period: { attribute: false } }
  static override styles = [sharedStyles]

  declare period: ReflectionPeriod
  readonly #services = new Services(this)

  #cells(f: ReflectionFigures) {
    const { lang } = this.#services.i18n
    const short = f.held < f.norm
    return html`<td class="num">${formatNumber(lang, f.norm)}</td>
      <td class="num">${formatNumber(lang, f.planned)}</td>
      <td class="num">${formatNumber(lang, f.held)} ${short ? html`<span class="badge warn">${this.#services.t.belowNorm}</span>` : null}</td>
      <td class="num">${f.cancelledForWorkload > 0 ? html`<span class="badge danger">${formatNumber(lang, f.cancelledForWorkload)}</span>` : '0'}</td>
      <td class="num">${f.averageGrade === null ? '–' : formatNumber(lang, f.averageGrade)}</td>`
  }

  override render() {
    if (!this.period) return null
    const { t, lang } = this.#services.i18n
    const p = this.period
    return html`<table>
      <caption>${t.period}: ${formatDate(lang, p.from)} – ${formatDate(lang, p.until)}</caption>
      <thead>
        <tr>
          <th scope="col">${t.professional}</th>
          <th scope="col" class="num">${t.norm}</th>
          <th scope="col" class="num">${t.planned}</th>
          <th scope="col" class="num">${t.held}</th>
          <th scope="col" class="num">${t.cancelledWorkload}</th>
          <th scope="col" class="num">${t.quality}</th>
        </tr>
      </thead>
      <tbody>
        ${p.members.map((m) => html`<tr><th scope="row">${m.name}</th>${this.#cells(m)}</tr>`)}
      </tbody>
      <tfoot>
        <tr><th scope="row">${t.teamBalance}</th>${this.#cells(p.team)}</tr>
      </tfoot>
    </table>`
  }
}
customElements.define('tandem-reflection-table', ReflectionTable)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-reflection-table': ReflectionTable
  }
}
