import type { CommandResult } from '../api/types.ts'

/**
 * A command this browser sent was recorded. The shell refreshes the data at once instead of
 * waiting for the live stream, so the one who saved never sees stale numbers.
 */
export class CommandRecordedEvent extends Event {
  static readonly eventName = 'command-recorded' as const
  constructor(readonly result: CommandResult) {
    super(CommandRecordedEvent.eventName, { bubbles: true, composed: true })
  }
}

declare global {
  interface HTMLElementEventMap {
    'command-recorded': CommandRecordedEvent
  }
}
