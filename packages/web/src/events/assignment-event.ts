/**
 * The assignment form is recording a case's regie (`saving`), or the server refused it
 * (`refused`). The meeting screen takes the planner's suggestions for the case away while it is
 * saved: once regie is in order the planner has nothing to suggest, and asking it would be refused.
 */
export class AssignmentEvent extends Event {
  static readonly eventName = 'assignment' as const
  constructor(readonly state: 'saving' | 'refused') {
    super(AssignmentEvent.eventName, { bubbles: true, composed: true })
  }
}

declare global {
  interface HTMLElementEventMap {
    assignment: AssignmentEvent
  }
}
