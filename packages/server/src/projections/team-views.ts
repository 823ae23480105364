import {
  decodeEvent,
  type ProjectedEvent,
  type ReflectionState,
  reflectionProjection,
  type TeamState,
  teamProjection,
} from '@tandem/domain'
import { Result } from 'effect'
import type { StoredEvent } from '../event-store/event-store.ts'

/** Every projection state of one team: the team fold and the reflection fold. Plain data, JSON-safe. */
export interface TeamViews {
  readonly team: TeamState
  readonly reflection: ReflectionState
}

/**
 * The state versions of the folds behind `TeamViews`, e.g. `team2.reflection1`: part of every
 * checkpoint's name, so a fold whose state changed shape never continues from an older checkpoint.
 */
export const VIEWS_VERSION = [teamProjection, reflectionProjection]
  .map((projection) => `${projection.name}${projection.version}`)
  .join('.')

export const initialTeamViews = (): TeamViews => ({
  team: teamProjection.initial(),
  reflection: reflectionProjection.initial(),
})

/** Folds one event into the team's states (the folds mutate them; see the domain's `Projection`). */
export const foldIntoViews = (views: TeamViews, projected: ProjectedEvent): void => {
  teamProjection.evolve(views.team, projected)
  reflectionProjection.evolve(views.reflection, projected)
}

/**
 * Decodes a stored event for the projections (decode at every boundary), or undefined when it is not
 * a team event this code knows; the runner logs and skips those rather than stop every view.
 */
export const toProjected = (stored: StoredEvent): ProjectedEvent | undefined => {
  const decoded = decodeEvent(stored)
  if (Result.isFailure(decoded)) return undefined
  return {
    event: decoded.success,
    position: stored.position,
    recordedAt: stored.recordedAt,
    metadata: {
      occurredAt: stored.metadata.occurredAt,
      actor: stored.metadata.actor,
      role: stored.metadata.role,
      meetingId: stored.metadata.meetingId,
    },
  }
}
