import { html, nothing, type TemplateResult } from 'lit'

export interface Column<T> {
  /** the header; when it is not plain text, give `stackLabel` for the stacked form */
  readonly label: string | TemplateResult
  /** the label before the value when the table is stacked on a narrow screen */
  readonly stackLabel?: string
  readonly cell: (row: T) => unknown
  /** right-aligned, tabular figures */
  readonly num?: boolean
  /** this column names the row (`<th scope="row">`); it heads the row's block when stacked */
  readonly rowHeader?: boolean
  /** a class for the column's cells (their width, say) */
  readonly className?: string
}

export interface TableOptions<T> {
  readonly caption?: string | TemplateResult | undefined
  readonly columns: readonly Column<T>[]
  readonly rows: readonly T[]
  /** rows for `<tfoot>` (a team total) */
  readonly footer?: readonly T[]
  readonly rowClass?: (row: T) => string
  /** a full-width row under a row (what the row opened), or nothing */
  readonly after?: (row: T) => TemplateResult | typeof nothing
  /**
   * When rows become stacks: below a 40rem container (the default), below 30rem (`'narrow'`, for a
   * compact table of short figures), or never (`false`, two short columns)
   */
  readonly stack?: boolean | 'narrow'
  /** the table's accessible name when it has no caption */
  readonly label?: string | undefined
}

/**
 * An NL Design System table (`utrecht-table`) that turns into labelled stacks when its container is
 * narrower than 40rem (`components.css`, WCAG 1.4.10): every data cell carries its column's name as
 * `data-label`, so a phone reads "Belasting 12,5" instead of scrolling sideways.
 */
export const table = <T>(o: TableOptions<T>): TemplateResult => {
  const labelOf = (c: Column<T>) => c.stackLabel ?? (typeof c.label === 'string' ? c.label : '')
  const classOf = (c: Column<T>) => [c.num ? 'tandem-num' : '', c.className ?? ''].join(' ').trim() || nothing
  const row = (r: T) =>
    html`<tr class=${o.rowClass?.(r) ?? nothing}>
        ${o.columns.map((c) =>
          c.rowHeader
            ? html`<th scope="row" class=${classOf(c)}>${c.cell(r)}</th>`
            : // One wrapper, so a stacked cell is two grid items: its label and its whole value.
              html`<td class=${classOf(c)} data-label=${labelOf(c)}><span>${c.cell(r)}</span></td>`,
        )}
      </tr>
      ${o.after?.(r) ?? nothing}`
  const stack =
    o.stack === false ? '' : o.stack === 'narrow' ? 'tandem-table--stack-narrow' : 'tandem-table--stack'
  return html`<div class="tandem-table ${stack}">
    <table class="utrecht-table utrecht-table--html-table" aria-label=${o.label ?? nothing}>
      ${o.caption ? html`<caption class="utrecht-table__caption">${o.caption}</caption>` : nothing}
      <thead>
        <tr>
          ${o.columns.map((c) => html`<th scope="col" class=${classOf(c)}>${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${o.rows.map(row)}
      </tbody>
      ${o.footer && o.footer.length > 0 ? html`<tfoot>${o.footer.map(row)}</tfoot>` : nothing}
    </table>
  </div>`
}

/** A full-width row for `after`: what a row opened (a form, a question). */
export const detailRow = (columns: number, content: TemplateResult | typeof nothing): TemplateResult =>
  html`<tr class="tandem-detail"><td colspan=${columns} data-label="">${content}</td></tr>`
