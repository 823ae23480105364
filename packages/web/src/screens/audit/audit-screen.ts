import { html, LitElement, nothing } from 'lit'
import type { NormAudit } from '../../api/types.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import { formatDate } from '../../i18n/language.ts'
import { actorLabel } from '../../ui/actor-label.ts'
import { renderLoaded } from '../../ui/render-loaded.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import '../../ui/tandem-error.ts'
import './audit-timeline.ts'
import './as-of-control.ts'
import './chain-check.ts'

/** Audit: replay the log — pick a moment for every screen, read the timeline, exemptions, chain. */
export class AuditScreen extends LitElement {
  static override styles = [sharedStyles]
  readonly #services = new Services(this)
  readonly #norm = new ProjectionController<NormAudit>(this, this.#services, 'norm-audit')
  #head = 0

  override render() {
    const { t, lang } = this.#services.i18n
    // A coach may not export the log, but every query says which log position it reflects.
    if (this.#services.view.asOf === null && this.#norm.position !== undefined)
      this.#head = this.#norm.position
    const head = this.#head
    return html`<h1>${t.auditTitle}</h1>
      <tandem-as-of-control .head=${head}></tandem-as-of-control>
      ${
        // The server lets auditors (and admins) verify the whole log; a coach would only get a 403.
        this.#services.session?.role === 'auditor' ? html`<tandem-chain-check></tandem-chain-check>` : nothing
      }
      <h2>${t.exemptions}</h2>
      ${renderLoaded(
        this.#norm,
        t,
        (n) => html`<table>
            <thead>
              <tr>
                <th scope="col">${t.caseRef}</th>
                <th scope="col">${t.professional}</th>
                <th scope="col">${t.exemptionGround}</th>
                <th scope="col">${t.reasoning}</th>
                <th scope="col">${t.decidedBy}</th>
                <th scope="col">${t.recordedBy}</th>
                <th scope="col">${t.when}</th>
              </tr>
            </thead>
            <tbody>
              ${n.exemptions.map(
                (e) => html`<tr>
                  <td>${e.reference}</td>
                  <td>${e.name ?? e.professionalId} (${t.caseRoles[e.role] ?? e.role})</td>
                  <td>${t.exemptionGrounds[e.ground] ?? e.ground}</td>
                  <td>${e.reasoning}</td>
                  <td>${e.decidedBy.map((id, i) => e.decidedByNames?.[i] ?? id).join(', ')}</td>
                  <td>${actorLabel(t, e.actor, e.actorName)}</td>
                  <td>${formatDate(lang, e.occurredAt)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          <h2>${t.deviations}</h2>
          <details>
          <summary>${t.deviationsCount(n.deviations.length)}</summary>
          <ul>
            ${n.deviations.map(
              (d) =>
                html`<li>${d.reference}: ${t.unassignedReasons[d.kind] ?? d.kind}, ${formatDate(lang, d.from)} – ${d.until ? formatDate(lang, d.until) : '…'} (${d.days})${d.reasoning.length ? html` — <q>${d.reasoning.join(' / ')}</q>` : null}</li>`,
            )}
          </ul>
          </details>`,
      )}
      <tandem-audit-timeline></tandem-audit-timeline>`
  }
}

customElements.define('tandem-audit-screen', AuditScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-audit-screen': AuditScreen
  }
}
