import { html, LitElement, nothing } from 'lit'
import type { NormAudit } from '../../api/types.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import { formatDate } from '../../i18n/language.ts'
import { actorLabel } from '../../ui/actor-label.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { renderLoaded } from '../../ui/render-loaded.ts'
import { table } from '../../ui/table.ts'
import '../../ui/tandem-error.ts'
import './audit-timeline.ts'
import './as-of-control.ts'
import './chain-check.ts'

/** Audit: replay the log — pick a moment for every screen, read the timeline, exemptions, chain. */
export class AuditScreen extends LitElement {
  static override styles = [componentStyles]
  readonly #services = new Services(this)
  readonly #norm = new ProjectionController<NormAudit>(this, this.#services, 'norm-audit')
  #head = 0

  override render() {
    const { t, lang } = this.#services.i18n
    // A coach may not export the log, but every query says which log position it reflects.
    if (this.#services.view.asOf === null && this.#norm.position !== undefined)
      this.#head = this.#norm.position
    const head = this.#head
    type Exemption = NormAudit['exemptions'][number]
    return html`<h1 class="utrecht-heading-1">${t.auditTitle}</h1>
      <tandem-as-of-control .head=${head}></tandem-as-of-control>
      ${
        // The server lets auditors (and admins) verify the whole log; a coach would only get a 403.
        this.#services.session?.role === 'auditor' ? html`<tandem-chain-check></tandem-chain-check>` : nothing
      }
      ${renderLoaded(
        this.#norm,
        t,
        (n) => html`<h2 class="utrecht-heading-2">${t.exemptions}</h2>
          ${
            n.exemptions.length === 0
              ? html`<p class="utrecht-paragraph tandem-muted">${t.noExemptions}</p>`
              : table<Exemption>({
                  label: t.exemptions,
                  rows: n.exemptions,
                  columns: [
                    { label: t.caseRef, rowHeader: true, cell: (e) => e.reference },
                    {
                      label: t.professional,
                      cell: (e) => `${e.name ?? e.professionalId} (${t.caseRoles[e.role] ?? e.role})`,
                    },
                    { label: t.exemptionGround, cell: (e) => t.exemptionGrounds[e.ground] ?? e.ground },
                    { label: t.reasoning, cell: (e) => e.reasoning },
                    {
                      label: t.decidedBy,
                      cell: (e) => e.decidedBy.map((id, i) => e.decidedByNames?.[i] ?? id).join(', '),
                    },
                    { label: t.recordedBy, cell: (e) => actorLabel(t, e.actor, e.actorName) },
                    { label: t.when, cell: (e) => formatDate(lang, e.occurredAt) },
                  ],
                })
          }
          <h2 class="utrecht-heading-2">${t.deviations}</h2>
          <details class="tandem-disclosure">
            <summary>${t.deviationsCount(n.deviations.length)}</summary>
            <ul class="utrecht-unordered-list">
              ${n.deviations.map(
                (d) =>
                  html`<li class="utrecht-unordered-list__item">${d.reference}: ${t.unassignedReasons[d.kind] ?? d.kind},
                    ${formatDate(lang, d.from)} – ${d.until ? formatDate(lang, d.until) : t.untilNow}
                    (${t.days(d.days)})${d.reasoning.length ? html` — <q>${d.reasoning.join(' / ')}</q>` : null}</li>`,
              )}
            </ul>
          </details>
          <tandem-audit-timeline></tandem-audit-timeline>`,
      )}`
  }
}
customElements.define('tandem-audit-screen', AuditScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-audit-screen': AuditScreen
  }
}
