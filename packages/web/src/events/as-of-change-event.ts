/** Look at every screen as it was at `asOf` (a log position or ISO moment), or at now when null. */
export class AsOfChangeEvent extends Event {
  static readonly eventName = 'as-of-change' as const
  constructor(readonly asOf: string | null) {
    super(AsOfChangeEvent.eventName, { bubbles: true, composed: true })
  }
}

declare global {
  interface HTMLElementEventMap {
    'as-of-change': AsOfChangeEvent
  }
}
