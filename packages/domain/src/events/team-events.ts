import { Schema } from 'effect'
import { DateOnly, MeetingId, ProfessionalId, TeamId, Text } from '../shared/primitives.ts'
import { TeamSettings } from '../shared/team-settings.ts'

/**
 * A self-steering team starts using Tandem, with its settings (docs/architecture.md#weighting-and-capacity).
 */
export const TeamFounded = Schema.TaggedStruct('TeamFounded', {
  teamId: TeamId,
  name: Text,
  foundedOn: DateOnly,
  settings: TeamSettings,
})

/** The team changed its weighting, capacity or reflection settings; the reason is kept for audit. */
export const TeamSettingsChanged = Schema.TaggedStruct('TeamSettingsChanged', {
  teamId: TeamId,
  settings: TeamSettings,
  reason: Text,
})

/** The weekly meeting (verdeeloverleg) opened; decisions recorded until it closes carry its id. */
export const MeetingOpened = Schema.TaggedStruct('MeetingOpened', {
  teamId: TeamId,
  meetingId: MeetingId,
  heldOn: DateOnly,
  present: Schema.Array(ProfessionalId),
})

export const MeetingClosed = Schema.TaggedStruct('MeetingClosed', {
  teamId: TeamId,
  meetingId: MeetingId,
  present: Schema.Array(ProfessionalId),
})
