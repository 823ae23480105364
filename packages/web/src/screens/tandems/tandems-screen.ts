import { html, LitElement } from 'lit'
import type { CaseloadBalance, MeetingAgenda, TandemHealth } from '../../api/types.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import { formatDate } from '../../i18n/language.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { badge } from '../../ui/feedback.ts'
import { nameMap, renderLoaded } from '../../ui/render-loaded.ts'
import { table } from '../../ui/table.ts'

type Warning = MeetingAgenda['registrations'][number]

/** Tandems en registraties: each pair with its contact health (R4); registrations expiring (R7). */
export class TandemsScreen extends LitElement {
  static override styles = [componentStyles]

  readonly #services = new Services(this)
  readonly #tandems = new ProjectionController<readonly TandemHealth[]>(this, this.#services, 'tandems')
  // The agenda carries the registration warnings; the balance carries the names.
  readonly #agenda = new ProjectionController<MeetingAgenda>(this, this.#services, 'agenda')
  readonly #balance = new ProjectionController<CaseloadBalance>(this, this.#services, 'balance')

  override render() {
    const { t } = this.#services.i18n
    // The three answers come together, so the second table does not jump when the first arrives.
    return html`<h1 class="utrecht-heading-1">${t.tandemsTitle}</h1>
      ${renderLoaded(this.#tandems, t, (pairs) =>
        renderLoaded(this.#agenda, t, (agenda) => this.#tables(pairs, agenda)),
      )}`
  }

  #tables(pairs: readonly TandemHealth[], agenda: MeetingAgenda) {
    const { t, lang } = this.#services.i18n
    const names = nameMap(this.#balance.value?.members)
    return html`<h2 class="utrecht-heading-2">${t.pairs}</h2>
      ${table<TandemHealth>({
        label: t.pairs,
        rows: pairs,
        columns: [
          { label: t.caseRef, rowHeader: true, cell: (p) => p.reference },
          { label: t.regisseur, cell: (p) => p.regisseurName ?? names(p.regisseurId) },
          { label: t.practitioner, cell: (p) => p.practitionerName ?? names(p.practitionerId) },
          {
            label: t.lastContact,
            cell: (p) => (p.lastContactOn ? formatDate(lang, p.lastContactOn) : t.noContactYet),
          },
          {
            label: t.contactHealth,
            cell: (p) =>
              p.overdueDays > 0
                ? badge(t.contactOverdue(p.overdueDays), 'danger')
                : badge(t.health.ok ?? '', 'ok'),
          },
        ],
      })}
      <h2 class="utrecht-heading-2">${t.expiringTitle}</h2>
      ${
        agenda.registrations.length === 0
          ? html`<p class="utrecht-paragraph tandem-muted">${t.noExpiringRegistrations}</p>`
          : table<Warning>({
              label: t.expiringTitle,
              rows: agenda.registrations,
              columns: [
                { label: t.professional, rowHeader: true, cell: (r) => r.name },
                { label: t.register, cell: (r) => r.register },
                {
                  label: t.validUntil,
                  cell: (r) =>
                    r.status === 'lapsed' ? t.lapsedOn(formatDate(lang, r.date)) : formatDate(lang, r.date),
                },
                {
                  label: t.registrationStanding,
                  cell: (r) =>
                    r.status === 'lapsed'
                      ? badge(t.lapsedDaysAgo(r.days), 'danger')
                      : badge(t.daysLeft(r.days), r.days <= 30 ? 'warning' : 'neutral'),
                },
              ],
            })
      }`
  }
}
customElements.define('tandem-tandems-screen', TandemsScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-tandems-screen': TandemsScreen
  }
}
