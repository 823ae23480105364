import { html, LitElement, nothing } from 'lit'
import type { ReflectionFigures, ReflectionPeriod } from '../../api/types.ts'
import { Services } from '../../controllers/services.ts'
import { formatDate, formatNumber } from '../../i18n/language.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { badge } from '../../ui/feedback.ts'
import { type Column, table } from '../../ui/table.ts'

interface Row {
  readonly name: string
  readonly figures: ReflectionFigures
}

/** One reflection period: norm vs planned vs held vs cancelled-for-workload, per member and team. */
export class ReflectionTable extends LitElement {
  static override properties = { period: { attribute: false }, running: { type: Boolean } }
  static override styles = [componentStyles]

  declare period: ReflectionPeriod
  /** the period still runs: what is not held yet may still be, so planning short of the norm is the warning */
  declare running: boolean
  readonly #services = new Services(this)

  constructor() {
    super()
    this.running = false
  }

  override render() {
    if (!this.period) return null
    const { t, lang } = this.#services.i18n
    const p = this.period
    const hours = (n: number) => formatNumber(lang, n)
    const columns: Column<Row>[] = [
      { label: t.professional, rowHeader: true, cell: (r) => r.name },
      { label: t.normHours, num: true, cell: (r) => hours(r.figures.norm) },
      { label: t.plannedHours, num: true, cell: (r) => hours(r.figures.planned) },
      {
        label: t.heldHours,
        num: true,
        cell: (r) =>
          html`${hours(r.figures.held)} ${
            this.running
              ? r.figures.planned < r.figures.norm
                ? badge(t.plannedBelowNorm, 'warning')
                : nothing
              : r.figures.held < r.figures.norm
                ? badge(t.belowNorm, 'warning')
                : nothing
          }`,
      },
      {
        label: t.cancelledWorkloadHours,
        num: true,
        cell: (r) =>
          r.figures.cancelledForWorkload > 0 ? badge(hours(r.figures.cancelledForWorkload), 'danger') : '0',
      },
      {
        label: t.qualityAverage,
        num: true,
        cell: (r) => (r.figures.averageGrade === null ? '–' : formatNumber(lang, r.figures.averageGrade)),
      },
    ]
    return table<Row>({
      caption: `${t.periodOf(formatDate(lang, p.from), formatDate(lang, p.until))}${this.running ? ` (${t.periodRunning})` : ''}`,
      columns,
      rows: p.members.map((m) => ({ name: m.name, figures: m })),
      footer: [{ name: t.teamTotal, figures: p.team }],
    })
  }
}
customElements.define('tandem-reflection-table', ReflectionTable)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-reflection-table': ReflectionTable
  }
}
