/** An admin created, changed or erased an account: the accounts list reads the server again. */
export class AccountsChangedEvent extends Event {
  static readonly eventName = 'accounts-changed' as const
  /** what to announce, in the user's language */
  constructor(readonly notice: string) {
    super(AccountsChangedEvent.eventName, { bubbles: true, composed: true })
  }
}

declare global {
  interface HTMLElementEventMap {
    'accounts-changed': AccountsChangedEvent
  }
}
