import { streamIdOf } from '@tandem/domain'
import { Result } from 'effect'
import type { EventStore, StoredEvent } from '../event-store/event-store.ts'
import { Failure } from '../failures/failure.ts'
import { foldIntoViews, initialTeamViews, type TeamViews, toProjected } from './team-views.ts'

/**
 * "As of": the one rule, for every team read over HTTP (`?asOf=`) and for `audit replay --as-of`.
 *
 * - A **position** `N` means the log as it stood once the event at `N` was appended: every event at
 *   a position up to `N`. A position beyond the head means the head.
 * - A **moment** means every event recorded at or before it (`momentOf`): what the log held, so what
 *   the team and an auditor could know, then. A date alone (`2026-03-01`) means the end of that day,
 *   UTC.
 * - The answer says where it really stands (`standing`): `position` is the last event it includes
 *   (so `?asOf=999999` answers with the head, or the team's last event before it), and `date` is
 *   the day its time-dependent questions (absent today, registration lapsed) are about: the
 *   moment's day, or for a position the day its last event was recorded.
 */
export type AsOf = { readonly position: number } | { readonly moment: string }

/**
 * When an event counts as having happened, for a moment: when the store recorded it. The one line
 * to change to compare business time (`stored.metadata.occurredAt`) instead; `cut` never assumes
 * that this grows with the position.
 */
const momentOf = (stored: StoredEvent): string => stored.recordedAt

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/

const invalidAsOf = () =>
  new Failure(
    'InvalidInput',
    'InvalidInput',
    { nl: 'asOf moet een positie of een ISO-moment zijn.', en: 'asOf must be a position or an ISO moment.' },
    [{ path: '/asOf', message: 'Expected a log position (1, 2, …) or an ISO 8601 date or moment' }],
  )

/** Parses `?asOf=` or `--as-of`; undefined means "now". A date alone means the end of that day (UTC). */
export const parseAsOf = (raw: string | undefined): Result.Result<AsOf | undefined, Failure> => {
  if (raw === undefined || raw === '') return Result.succeed(undefined)
  if (/^\d{1,15}$/.test(raw)) return Result.succeed({ position: Number(raw) })
  if (!ISO_MOMENT.test(raw)) return Result.fail(invalidAsOf())
  const moment = new Date(raw.length === 10 ? `${raw}T23:59:59.999Z` : raw)
  if (Number.isNaN(moment.getTime())) return Result.fail(invalidAsOf())
  return Result.succeed({ moment: moment.toISOString() })
}

/** Where an answer as of some `asOf` really stands: its last event's position, and its day. */
export interface Standing {
  readonly position: number
  readonly date: string
}

/**
 * Applies the rule to events read in log order: `includes` says whether an event belongs to the log
 * as of `asOf` (and remembers the last that did), `pastEnd` whether no later event can (only a
 * position tells), and `standing` where the answer stands.
 */
export const cut = (asOf: AsOf) => {
  let last: StoredEvent | undefined
  return {
    includes(stored: StoredEvent): boolean {
      const inside = 'position' in asOf ? stored.position <= asOf.position : momentOf(stored) <= asOf.moment
      if (inside) last = stored
      return inside
    },
    pastEnd(stored: StoredEvent): boolean {
      return 'position' in asOf && stored.position >= asOf.position
    },
    /** The last position to read: a position's own, else the whole log. */
    readTo(head: number): number {
      return 'position' in asOf ? Math.min(asOf.position, head) : head
    },
    get standing(): Standing {
      const date = 'moment' in asOf ? asOf.moment : last ? momentOf(last) : new Date(0).toISOString()
      return { position: last?.position ?? 0, date: date.slice(0, 10) }
    },
  }
}

/** A team's views as the log held them at `asOf`, and where that answer stands. */
export interface ViewsAsOf extends Standing {
  readonly views: TeamViews | undefined
}

/** Folds the team's stream as of `asOf` (see the rule above). */
export const viewsAsOf = async (store: EventStore, teamId: string, asOf: AsOf): Promise<ViewsAsOf> => {
  const at = cut(asOf)
  let views: TeamViews | undefined
  for (const stored of await store.readStream(streamIdOf(teamId))) {
    const projected = at.includes(stored) ? toProjected(stored) : undefined
    if (projected) {
      views ??= initialTeamViews()
      foldIntoViews(views, projected)
    }
    if (at.pastEnd(stored)) break
  }
  return { views, ...at.standing }
}
