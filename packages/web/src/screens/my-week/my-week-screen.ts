import { html, LitElement, nothing } from 'lit'
import type { CaseloadBalance, LoadPart, MyWeek } from '../../api/types.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import { formatDate, formatNumber } from '../../i18n/language.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { badge } from '../../ui/feedback.ts'
import '../../ui/load-bars.ts'
import { nameMap, renderLoaded } from '../../ui/render-loaded.ts'
import { table } from '../../ui/table.ts'
import '../reflection/hold-session-form.ts'
import './signal-form.ts'

type MySignal = MyWeek['mySignals'][number]

/**
 * Mijn week: own load, cases and roles, tandem partners, next reflection, and one's workload
 * signals with the organisation's answer — raise one here, read the answer here (R11).
 */
export class MyWeekScreen extends LitElement {
  static override styles = [componentStyles]

  readonly #services = new Services(this)
  readonly #week = new ProjectionController<MyWeek>(this, this.#services, 'my-week', () => ({
    professionalId: this.#services.session?.professionalId ?? undefined,
  }))
  // The balance carries colleagues' names; my-week refers to them by id.
  readonly #balance = new ProjectionController<CaseloadBalance>(this, this.#services, 'balance')

  override render() {
    const { t } = this.#services.i18n
    return html`<h1 class="utrecht-heading-1">${t.myWeekTitle}</h1>
      ${renderLoaded(this.#week, t, (w) =>
        // Names come with the balance; wait for it so the page does not reflow when they arrive.
        this.#balance.value === undefined && this.#balance.error === undefined
          ? html`<p class="utrecht-paragraph" role="status">${t.loading}</p>`
          : this.#renderWeek(w),
      )}`
  }

  #renderWeek(w: MyWeek) {
    const { t, lang } = this.#services.i18n
    const names = nameMap(this.#balance.value?.members)
    const next = w.nextReflection
    return html`${
      w.balance
        ? html`<tandem-load-bars .rows=${[w.balance]} caption=${t.myLoad}></tandem-load-bars>`
        : nothing
    }
      <h2 class="utrecht-heading-2">${t.myCases}</h2>
      ${
        w.cases.length === 0
          ? html`<p class="utrecht-paragraph">${t.none}</p>`
          : table<LoadPart>({
              label: t.myCases,
              rows: w.cases,
              columns: [
                { label: t.caseRef, rowHeader: true, cell: (c) => c.reference },
                { label: t.role, cell: (c) => t.caseRoles[c.role] ?? c.role },
                { label: t.pointsColumn, num: true, cell: (c) => formatNumber(lang, c.points, 2) },
              ],
            })
      }
      <h2 class="utrecht-heading-2">${t.partners}</h2>
      ${
        w.tandems.length === 0
          ? html`<p class="utrecht-paragraph">${t.none}</p>`
          : html`<ul class="utrecht-unordered-list">
            ${w.tandems.map(
              (p) => html`<li class="utrecht-unordered-list__item">
                ${p.reference}:
                ${p.regisseurId === w.professionalId ? (p.practitionerName ?? names(p.practitionerId)) : (p.regisseurName ?? names(p.regisseurId))}
                ${p.overdueDays > 0 ? badge(t.contactOverdue(p.overdueDays), 'danger') : badge(t.health.ok ?? '', 'ok')}
              </li>`,
            )}
          </ul>`
      }
      <h2 class="utrecht-heading-2">${t.nextReflection}</h2>
      <p class="utrecht-paragraph">
        ${
          next
            ? `${t.reflectionKinds[next.kind] ?? next.kind}, ${formatDate(lang, next.on)}, ${t.hoursOf(formatNumber(lang, next.hours), next.hours)}`
            : t.noNextReflection
        }
      </p>
      ${
        next?.status === 'planned'
          ? html`<details class="tandem-disclosure">
              <summary>${t.recordAsHeld}</summary>
              <tandem-hold-session-form
                .session=${{
                  sessionId: next.id,
                  kind: next.kind,
                  on: next.on,
                  hours: next.hours,
                  participants: next.participants.map((id) => ({ professionalId: id, name: names(id) })),
                }}
              ></tandem-hold-session-form>
            </details>`
          : nothing
      }
      <h2 class="utrecht-heading-2">${t.mySignals}</h2>
      ${
        w.mySignals.length === 0
          ? html`<p class="utrecht-paragraph tandem-muted">${t.noSignals}</p>`
          : html`<ul class="utrecht-unordered-list">${w.mySignals.map((s) => this.#signal(s))}</ul>`
      }
      <tandem-signal-form .professionalId=${w.professionalId}></tandem-signal-form>`
  }

  #signal(s: MySignal) {
    const { t, lang } = this.#services.i18n
    return html`<li class="utrecht-unordered-list__item">
      <p class="utrecht-paragraph">
        ${formatDate(lang, s.raisedOn)}:
        ${
          s.status === 'answered'
            ? badge(t.signalAnsweredAfter(s.days), 'ok')
            : badge(t.signalOpenFor(s.days), s.days > 14 ? 'danger' : 'warning')
        }
      </p>
      <p class="utrecht-paragraph">${s.description}</p>
      ${
        s.answer
          ? html`<p class="utrecht-paragraph"><strong>${t.answerOn(formatDate(lang, s.answeredOn ?? s.raisedOn))}</strong> ${s.answer}</p>`
          : nothing
      }
    </li>`
  }
}
customElements.define('tandem-my-week-screen', MyWeekScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-my-week-screen': MyWeekScreen
  }
}
