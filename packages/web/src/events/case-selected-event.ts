/** A case on the agenda was chosen to be weighed and divided at the meeting. */
export class CaseSelectedEvent extends Event {
  static readonly eventName = 'case-selected' as const
  constructor(
    readonly caseId: string,
    readonly reference: string,
  ) {
    super(CaseSelectedEvent.eventName, { bubbles: true, composed: true })
  }
}

declare global {
  interface HTMLElementEventMap {
    'case-selected': CaseSelectedEvent
  }
}
