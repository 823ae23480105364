/** A planner suggestion was chosen: fill the assignment form with it (nothing is saved yet). */
export class CandidateChosenEvent extends Event {
  static readonly eventName = 'candidate-chosen' as const
  constructor(
    readonly regisseurId: string,
    readonly practitionerId: string | undefined,
  ) {
    super(CandidateChosenEvent.eventName, { bubbles: true, composed: true })
  }
}

declare global {
  interface HTMLElementEventMap {
    'candidate-chosen': CandidateChosenEvent
  }
}
