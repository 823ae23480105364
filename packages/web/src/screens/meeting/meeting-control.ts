import { html, LitElement } from 'lit'
import type { MeetingAgenda } from '../../api/types.ts'
import type { ProfessionalOption } from '../../api/types-planning.ts'
import { Services } from '../../controllers/services.ts'
import { formatDate } from '../../i18n/language.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import '../../ui/tandem-error.ts'

/** Open the weekly meeting with who is present, or close the open one. */
export class MeetingControl extends LitElement {
  static override properties = {
    meeting: { attribute: false },
    members: { attribute: false },
    _problem: { state: true },
  }
  static override styles = [sharedStyles]

  declare meeting: MeetingAgenda['openMeeting']
  declare members: readonly ProfessionalOption[]
  declare _problem: unknown
  readonly #services = new Services(this)

  constructor() {
    super()
    this.meeting = null
    this.members = []
  }

  override render() {
    const { t, lang } = this.#services.i18n
    const name = (id: string) => this.members.find((m) => m.professionalId === id)?.name ?? id
    if (this.meeting) {
      return html`<section class="card" aria-labelledby="meeting-h">
        <h2 id="meeting-h">${t.meetingOpenSince(formatDate(lang, this.meeting.heldOn))}</h2>
        <p><strong>${t.present}:</strong> ${this.meeting.present.map((id, i) => this.meeting?.presentNames?.[i] ?? name(id)).join(', ')}</p>
        <tandem-error .problem=${this._problem}></tandem-error>
        <button class="secondary" ?disabled=${this.#services.readOnly} @click=${this.#close}>${t.closeMeeting}</button>
      </section>`
    }
    return html`<form class="card" @submit=${this.#open}>
      <fieldset class="checks">
        <legend>${t.present}</legend>
        ${this.members.map(
          (m) => html`<label class="check"
            ><input type="checkbox" name="present" value=${m.professionalId} ?checked=${!m.absentToday} />${m.name}</label
          >`,
        )}
      </fieldset>
      <tandem-error .problem=${this._problem}></tandem-error>
      <button type="submit" ?disabled=${this.#services.readOnly}>${t.openMeeting}</button>
    </form>`
  }

  async #open(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const present = new FormData(event.target as HTMLFormElement).getAll('present').map(String)
    await this.#send({ type: 'OpenMeeting', meetingId: crypto.randomUUID(), present })
  }

  async #close(): Promise<void> {
    if (!this.meeting) return
    await this.#send({ type: 'CloseMeeting', meetingId: this.meeting.id, present: this.meeting.present })
  }

  async #send(body: { readonly type: string; readonly [k: string]: unknown }): Promise<void> {
    this._problem = undefined
    try {
      await this.#services.command(body)
    } catch (problem) {
      this._problem = problem
    }
  }
}
customElements.define('tandem-meeting-control', MeetingControl)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-meeting-control': MeetingControl
  }
}
