import { html, LitElement } from 'lit'
import type { PlannedSession } from '../../api/types-planning.ts'
import { Services } from '../../controllers/services.ts'
import { formatDate } from '../../i18n/language.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import '../../ui/tandem-error.ts'

/** Record a planned session as held: attendees, hours, short minutes and a grade per attendee. */
export class HoldSessionForm extends LitElement {
  static override properties = {
    session: { attribute: false },
    _problem: { state: true },
  }
  static override styles = [sharedStyles]

  declare session: PlannedSession
  declare _problem: unknown
  readonly #services = new Services(this)

  override render() {
    if (!this.session) return null
    const { t, lang } = this.#services.i18n
    const s = this.session
    const id = (part: string) => `${s.sessionId}-${part}`
    return html`<form @submit=${this.#submit}>
      <fieldset>
        <legend>${t.reflectionKinds[s.kind] ?? s.kind}, ${formatDate(lang, s.on)} — ${t.holdSession}</legend>
        <table>
          <thead>
            <tr><th scope="col">${t.attendees}</th><th scope="col">${t.grade}</th></tr>
          </thead>
          <tbody>
            ${s.participants.map(
              ({ professionalId: p, name }) => html`<tr>
                <td><label class="check"><input type="checkbox" name="attendee" value=${p} checked />${name ?? p}</label></td>
                <td>
                  <label class="visually-hidden" for=${id(`grade-${p}`)}>${t.grade} ${name ?? p}</label>
                  <input id=${id(`grade-${p}`)} name="grade-${p}" type="number" min="1" max="10" step="1" value="7" required />
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
        <div class="field">
          <label for=${id('hours')}>${t.hours}</label>
          <input id=${id('hours')} name="hours" type="number" min="0.25" step="0.25" .value=${String(s.hours)} />
        </div>
        <div class="field">
          <label for=${id('minutes')}>${t.minutes}</label>
          <textarea id=${id('minutes')} name="minutes"></textarea>
        </div>
        <label class="check"><input type="checkbox" name="becameCaseDiscussion" />${t.becameCaseDiscussion}</label>
        <tandem-error .problem=${this._problem}></tandem-error>
        <button type="submit" ?disabled=${this.#services.readOnly}>${t.holdSession}</button>
      </fieldset>
    </form>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const form = new FormData(event.target as HTMLFormElement)
    const attendees = form.getAll('attendee').map(String)
    this._problem = undefined
    try {
      await this.#services.command({
        type: 'HoldReflectionSession',
        sessionId: this.session.sessionId,
        attendees,
        hours: Number(form.get('hours')),
        minutes: String(form.get('minutes') ?? ''),
        becameCaseDiscussion: form.get('becameCaseDiscussion') !== null,
        grades: attendees.map((p) => ({ professionalId: p, grade: Number(form.get(`grade-${p}`)) })),
      })
    } catch (problem) {
      this._problem = problem
    }
  }
}
customElements.define('tandem-hold-session-form', HoldSessionForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-hold-session-form': HoldSessionForm
  }
}
