import { Task } from '@lit/task'
import { html, LitElement } from 'lit'
import type { NormAudit } from '../../api/types.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import { formatDate } from '../../i18n/language.ts'
import { renderLoaded } from '../../ui/render-loaded.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import '../../ui/tandem-error.ts'
import { loadAuditLog } from './audit-log.ts'
import './as-of-control.ts'
import './chain-check.ts'

/** Audit: replay the log — pick a moment for every screen, read the timeline, exemptions, chain. */
export class AuditScreen extends LitElement {
  static override styles = [sharedStyles]
  readonly #services = new Services(this)
  readonly #norm = new ProjectionController<NormAudit>(this, this.#services, 'norm-audit')
  #head = 0
  readonly #log = new Task(this, {
    task: ([teamId], { signal }) => loadAuditLog(this.#services.api, teamId, signal),
    args: () => [this.#services.view.teamId, this.#services.view.revision] as const,
  })

  override render() {
    const { t, lang } = this.#services.i18n
    const events = this.#log.value ?? []
    // A coach may not export the log, but every query says which log position it reflects.
    if (this.#services.view.asOf === null && this.#norm.position !== undefined)
      this.#head = this.#norm.position
    const head = Math.max(events.at(-1)?.position ?? 0, this.#head)
    const asOf = this.#services.view.asOf
    const shown = events.filter((e) => asOf === null || !/^\d+$/.test(asOf) || e.position <= Number(asOf))
    return html`<h1>${t.auditTitle}</h1>
      <tandem-as-of-control .head=${head}></tandem-as-of-control>
      <tandem-chain-check></tandem-chain-check>
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
                <th scope="col">${t.when}</th>
              </tr>
            </thead>
            <tbody>
              ${n.exemptions.map(
                (e) => html`<tr>
                  <td>${e.reference}</td>
                  <td>${e.professionalId} (${t.caseRoles[e.role] ?? e.role})</td>
                  <td>${t.exemptionGrounds[e.ground] ?? e.ground}</td>
                  <td>${e.reasoning}</td>
                  <td>${e.decidedBy.join(', ')}</td>
                  <td>${formatDate(lang, e.occurredAt)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          <h2>${t.deviations}</h2>
          <ul>
            ${n.deviations.map(
              (d) =>
                html`<li>${d.reference}: ${t.unassignedReasons[d.kind] ?? d.kind}, ${formatDate(lang, d.from)} – ${d.until ? formatDate(lang, d.until) : '…'} (${d.days})${d.reasoning.length ? html` — <q>${d.reasoning.join(' / ')}</q>` : null}</li>`,
            )}
          </ul>`,
      )}
      <h2>${t.timeline}</h2>
      ${this.#log.error ? html`<tandem-error .problem=${this.#log.error}></tandem-error>` : null}
      <table>
        <thead>
          <tr>
            <th scope="col" class="num">${t.position}</th>
            <th scope="col">${t.when}</th>
            <th scope="col">${t.event}</th>
            <th scope="col">${t.actor}</th>
            <th scope="col">${t.reasoning}</th>
          </tr>
        </thead>
        <tbody>
          ${[...shown]
            .reverse()
            .slice(0, 100)
            .map(
              (e) => html`<tr>
                <td class="num">${e.position}</td>
                <td>${e.metadata?.occurredAt ? formatDate(lang, e.metadata.occurredAt) : ''}</td>
                <td>${e.type}</td>
                <td>${e.metadata?.actor ?? ''} ${e.metadata?.role ? `(${t.roles[e.metadata.role] ?? e.metadata.role})` : ''}</td>
                <td>${reasoningOf(e.data)}</td>
              </tr>`,
            )}
        </tbody>
      </table>`
  }
}

/** The reasoning an event carries, wherever the schema put it (assessment, exemption, reason). */
const reasoningOf = (data: Readonly<Record<string, unknown>> | undefined): string => {
  if (!data) return ''
  const exemption = data.exemption as { reasoning?: string } | undefined
  return String(data.reasoning ?? exemption?.reasoning ?? data.reason ?? data.explanation ?? '')
}

customElements.define('tandem-audit-screen', AuditScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-audit-screen': AuditScreen
  }
}
