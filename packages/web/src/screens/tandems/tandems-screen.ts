import { html, LitElement } from 'lit'
import type { CaseloadBalance, MeetingAgenda, TandemHealth } from '../../api/types.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import { formatDate } from '../../i18n/language.ts'
import { nameMap, renderLoaded } from '../../ui/render-loaded.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'

/** Tandems en registraties: each pair with its contact health (R4); registrations expiring (R7). */
export class TandemsScreen extends LitElement {
  static override styles = [sharedStyles]
  readonly #services = new Services(this)
  readonly #tandems = new ProjectionController<readonly TandemHealth[]>(this, this.#services, 'tandems')
  // The agenda carries the registration warnings; the balance carries the names.
  readonly #agenda = new ProjectionController<MeetingAgenda>(this, this.#services, 'agenda')
  readonly #balance = new ProjectionController<CaseloadBalance>(this, this.#services, 'balance')

  override render() {
    const { t, lang } = this.#services.i18n
    const names = nameMap(this.#balance.value?.members)
    return html`<h1>${t.tandemsTitle}</h1>
      <h2>${t.pairs}</h2>
      ${renderLoaded(
        this.#tandems,
        t,
        (pairs) => html`<table>
          <thead>
            <tr>
              <th scope="col">${t.caseRef}</th>
              <th scope="col">${t.regisseur}</th>
              <th scope="col">${t.practitioner}</th>
              <th scope="col">${t.lastContact}</th>
              <th scope="col">${t.contactHealth}</th>
            </tr>
          </thead>
          <tbody>
            ${pairs.map(
              (p) => html`<tr>
                <th scope="row">${p.reference}</th>
                <td>${p.regisseurName ?? names(p.regisseurId)}</td>
                <td>${p.practitionerName ?? names(p.practitionerId)}</td>
                <td>${p.lastContactOn ? formatDate(lang, p.lastContactOn) : '–'}</td>
                <td>
                  <span class="badge ${p.overdueDays > 0 ? 'danger' : 'ok'}">
                    ${p.overdueDays > 0 ? `${t.health.overdue} (${p.overdueDays})` : t.health.ok}
                  </span>
                </td>
              </tr>`,
            )}
          </tbody>
        </table>`,
      )}
      <h2>${t.expiringTitle}</h2>
      ${renderLoaded(
        this.#agenda,
        t,
        (a) => html`<table>
          <thead>
            <tr>
              <th scope="col">${t.professional}</th>
              <th scope="col">${t.register}</th>
              <th scope="col">${t.validUntil}</th>
              <th scope="col" class="num">${t.daysLeft}</th>
            </tr>
          </thead>
          <tbody>
            ${a.registrations.map(
              (r) => html`<tr>
                <th scope="row">${r.name}</th>
                <td>${r.register}</td>
                <td>
                  ${formatDate(lang, r.date)}
                  ${r.status === 'lapsed' ? html`<span class="badge danger">${t.lapsed}</span>` : null}
                </td>
                <td class="num">${r.days}</td>
              </tr>`,
            )}
          </tbody>
        </table>`,
      )}`
  }
}
customElements.define('tandem-tandems-screen', TandemsScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-tandems-screen': TandemsScreen
  }
}
