import { css, html, LitElement, nothing } from 'lit'
import type { MemberBalance } from '../api/types.ts'
import { Services } from '../controllers/services.ts'
import { formatNumber, formatPercent, type Language } from '../i18n/language.ts'
import { setStyle } from './set-style.ts'
import { sharedStyles } from './shared-styles.ts'

/** Bars are drawn up to 150 % of capacity; beyond that the number says it, not the length. */
const maxRatio = 1.5

/** No capacity this week (absent): a ratio does not exist, so none is shown. */
const ratioText = (lang: Language, ratio: number | null): string =>
  ratio === null ? '–' : formatPercent(lang, ratio)

/**
 * Load against capacity per professional as a bar chart that is also a table: the bars are
 * decoration (`aria-hidden`), the numbers in the cells are the text alternative a screen reader
 * reads. With `proposed` it shows the balance before and after a proposed change side by side.
 */
export class LoadBars extends LitElement {
  static override properties = {
    rows: { attribute: false },
    proposed: { attribute: false },
    caption: {},
  }
  static override styles = [
    sharedStyles,
    css`
      .wrap {
        overflow-x: auto;
      }
      .track {
        position: relative;
        height: var(--tandem-bar-height);
        background: var(--tandem-color-surface-alt);
        border: 1px solid var(--tandem-color-border);
        min-width: 6rem;
      }
      .fill {
        height: 100%;
        background: var(--tandem-color-bar-load);
      }
      .fill.over {
        background: var(--tandem-color-bar-over);
      }
      .fill.preview {
        background: var(--tandem-color-bar-preview);
        height: 50%;
      }
      .capacity {
        position: absolute;
        top: -3px;
        bottom: -3px;
        border-left: 3px solid var(--tandem-color-text);
      }
      td.bar {
        width: 45%;
      }
      :host([compact]) td.bar {
        width: 20%;
      }
      :host([compact]) .track {
        min-width: 3rem;
      }
      :host([compact]) th,
      :host([compact]) td {
        padding-left: var(--tandem-space-1);
        padding-right: var(--tandem-space-1);
      }
      td.num {
        white-space: nowrap;
      }
      .changed {
        font-weight: 700;
      }
      @media print {
        .fill {
          print-color-adjust: exact;
          -webkit-print-color-adjust: exact;
        }
      }
    `,
  ]

  declare rows: readonly MemberBalance[]
  declare proposed: readonly MemberBalance[] | undefined
  declare caption: string
  readonly #services = new Services(this)

  constructor() {
    super()
    this.rows = []
    this.proposed = undefined
    this.caption = ''
  }

  #bar(ratio: number | null, preview = false) {
    if (ratio === null) return nothing
    const width = (Math.min(ratio, maxRatio) / maxRatio) * 100
    const over = ratio > 1
    return html`<div class="fill ${preview ? 'preview' : over ? 'over' : ''}" ${setStyle({ width: `${width}%` })}></div>`
  }

  override render() {
    const { t, lang } = this.#services.i18n
    const afterById = new Map((this.proposed ?? []).map((r) => [r.professionalId, r]))
    const capacityAt = (1 / maxRatio) * 100
    // Wide tables scroll sideways on narrow screens; the region is focusable so the keyboard can too.
    return html`<div class="wrap" tabindex="0" role="region" aria-label=${this.caption || t.balanceTitle}><table>
      ${this.caption ? html`<caption>${this.caption}</caption>` : nothing}
      <thead>
        <tr>
          <th scope="col">${t.professional}</th>
          <th scope="col"><span class="visually-hidden">${t.ratio}</span></th>
          <th scope="col" class="num">${t.load}</th>
          <th scope="col" class="num">${t.capacity}</th>
          <th scope="col" class="num">${this.proposed ? t.before : t.ratio}</th>
          ${this.proposed ? html`<th scope="col" class="num">${t.after}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${this.rows.map((row) => {
          const next = afterById.get(row.professionalId)
          const moved = (a: number, b: number) => Math.abs(a - b) > 1e-9
          const loadChanged = next !== undefined && moved(next.load.points, row.load.points)
          const capacityChanged = next !== undefined && moved(next.capacity.points, row.capacity.points)
          const changed = loadChanged || capacityChanged
          return html`<tr class=${changed ? 'changed' : ''}>
            <th scope="row">
              ${row.name ?? row.professionalId}
              ${row.overloaded ? html`<span class="badge danger">${t.overloaded}</span>` : nothing}
            </th>
            <td class="bar" aria-hidden="true">
              <div class="track">
                ${this.#bar(row.ratio)} ${changed ? this.#bar(next.ratio, true) : nothing}
                <span class="capacity" ${setStyle({ left: `${capacityAt}%` })}></span>
              </div>
            </td>
            <td class="num">
              ${formatNumber(lang, row.load.points)}${loadChanged ? html` → ${formatNumber(lang, next.load.points)}` : nothing}
            </td>
            <td class="num">
              ${formatNumber(lang, row.capacity.points)}${capacityChanged ? html` → ${formatNumber(lang, next.capacity.points)}` : nothing}
            </td>
            <td class="num">${ratioText(lang, row.ratio)}</td>
            ${this.proposed ? html`<td class="num">${next ? ratioText(lang, next.ratio) : '–'}</td>` : nothing}
          </tr>`
        })}
      </tbody>
    </table></div>`
  }
}
customElements.define('tandem-load-bars', LoadBars)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-load-bars': LoadBars
  }
}
