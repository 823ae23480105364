import type { Me } from '../api/types.ts'

/** Someone logged in (`me` set) or out (`me` null); the shell re-provides the session. */
export class SessionChangeEvent extends Event {
  static readonly eventName = 'session-change' as const
  constructor(readonly me: Me | null) {
    super(SessionChangeEvent.eventName, { bubbles: true, composed: true })
  }
}

declare global {
  interface HTMLElementEventMap {
    'session-change': SessionChangeEvent
  }
}
