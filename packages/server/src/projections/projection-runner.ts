import type { ProjectedEvent } from '@tandem/domain'
import type { ServerDb } from '../db/open-server-database.ts'
import { databaseUnavailableIn } from '../event-store/errors.ts'
import type { EventStore, StoredEvent } from '../event-store/event-store.ts'
import { errorFields, type Logger } from '../log/logger.ts'
import { loadCheckpoint, parseViews, saveHeadCheckpoint, saveTeamCheckpoint } from './checkpoints.ts'
import { foldIntoViews, initialTeamViews, type TeamViews, toProjected } from './team-views.ts'

/** What the live stream hears: one team's newly folded events, in log order. */
export type BatchListener = (teamId: string, events: readonly ProjectedEvent[]) => void

export interface ProjectionRunnerOptions {
  readonly store: EventStore
  readonly db: ServerDb
  readonly log: Logger
  readonly clock: () => Date
  /** reports events not yet folded, for /metrics */
  readonly onLag?: (events: number) => void
  /** checkpoint after this many folded events… */
  readonly checkpointEvents?: number
  /** …or this long after the first unsaved change, whichever comes first */
  readonly checkpointMs?: number
}

/** Events read and folded per event-loop turn while catching up (a few milliseconds of folding). */
const CATCH_UP_BATCH = 500

/** After a failed catch-up (the database went away), the next try waits this long, doubling up to the last. */
const FIRST_RETRY_MS = 250
const MAX_RETRY_MS = 5000

/**
 * One team's views, or the checkpoint JSON they are parsed from when the team is first read or
 * folded into: a start on thousands of teams then parses only the teams someone asks for.
 */
class TeamEntry {
  #views: TeamViews | undefined
  #json: string | undefined
  /** last position folded into this team; events at or below it are skipped after a restore */
  position: number

  constructor(position: number, views: TeamViews | undefined, json?: string) {
    this.position = position
    this.#views = views
    this.#json = json
  }

  get views(): TeamViews {
    if (this.#views === undefined) {
      this.#views = parseViews(this.#json!)
      this.#json = undefined
    }
    return this.#views
  }
}

/**
 * Keeps every team's projections in memory, following the log: it starts from the last checkpoint,
 * reads the rest with `readAll`, and then follows `onAppended` (this process's appends, and other
 * processes' on PostgreSQL). Own appends can be handed in with `offer` to skip the read. One fold
 * runs at a time, so the states always reflect a prefix of the log. A catch-up that fails (the
 * database went away) is tried again with backoff from the last position folded, so the views
 * catch up once it is back even if nothing new is appended.
 */
export class ProjectionRunner {
  readonly #options: ProjectionRunnerOptions
  readonly #teams = new Map<string, TeamEntry>()
  readonly #dirty = new Set<string>()
  readonly #listeners = new Set<BatchListener>()
  readonly #waiters: { position: number; resolve: () => void }[] = []
  #position = 0
  /** the highest head the store has reported, for the lag */
  #knownHead = 0
  #running: Promise<void> | undefined
  #again = false
  #unsaved = 0
  #timer: NodeJS.Timeout | undefined
  #unsubscribe: (() => void) | undefined
  #saving: Promise<void> = Promise.resolve()
  #retry: NodeJS.Timeout | undefined
  #failedRuns = 0
  #closed = false

  constructor(options: ProjectionRunnerOptions) {
    this.#options = options
  }

  /** The last log position folded into every view. */
  get position(): number {
    return this.#position
  }

  /** Restores the checkpoint, catches up with the log, then follows it. */
  async start(): Promise<void> {
    const checkpoint = await loadCheckpoint(this.#options.db)
    for (const [teamId, saved] of checkpoint.teams)
      this.#teams.set(teamId, new TeamEntry(saved.position, undefined, saved.json))
    this.#position = checkpoint.head
    await this.catchUp()
    this.#unsubscribe = this.#options.store.onAppended((head) => {
      this.#knownHead = Math.max(this.#knownHead, head)
      this.#options.onLag?.(Math.max(0, head - this.#position))
      // This process's appends are usually folded already (`offer`); an empty read would only hold
      // `#running` meanwhile and push the next offers onto reading back from the log.
      if (head > this.#position) void this.catchUp()
    })
    // A minute between checkpoints: each writes every changed team's views (about 0.3 MB for a
    // 400-case team) into the database, and a restart replays at most that minute of events.
    this.#timer = setInterval(() => void this.#checkpointIfDue(true), this.#options.checkpointMs ?? 60_000)
    this.#timer.unref()
  }

  /** The team's current views, or undefined when the log holds nothing for it. */
  views(teamId: string): TeamViews | undefined {
    return this.#teams.get(teamId)?.views
  }

  /** The last log position folded into the team's views (0 when none): their version, for caching. */
  teamPosition(teamId: string): number {
    return this.#teams.get(teamId)?.position ?? 0
  }

  /** Every team the log holds events for. */
  teamIds(): readonly string[] {
    return [...this.#teams.keys()]
  }

  subscribe(listener: BatchListener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** Events this process just appended: folded at once when they follow on, else read from the log. */
  offer(events: readonly StoredEvent[]): void {
    if (!this.#running && events[0]?.position === this.#position + 1) this.#apply(events)
    else void this.catchUp()
  }

  /** Resolves once every event up to `position` is folded (read-your-writes for the command endpoint). */
  waitFor(position: number): Promise<void> {
    if (this.#position >= position) return Promise.resolve()
    const waiting = new Promise<void>((resolve) => this.#waiters.push({ position, resolve }))
    void this.catchUp()
    return waiting
  }

  /** Reads and folds everything after the current position; concurrent calls share one run. */
  catchUp(): Promise<void> {
    if (this.#running) {
      this.#again = true
      return this.#running
    }
    this.#running = (async () => {
      try {
        do {
          this.#again = false
          for await (const batch of this.#options.store.readAll({
            from: this.#position + 1,
            batchSize: CATCH_UP_BATCH,
          })) {
            this.#apply(batch)
            // A turn between batches: a long catch-up must not hold up requests for its whole length.
            await new Promise((resolve) => setImmediate(resolve))
          }
        } while (this.#again)
        this.#failedRuns = 0
      } catch (error) {
        // A database that went away is logged where it was found (database-health.ts).
        if (!databaseUnavailableIn(error))
          this.#options.log.error('projection catch-up failed', errorFields(error))
        this.#retryLater()
      } finally {
        this.#running = undefined
      }
    })()
    return this.#running
  }

  #retryLater(): void {
    if (this.#retry || this.#closed) return
    this.#failedRuns += 1
    const delay = Math.min(FIRST_RETRY_MS * 2 ** (this.#failedRuns - 1), MAX_RETRY_MS)
    this.#retry = setTimeout(() => {
      this.#retry = undefined
      void this.catchUp()
    }, delay)
    this.#retry.unref()
  }

  #apply(batch: readonly StoredEvent[]): void {
    const byTeam = new Map<string, ProjectedEvent[]>()
    for (const stored of batch) {
      if (stored.position <= this.#position) continue
      this.#position = stored.position
      const projected = toProjected(stored)
      if (!projected) {
        this.#options.log.error('undecodable event skipped by projections', {
          position: stored.position,
          type: stored.type,
        })
        continue
      }
      const teamId = projected.event.teamId
      let entry = this.#teams.get(teamId)
      if (!entry) {
        entry = new TeamEntry(0, initialTeamViews())
        this.#teams.set(teamId, entry)
      }
      if (stored.position <= entry.position) continue
      foldIntoViews(entry.views, projected)
      entry.position = stored.position
      this.#dirty.add(teamId)
      this.#unsaved += 1
      const events = byTeam.get(teamId)
      if (events) events.push(projected)
      else byTeam.set(teamId, [projected])
    }
    for (const [teamId, events] of byTeam) for (const listener of this.#listeners) listener(teamId, events)
    for (let i = this.#waiters.length - 1; i >= 0; i--) {
      const waiter = this.#waiters[i]!
      if (waiter.position <= this.#position) {
        this.#waiters.splice(i, 1)
        waiter.resolve()
      }
    }
    this.#knownHead = Math.max(this.#knownHead, this.#position)
    this.#options.onLag?.(this.#knownHead - this.#position)
    void this.#checkpointIfDue(false)
  }

  #checkpointIfDue(timerFired: boolean): Promise<void> {
    if (this.#dirty.size === 0) return this.#saving
    if (!timerFired && this.#unsaved < (this.#options.checkpointEvents ?? 50_000)) return this.#saving
    return this.checkpoint()
  }

  /**
   * Saves the teams changed since the last checkpoint, one team per event-loop turn (a large team's
   * JSON takes milliseconds, and requests should not wait for all of them at once), then the head as
   * it was when the pass began. A team folded further during the pass is saved at its newer position
   * and stays marked for the next pass.
   */
  checkpoint(): Promise<void> {
    const head = this.#position
    const teamIds = [...this.#dirty]
    this.#dirty.clear()
    this.#unsaved = 0
    const { db, clock, log } = this.#options
    this.#saving = this.#saving.then(async () => {
      const pending = new Set(teamIds)
      try {
        for (const teamId of teamIds) {
          const entry = this.#teams.get(teamId)!
          await saveTeamCheckpoint(db, teamId, entry.position, JSON.stringify(entry.views), clock())
          pending.delete(teamId)
          await new Promise((resolve) => setImmediate(resolve))
        }
        await saveHeadCheckpoint(db, head, clock())
      } catch (error) {
        // Mark them changed again: a later checkpoint must not move the head past unsaved teams.
        for (const teamId of pending) this.#dirty.add(teamId)
        log.error('checkpoint failed', errorFields(error))
      }
    })
    return this.#saving
  }

  /** Stops following the log and saves a last checkpoint, so the next start has nothing to replay. */
  async close(): Promise<void> {
    this.#closed = true
    this.#unsubscribe?.()
    if (this.#timer) clearInterval(this.#timer)
    clearTimeout(this.#retry)
    await this.#running
    await this.checkpoint()
  }
}
