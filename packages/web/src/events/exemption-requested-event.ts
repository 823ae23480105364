/** The team wants to record an exemption (tenzij-bepaling) for the proposed decision (R3). */
export class ExemptionRequestedEvent extends Event {
  static readonly eventName = 'exemption-requested' as const
  constructor() {
    super(ExemptionRequestedEvent.eventName, { bubbles: true, composed: true })
  }
}

declare global {
  interface HTMLElementEventMap {
    'exemption-requested': ExemptionRequestedEvent
  }
}
