/** The user switched to another team (coaches and auditors see several). */
export class TeamChangeEvent extends Event {
  static readonly eventName = 'team-change' as const
  constructor(readonly teamId: string) {
    super(TeamChangeEvent.eventName, { bubbles: true, composed: true })
  }
}

declare global {
  interface HTMLElementEventMap {
    'team-change': TeamChangeEvent
  }
}
