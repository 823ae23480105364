import { css, html, LitElement, nothing } from 'lit'
import type { MemberBalance } from '../api/types.ts'
import { Services } from '../controllers/services.ts'
import { formatNumber, formatPercent, type Language } from '../i18n/language.ts'
import { componentStyles } from './component-styles.ts'
import { badge } from './feedback.ts'
import { setStyle } from './set-style.ts'
import { type Column, table } from './table.ts'

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
    componentStyles,
    css`
      .track {
        background: var(--tandem-bar-track-color, var(--utrecht-table-footer-background-color, #f1f4f7));
        block-size: 1.25rem;
        border: 1px solid var(--_tandem-line);
        min-inline-size: 4rem;
        position: relative;
      }
      .fill {
        background: var(--tandem-bar-load-color, var(--utrecht-link-color, #0b5cad));
        block-size: 100%;
      }
      .fill.over {
        background: var(--tandem-bar-over-color, var(--utrecht-feedback-danger-color, #b3261e));
      }
      .fill.preview {
        background: var(--tandem-bar-preview-color, var(--utrecht-focus-outline-color, #6a1b9a));
        block-size: 50%;
      }
      .capacity {
        border-inline-start: 3px solid var(--tandem-bar-capacity-color, var(--utrecht-document-color, #1b1f24));
        inset-block: -3px;
        position: absolute;
      }
      td.bar {
        inline-size: 40%;
      }
      :host([compact]) td.bar {
        inline-size: 20%;
      }
      tr.changed {
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
    const moved = (a: number, b: number) => Math.abs(a - b) > 1e-9
    const next = (row: MemberBalance) => afterById.get(row.professionalId)
    const loadChanged = (row: MemberBalance) => {
      const n = next(row)
      return n !== undefined && moved(n.load.points, row.load.points)
    }
    const capacityChanged = (row: MemberBalance) => {
      const n = next(row)
      return n !== undefined && moved(n.capacity.points, row.capacity.points)
    }
    const changed = (row: MemberBalance) => loadChanged(row) || capacityChanged(row)
    const columns: Column<MemberBalance>[] = [
      {
        label: t.professional,
        rowHeader: true,
        cell: (row) =>
          html`${row.name ?? row.professionalId} ${row.overloaded ? badge(t.overloaded, 'danger') : nothing}`,
      },
      {
        label: html`<span class="tandem-visually-hidden">${t.loadBar}</span>`,
        stackLabel: '',
        className: 'bar',
        cell: (row) => html`<div class="track" aria-hidden="true">
          ${this.#bar(row.ratio)} ${changed(row) ? this.#bar(next(row)!.ratio, true) : nothing}
          <span class="capacity" ${setStyle({ left: `${capacityAt}%` })}></span>
        </div>`,
      },
      {
        label: t.loadPoints,
        num: true,
        cell: (row) =>
          html`${formatNumber(lang, row.load.points)}${loadChanged(row) ? html` → ${formatNumber(lang, next(row)!.load.points)}` : nothing}`,
      },
      {
        label: t.capacityPoints,
        num: true,
        cell: (row) =>
          html`${formatNumber(lang, row.capacity.points)}${capacityChanged(row) ? html` → ${formatNumber(lang, next(row)!.capacity.points)}` : nothing}`,
      },
      {
        label: this.proposed ? t.before : t.ratio,
        num: true,
        cell: (row) => ratioText(lang, row.ratio),
      },
      ...(this.proposed
        ? [
            {
              label: t.after,
              num: true,
              cell: (row: MemberBalance) => {
                const n = next(row)
                return n ? ratioText(lang, n.ratio) : '–'
              },
            },
          ]
        : []),
    ]
    return table({
      // In a side column (the meeting's preview) the compact figures stay a table down to 30rem.
      stack: this.hasAttribute('compact') ? 'narrow' : true,
      caption: this.caption || undefined,
      label: this.caption ? undefined : t.balanceTitle,
      columns,
      rows: this.rows,
      rowClass: (row) => (changed(row) ? 'changed' : ''),
    })
  }
}
customElements.define('tandem-load-bars', LoadBars)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-load-bars': LoadBars
  }
}
