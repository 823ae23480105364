import type { DateOnly } from '../../shared/primitives.ts'
import { defaultTeamSettings, type TeamSettings } from '../../shared/team-settings.ts'
import type { CancellationReason, ReflectionKind } from '../../shared/vocabulary.ts'

/**
 * Protected reflection time (R9) as plain data (see `Projection`). It keeps its own small roster
 * (contract hours, joined, left) because the norm is hours per FTE, and keeping it here lets the
 * reflection view be rebuilt without the team fold.
 */
export interface ReflectionState {
  foundedOn: DateOnly | null
  settings: TeamSettings
  members: Record<string, ReflectionMember>
  sessions: Record<string, SessionView>
}

export interface ReflectionMember {
  id: string
  name: string
  joinedOn: DateOnly
  leftOn?: DateOnly
  contracts: { from: DateOnly; hours: number }[]
}

export interface SessionView {
  id: string
  kind: ReflectionKind
  on: DateOnly
  /** planned hours */
  hours: number
  participants: string[]
  status: 'planned' | 'held' | 'cancelled'
  held?: {
    attendees: string[]
    hours: number
    becameCaseDiscussion: boolean
    grades: { professionalId: string; grade: number }[]
  }
  cancelled?: { reason: CancellationReason; explanation: string }
}

export const initialReflectionState = (): ReflectionState => ({
  foundedOn: null,
  settings: defaultTeamSettings,
  members: {},
  sessions: {},
})
