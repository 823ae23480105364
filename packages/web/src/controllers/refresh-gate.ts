/**
 * One refresh per change of the log. A command's reply and the live stream's `appended` message both
 * say "the log reached position N"; whichever comes first refreshes the screens, the other is a
 * repeat and is let go. A change without a position (an older server) always refreshes.
 */
export class RefreshGate {
  #seen = 0

  /** Whether the screens should fetch again for a change that reached `position`. */
  admit(position: number | undefined): boolean {
    if (position === undefined || !Number.isFinite(position)) return true
    if (position <= this.#seen) return false
    this.#seen = position
    return true
  }
}
