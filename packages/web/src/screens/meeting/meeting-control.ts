import { html, LitElement, nothing } from 'lit'
import type { MeetingAgenda } from '../../api/types.ts'
import type { ProfessionalOption } from '../../api/types-planning.ts'
import { PendingAction } from '../../controllers/pending-action.ts'
import { Services } from '../../controllers/services.ts'
import { formatDate } from '../../i18n/language.ts'
import { button } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { control } from '../../ui/form-field.ts'
import '../../ui/tandem-error.ts'

/**
 * Open the weekly meeting with who is present, or close the open one. Presence starts as "everyone
 * who is not absent today" and is folded away: the team changes it only when someone is missing,
 * so the first case to divide is a few key presses away, not thirteen checkboxes.
 */
export class MeetingControl extends LitElement {
  static override properties = { meeting: { attribute: false }, members: { attribute: false } }
  static override styles = [componentStyles]

  declare meeting: MeetingAgenda['openMeeting']
  declare members: readonly ProfessionalOption[]
  readonly #services = new Services(this)
  readonly #action = new PendingAction(this, {
    result: () => this.renderRoot.querySelector<HTMLElement>('#meeting-h'),
  })

  constructor() {
    super()
    this.meeting = null
    this.members = []
  }

  override render() {
    const { t, lang } = this.#services.i18n
    const a = this.#action
    const name = (id: string) => this.members.find((m) => m.professionalId === id)?.name ?? id
    if (this.meeting) {
      const present = this.meeting.present.map((id, i) => this.meeting?.presentNames?.[i] ?? name(id))
      return html`<section class="tandem-card" aria-labelledby="meeting-h">
        <h2 class="utrecht-heading-2" id="meeting-h" tabindex="-1">${t.meetingOpenSince(formatDate(lang, this.meeting.heldOn))}</h2>
        <p class="utrecht-paragraph"><strong>${t.present}:</strong> ${present.join(', ')}</p>
        <tandem-error .problem=${a.problem}></tandem-error>
        ${button({
          label: t.closeMeeting,
          busy: a.busy,
          disabled: this.#services.readOnly,
          onClick: () => void this.#close(),
        })}
      </section>`
    }
    const absent = this.members.filter((m) => m.absentToday)
    return html`<form class="tandem-card" novalidate @submit=${this.#open} aria-labelledby="meeting-h">
      <h2 class="utrecht-heading-2" id="meeting-h" tabindex="-1">${t.meetingNotOpen}</h2>
      <p class="utrecht-paragraph">
        <strong>${t.present}:</strong>
        ${absent.length === 0 ? t.everyonePresent(this.members.length) : t.everyoneBut(absent.map((m) => m.name))}
      </p>
      <details class="tandem-disclosure">
        <summary>${t.changePresence}</summary>
        <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${t.present}</legend>
          <div class="tandem-checks">
            ${this.members.map(
              (m) => html`<div class="utrecht-form-field utrecht-form-field--checkbox">
                <div class="utrecht-form-field__label">
                  <label class="utrecht-form-label utrecht-form-label--checkbox" for="present-${m.professionalId}">${m.name}</label>
                </div>
                <div class="utrecht-form-field__input">
                  <input type="checkbox" class=${control.checkbox} id="present-${m.professionalId}" name="present"
                    value=${m.professionalId} ?checked=${!m.absentToday} />
                </div>
              </div>`,
            )}
          </div>
        </fieldset>
      </details>
      <tandem-error .problem=${a.problem}></tandem-error>
      ${
        this.#services.readOnly
          ? nothing
          : button({ label: t.openMeeting, type: 'submit', appearance: 'primary', busy: a.busy })
      }
    </form>`
  }

  async #open(event: SubmitEvent): Promise<void> {
    await this.#action.submit(event, this.#services.t, (form) =>
      this.#services
        .command({
          type: 'OpenMeeting',
          meetingId: crypto.randomUUID(),
          present: form.getAll('present').map(String),
        })
        .then(() => undefined),
    )
  }

  async #close(): Promise<void> {
    const meeting = this.meeting
    if (!meeting) return
    await this.#action.run(async () => {
      await this.#services.command({ type: 'CloseMeeting', meetingId: meeting.id, present: meeting.present })
    })
  }
}
customElements.define('tandem-meeting-control', MeetingControl)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-meeting-control': MeetingControl
  }
}
