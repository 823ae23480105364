import type { ReactiveController, ReactiveControllerHost } from 'lit'

/** The log position an `appended` message reached: its SSE id (what `Last-Event-ID` resends). */
const positionOf = (e: MessageEvent): number | undefined =>
  /^\d+$/.test(e.lastEventId) ? Number(e.lastEventId) : undefined

/**
 * Follows the team's live stream (`GET /api/teams/:teamId/live`, Server-Sent Events) so that
 * everyone at the weekly meeting sees an assignment the moment it is recorded. Every message means
 * "the log moved"; the shell then bumps the view revision and screens fetch their projection again.
 * EventSource reconnects by itself; `connected` drives the visible live indicator.
 */
export class LiveController implements ReactiveController {
  #source: EventSource | null = null
  #teamId = ''
  connected = false

  constructor(
    private readonly host: ReactiveControllerHost,
    /** called with the log position the message reached (its SSE id), when it names one */
    private readonly onChange: (position: number | undefined) => void,
    private readonly urlOf: (teamId: string) => string = (teamId) =>
      `/api/teams/${encodeURIComponent(teamId)}/live`,
  ) {
    host.addController(this)
  }

  /** Follows `teamId`, or nothing when empty (logged out). */
  follow(teamId: string): void {
    if (teamId === this.#teamId) return
    this.#close()
    this.#teamId = teamId
    if (!teamId || typeof EventSource === 'undefined') return
    const source = new EventSource(this.urlOf(teamId))
    source.onopen = () => this.#setConnected(true)
    source.onerror = () => this.#setConnected(false)
    source.onmessage = (e) => this.onChange(positionOf(e))
    // Servers may name their events; any named event also means the log moved.
    for (const name of ['append', 'appended', 'event', 'events', 'position']) {
      source.addEventListener(name, (e) => this.onChange(positionOf(e as MessageEvent)))
    }
    this.#source = source
  }

  hostDisconnected(): void {
    this.#close()
    this.#teamId = ''
  }

  #setConnected(value: boolean): void {
    if (this.connected === value) return
    this.connected = value
    this.host.requestUpdate()
  }

  #close(): void {
    this.#source?.close()
    this.#source = null
    this.#setConnected(false)
  }
}
