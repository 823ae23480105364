import { html, LitElement, nothing } from 'lit'
import type { CaseloadBalance, MyWeek } from '../../api/types.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import { formatDate, formatNumber } from '../../i18n/language.ts'
import '../../ui/load-bars.ts'
import { nameMap, renderLoaded } from '../../ui/render-loaded.ts'
import '../reflection/hold-session-form.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import './signal-form.ts'

/** Mijn week: own load, cases and roles, tandem partners, next reflection, raise a signal. */
export class MyWeekScreen extends LitElement {
  static override styles = [sharedStyles]
  readonly #services = new Services(this)
  readonly #week = new ProjectionController<MyWeek>(this, this.#services, 'my-week', () => ({
    professionalId: this.#services.session?.professionalId ?? undefined,
  }))
  // The balance carries colleagues' names; my-week refers to them by id.
  readonly #balance = new ProjectionController<CaseloadBalance>(this, this.#services, 'balance')

  override render() {
    const { t, lang } = this.#services.i18n
    const names = nameMap(this.#balance.value?.members)
    return html`<h1>${t.myWeekTitle}</h1>
      ${renderLoaded(
        this.#week,
        t,
        (w) => html`${
          w.balance
            ? html`<tandem-load-bars .rows=${[w.balance]} caption=${t.myLoad}></tandem-load-bars>`
            : nothing
        }
          <h2>${t.myCases}</h2>
          ${
            w.cases.length === 0
              ? html`<p>${t.none}</p>`
              : html`<table>
                <thead>
                  <tr><th scope="col">${t.caseRef}</th><th scope="col">${t.role}</th><th scope="col" class="num">${t.points}</th></tr>
                </thead>
                <tbody>
                  ${w.cases.map(
                    (c) =>
                      html`<tr><td>${c.reference}</td><td>${t.caseRoles[c.role] ?? c.role}</td><td class="num">${formatNumber(lang, c.points, 2)}</td></tr>`,
                  )}
                </tbody>
              </table>`
          }
          <h2>${t.partners}</h2>
          ${
            w.tandems.length === 0
              ? html`<p>${t.none}</p>`
              : html`<ul>
                ${w.tandems.map(
                  (p) => html`<li>
                    ${p.reference}:
                    ${p.regisseurId === w.professionalId ? (p.practitionerName ?? names(p.practitionerId)) : (p.regisseurName ?? names(p.regisseurId))}
                    <span class="badge ${p.overdueDays > 0 ? 'danger' : 'ok'}">${p.overdueDays > 0 ? t.health.overdue : t.health.ok}</span>
                  </li>`,
                )}
              </ul>`
          }
          <h2>${t.nextReflection}</h2>
          <p>
            ${
              w.nextReflection
                ? `${t.reflectionKinds[w.nextReflection.kind] ?? w.nextReflection.kind}, ${formatDate(lang, w.nextReflection.on)}`
                : t.noNextReflection
            }
          </p>
          ${
            w.nextReflection?.status === 'planned'
              ? html`<tandem-hold-session-form
                  .session=${{
                    sessionId: w.nextReflection.id,
                    kind: w.nextReflection.kind,
                    on: w.nextReflection.on,
                    hours: w.nextReflection.hours,
                    participants: w.nextReflection.participants.map((id) => ({
                      professionalId: id,
                      name: names(id),
                    })),
                  }}
                ></tandem-hold-session-form>`
              : nothing
          }
          <tandem-signal-form .professionalId=${w.professionalId}></tandem-signal-form>`,
      )}`
  }
}
customElements.define('tandem-my-week-screen', MyWeekScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-my-week-screen': MyWeekScreen
  }
}
