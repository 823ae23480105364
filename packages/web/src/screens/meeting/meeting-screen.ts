import { ContextProvider } from '@lit/context'
import { css, html, LitElement, nothing } from 'lit'
import type { MeetingAgenda } from '../../api/types.ts'
import type { ProfessionalOption } from '../../api/types-planning.ts'
import { meetingContext } from '../../context/contexts.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import type { CandidateChosenEvent } from '../../events/candidate-chosen-event.ts'
import type { CaseSelectedEvent } from '../../events/case-selected-event.ts'
import { nameMap, renderLoaded } from '../../ui/render-loaded.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import '../planner/candidate-ranking.ts'
import '../planner/meeting-proposal.ts'
import type { Choice } from './assignment-form.ts'
import './assignment-form.ts'
import './case-close-form.ts'
import './case-assessment-form.ts'
import './case-weight-view.ts'
import './meeting-agenda-view.ts'
import './meeting-control.ts'

/**
 * Weekoverleg: open the meeting, walk the agenda, weigh and divide new cases with their effect.
 * What is decided here while the meeting is open is decided in it: the screen provides the open
 * meeting's id (`meetingContext`), which every command and decision sent from it carries.
 */
export class MeetingScreen extends LitElement {
  static override properties = { _case: { state: true }, _choice: { state: true } }
  static override styles = [
    sharedStyles,
    css`
      .top {
        display: flex;
        justify-content: space-between;
        align-items: baseline;
        gap: var(--tandem-space-4);
      }
      .columns.divided {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
        gap: var(--tandem-space-5);
      }
      @media (max-width: 1100px) {
        .columns {
          grid-template-columns: 1fr;
        }
      }
      @media print {
        .no-print {
          display: none;
        }
        .columns {
          display: block;
        }
      }
    `,
  ]

  declare _case: { readonly caseId: string; readonly reference: string } | undefined
  declare _choice: Choice | undefined
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
    this.addEventListener('case-selected', (e: CaseSelectedEvent) => {
      this._case = { caseId: e.caseId, reference: e.reference }
      this._choice = undefined
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#divide-h')?.focus())
    })
    this.addEventListener('candidate-chosen', (e: CandidateChosenEvent) => {
      this._choice = { regisseurId: e.regisseurId, practitionerId: e.practitionerId }
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector('tandem-assignment-form')?.scrollIntoView({ block: 'nearest' }),
      )
    })
  }

  override willUpdate(): void {
    this.#meeting.setValue(this.#agenda.value?.openMeeting?.id ?? undefined)
  }

  override render() {
    const { t } = this.#services.i18n
    const members = this.#professionals.value ?? []
    const names = nameMap(members)
    return html`<div class="top">
        <h1>${t.meetingTitle}</h1>
        <button class="secondary no-print" @click=${() => window.print()}>${t.printAgenda}</button>
      </div>
      ${renderLoaded(
        this.#agenda,
        t,
        (agenda) => html`<div class="no-print">
            <tandem-meeting-control .meeting=${agenda.openMeeting} .members=${members}></tandem-meeting-control>
          </div>
          <div class="columns ${this._case ? 'divided' : ''}">
            <section aria-labelledby="agenda-h">
              <h2 id="agenda-h">${t.agenda}</h2>
              <tandem-meeting-agenda-view .agenda=${agenda} .names=${names}></tandem-meeting-agenda-view>
            </section>
            ${this.#renderDivider(members)}
          </div>
          <div class="no-print">
            <tandem-meeting-proposal></tandem-meeting-proposal>
          </div>`,
      )}`
  }

  #renderDivider(members: readonly ProfessionalOption[]) {
    if (!this._case) return nothing
    const { caseId, reference } = this._case
    const { t } = this.#services.i18n
    return html`<section class="card no-print" aria-labelledby="divide-h">
      <h2 id="divide-h" tabindex="-1">${t.assessTitle(reference)}</h2>
      <tandem-case-assessment-form .caseId=${caseId}></tandem-case-assessment-form>
      <tandem-case-weight-view .caseId=${caseId}></tandem-case-weight-view>
      <tandem-candidate-ranking .caseId=${caseId}></tandem-candidate-ranking>
      <tandem-assignment-form .caseId=${caseId} .professionals=${members} .choice=${this._choice}></tandem-assignment-form>
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
