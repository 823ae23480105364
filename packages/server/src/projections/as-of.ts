import { streamIdOf } from '@tandem/domain'
import { Result } from 'effect'
import type { EventStore } from '../event-store/event-store.ts'
import { Failure } from '../failures/failure.ts'
import { foldIntoViews, initialTeamViews, type TeamViews, toProjected } from './team-views.ts'

/** `asOf` as given: a log position (`1234`) or an ISO moment (`2026-03-01` or `2026-03-01T12:00:00Z`). */
export type AsOf = { readonly position: number } | { readonly moment: string }

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/

const invalidAsOf = () =>
  new Failure(
    'InvalidInput',
    'InvalidInput',
    { nl: 'asOf moet een positie of een ISO-moment zijn.', en: 'asOf must be a position or an ISO moment.' },
    [{ path: '/asOf', message: 'Expected a log position (1, 2, …) or an ISO 8601 date or moment' }],
  )

/** Parses the query parameter; undefined means "now". A date alone means the end of that day (UTC). */
export const parseAsOf = (raw: string | undefined): Result.Result<AsOf | undefined, Failure> => {
  if (raw === undefined || raw === '') return Result.succeed(undefined)
  if (/^\d{1,15}$/.test(raw)) return Result.succeed({ position: Number(raw) })
  if (!ISO_MOMENT.test(raw)) return Result.fail(invalidAsOf())
  const moment = new Date(raw.length === 10 ? `${raw}T23:59:59.999Z` : raw)
  if (Number.isNaN(moment.getTime())) return Result.fail(invalidAsOf())
  return Result.succeed({ moment: moment.toISOString() })
}

/** A team's views as the log held them at `asOf`, with the day the time-dependent queries use. */
export interface ViewsAsOf {
  readonly views: TeamViews | undefined
  readonly position: number
  readonly date: string
}

/**
 * Folds the prefix of the team's stream that the log held at `asOf`: events up to the position, or
 * recorded up to the moment. The day for questions such as "absent today" is the moment's date, or
 * for a position the day its last event was recorded.
 */
export const viewsAsOf = async (store: EventStore, teamId: string, asOf: AsOf): Promise<ViewsAsOf> => {
  let views: TeamViews | undefined
  let position = 0
  let recordedAt: string | undefined
  for (const stored of await store.readStream(streamIdOf(teamId))) {
    if ('position' in asOf ? stored.position > asOf.position : stored.recordedAt > asOf.moment) break
    const projected = toProjected(stored)
    position = stored.position
    recordedAt = stored.recordedAt
    if (!projected) continue
    views ??= initialTeamViews()
    foldIntoViews(views, projected)
  }
  const date =
    'moment' in asOf ? asOf.moment.slice(0, 10) : (recordedAt ?? new Date(0).toISOString()).slice(0, 10)
  return { views, position: 'position' in asOf ? asOf.position : position, date }
}
