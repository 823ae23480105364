import { ContextProvider } from '@lit/context'
import { css, html, LitElement, nothing } from 'lit'
import type { MeetingAgenda } from '../../api/types.ts'
import type { ProfessionalOption } from '../../api/types-planning.ts'
import { meetingContext } from '../../context/contexts.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import type { AssignmentEvent } from '../../events/assignment-event.ts'
import type { CandidateChosenEvent } from '../../events/candidate-chosen-event.ts'
import type { CaseSelectedEvent } from '../../events/case-selected-event.ts'
import { button } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { nameMap, renderLoaded } from '../../ui/render-loaded.ts'
import '../planner/candidate-ranking.ts'
import '../planner/meeting-proposal.ts'
import type { Choice } from './assignment-form.ts'
import './assignment-form.ts'
import './case-assessment-form.ts'
import './case-close-form.ts'
import './case-weight-view.ts'
import './meeting-agenda-view.ts'
import './meeting-control.ts'

/**
 * Weekoverleg: open the meeting, walk the agenda, weigh and divide new cases with their effect.
 * Dividing reads top to bottom as the keyboard goes: weigh, the weight explained, the decision
 * form, then the planner's suggestions (choosing one fills the form above and returns focus to it).
 * The screen appears whole, once the agenda and the colleagues are both in, so nothing below the
 * fold moves when the second answer arrives (layout shift, issue 19).
 * What is decided here while the meeting is open is decided in it: the screen provides the open
 * meeting's id (`meetingContext`), which every command and decision sent from it carries.
 */
export class MeetingScreen extends LitElement {
  static override properties = {
    _case: { state: true },
    _choice: { state: true },
    _assigned: { state: true },
  }
  static override styles = [
    componentStyles,
    css`
      .top {
        align-items: baseline;
        display: flex;
        flex-wrap: wrap;
        gap: var(--utrecht-space-inline-md, 1rem);
        justify-content: space-between;
      }
      .columns.divided {
        display: grid;
        gap: var(--utrecht-space-inline-xl, 1.5rem);
        grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
      }
      @media (max-width: 1100px) {
        .columns.divided {
          display: block;
        }
      }
      @media print {
        .columns.divided {
          display: block;
        }
      }
    `,
  ]

  declare _case: { readonly caseId: string; readonly reference: string } | undefined
  declare _choice: Choice | undefined
  /** the case's regie was just saved here: the planner has nothing left to suggest for it */
  declare _assigned: boolean
  readonly #services = new Services(this)
  readonly #agenda = new ProjectionController<MeetingAgenda>(this, this.#services, 'agenda')
  readonly #professionals = new ProjectionController<readonly ProfessionalOption[]>(
    this,
    this.#services,
    'professionals',
  )

  readonly #meeting = new ContextProvider(this, { context: meetingContext, initialValue: undefined })

  constructor() {
    super()
    this._assigned = false
    this.addEventListener('case-selected', (e: CaseSelectedEvent) => {
      this._case = { caseId: e.caseId, reference: e.reference }
      this._choice = undefined
      this._assigned = false
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#divide-h')?.focus())
    })
    // The suggestions leave as the regie is being saved: its live message may come before the reply.
    this.addEventListener('assignment', (e: AssignmentEvent) => (this._assigned = e.state === 'saving'))
    this.addEventListener('candidate-chosen', (e: CandidateChosenEvent) => {
      this._choice = { regisseurId: e.regisseurId, practitionerId: e.practitionerId }
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector('tandem-assignment-form')?.focusRegisseur(),
      )
    })
  }

  override willUpdate(): void {
    this.#meeting.setValue(this.#agenda.value?.openMeeting?.id ?? undefined)
  }

  override render() {
    const { t } = this.#services.i18n
    return html`<div class="top">
        <h1 class="utrecht-heading-1">${t.meetingTitle}</h1>
        ${button({ label: t.printAgenda, extraClass: 'tandem-no-print', onClick: () => window.print() })}
      </div>
      ${renderLoaded(this.#agenda, t, (agenda) =>
        renderLoaded(this.#professionals, t, (members) => this.#renderMeeting(agenda, members)),
      )}`
  }

  #renderMeeting(agenda: MeetingAgenda, members: readonly ProfessionalOption[]) {
    const { t } = this.#services.i18n
    return html`<div class="tandem-no-print">
        <tandem-meeting-control .meeting=${agenda.openMeeting} .members=${members}></tandem-meeting-control>
      </div>
      <div class="columns ${this._case ? 'divided' : ''}">
        <section aria-labelledby="agenda-h">
          <h2 class="utrecht-heading-2" id="agenda-h">${t.agenda}</h2>
          <tandem-meeting-agenda-view .agenda=${agenda} .names=${nameMap(members)}></tandem-meeting-agenda-view>
        </section>
        ${this.#renderDivider(members)}
      </div>
      <div class="tandem-no-print">
        <tandem-meeting-proposal></tandem-meeting-proposal>
      </div>`
  }

  #renderDivider(members: readonly ProfessionalOption[]) {
    if (!this._case) return nothing
    const { caseId, reference } = this._case
    const { t } = this.#services.i18n
    return html`<section class="tandem-card tandem-no-print" aria-labelledby="divide-h">
      <h2 class="utrecht-heading-2" id="divide-h" tabindex="-1">${t.assessTitle(reference)}</h2>
      <tandem-case-assessment-form .caseId=${caseId}></tandem-case-assessment-form>
      <tandem-case-weight-view .caseId=${caseId}></tandem-case-weight-view>
      <tandem-assignment-form .caseId=${caseId} .professionals=${members} .choice=${this._choice}></tandem-assignment-form>
      ${
        this._assigned
          ? html`<p class="utrecht-paragraph tandem-muted">${t.regieInOrder}</p>`
          : html`<tandem-candidate-ranking .caseId=${caseId}></tandem-candidate-ranking>`
      }
      <tandem-case-close-form .caseId=${caseId} .reference=${reference}></tandem-case-close-form>
    </section>`
  }
}
customElements.define('tandem-meeting-screen', MeetingScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-meeting-screen': MeetingScreen
  }
}
