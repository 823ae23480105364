import { html, LitElement, nothing } from 'lit'
import type { PlannedSession } from '../../api/types-planning.ts'
import { PendingAction } from '../../controllers/pending-action.ts'
import { Services } from '../../controllers/services.ts'
import { formatDate } from '../../i18n/language.ts'
import { button } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { errorSummary } from '../../ui/error-summary.ts'
import { control, field, fieldset } from '../../ui/form-field.ts'
import { table } from '../../ui/table.ts'
import '../../ui/tandem-error.ts'

type Participant = PlannedSession['participants'][number]

/**
 * Record a planned session as held: who attended, hours, short minutes and — only where an
 * attendee gave one — their grade of its quality (R9: ask professionals to grade it). A grade field
 * starts empty, so one click never records grades nobody gave.
 */
export class HoldSessionForm extends LitElement {
  static override properties = { session: { attribute: false } }
  static override styles = [componentStyles]

  declare session: PlannedSession
  readonly #services = new Services(this)
  readonly #action = new PendingAction(this)

  override render() {
    if (!this.session) return null
    const { t, lang } = this.#services.i18n
    const a = this.#action
    const s = this.session
    const id = (part: string) => `${s.sessionId}-${part}`
    const who = (p: Participant) => p.name ?? p.professionalId
    return html`<form novalidate @submit=${this.#submit}>
      ${errorSummary(a, t)}
      ${fieldset(
        {
          legend: html`${t.reflectionKinds[s.kind] ?? s.kind}, ${formatDate(lang, s.on)} — ${t.holdSession}`,
        },
        html`${table<Participant>({
          label: t.attendeesAndGrades,
          rows: s.participants,
          columns: [
            {
              label: t.attended,
              cell: (p) =>
                field(
                  { id: id(`attended-${p.professionalId}`), label: who(p), kind: 'checkbox' },
                  (c) =>
                    html`<input type="checkbox" class=${control.checkbox} id=${c.id} name="attendee" value=${p.professionalId} checked />`,
                ),
            },
            {
              label: t.gradeOptional,
              cell: (p) => html`<label class="tandem-visually-hidden" for=${id(`grade-${p.professionalId}`)}
                  >${t.gradeOf(who(p))}</label
                >
                <input
                  id=${id(`grade-${p.professionalId}`)}
                  name="grade-${p.professionalId}"
                  class=${control.textbox}
                  type="number"
                  inputmode="numeric"
                  min="1"
                  max="10"
                  step="1"
                  aria-invalid=${a.errorFor(`grade-${p.professionalId}`) ? 'true' : nothing}
                />
                ${
                  a.errorFor(`grade-${p.professionalId}`)
                    ? html`<p class="utrecht-form-field-error-message">${a.errorFor(`grade-${p.professionalId}`)}</p>`
                    : nothing
                }`,
            },
          ],
        })}
        ${field(
          { id: id('hours'), label: t.hoursHeld, error: a.errorFor('hours') },
          (c) =>
            html`<input id=${c.id} name="hours" class=${control.textbox} type="number" min="0.25" step="0.25" required
              .value=${String(s.hours)} aria-describedby=${c.describedBy} aria-invalid=${c.invalid} />`,
        )}
        ${field(
          { id: id('minutes'), label: t.minutes },
          (c) => html`<textarea id=${c.id} name="minutes" class=${control.textarea}></textarea>`,
        )}
        ${field(
          { id: id('case-discussion'), label: t.becameCaseDiscussion, kind: 'checkbox' },
          (c) =>
            html`<input type="checkbox" class=${control.checkbox} id=${c.id} name="becameCaseDiscussion" />`,
        )}
        <tandem-error .problem=${a.problem}></tandem-error>
        ${button({ label: t.holdSession, type: 'submit', appearance: 'primary', busy: a.busy, disabled: this.#services.readOnly })}`,
      )}
    </form>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    await this.#action.submit(event, this.#services.t, async (form) => {
      const attendees = form.getAll('attendee').map(String)
      // Only the grades that were given: an empty field is no grade, never a default.
      const grades = attendees.flatMap((p) => {
        const given = String(form.get(`grade-${p}`) ?? '').trim()
        return given === '' ? [] : [{ professionalId: p, grade: Number(given) }]
      })
      await this.#services.command({
        type: 'HoldReflectionSession',
        sessionId: this.session.sessionId,
        attendees,
        hours: Number(form.get('hours')),
        minutes: String(form.get('minutes') ?? ''),
        becameCaseDiscussion: form.get('becameCaseDiscussion') !== null,
        grades,
      })
    })
  }
}
customElements.define('tandem-hold-session-form', HoldSessionForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-hold-session-form': HoldSessionForm
  }
}
