import { Schema } from 'effect'
import { MeetingId, ProfessionalId, TeamId, Text } from '../shared/primitives.ts'
import { TeamSettings } from '../shared/team-settings.ts'

/** Start a team's stream (admin only). Without settings the team starts from the defaults. */
export const FoundTeam = Schema.TaggedStruct('FoundTeam', {
  teamId: TeamId,
  name: Text,
  settings: Schema.optionalKey(TeamSettings),
})

/** Change weighting, capacity or reflection norm (coach or admin); the reason is kept for audit. */
export const ChangeTeamSettings = Schema.TaggedStruct('ChangeTeamSettings', {
  teamId: TeamId,
  settings: TeamSettings,
  reason: Text,
})

/** Open the weekly meeting; commands sent with its id in the context are decisions of the meeting. */
export const OpenMeeting = Schema.TaggedStruct('OpenMeeting', {
  teamId: TeamId,
  meetingId: MeetingId,
  present: Schema.Array(ProfessionalId),
})

export const CloseMeeting = Schema.TaggedStruct('CloseMeeting', {
  teamId: TeamId,
  meetingId: MeetingId,
  present: Schema.Array(ProfessionalId),
})
