import { Result } from 'effect'
import type { CommandOf } from '../commands/index.ts'
import { reject, type Verdict } from '../errors/domain-rejection.ts'
import { type DecisionContext, todayOf } from './context.ts'
import { allActive, check, type Decision, freshId } from './decision.ts'
import type { FoundedTeam } from './state.ts'

/**
 * Decisions "in the meeting" carry its id (docs/architecture.md#the-event-envelope-and-the-hash-chain); the
 * meeting must then be open, or an auditor could not trust that the team decided together.
 */
export const meetingIsOpen = (team: FoundedTeam, meetingId: string | undefined, path?: string): Verdict =>
  meetingId === undefined || team.openMeetingId === meetingId
    ? undefined
    : reject({
        code: 'MeetingNotOpen',
        ...(path ? { path } : {}),
        nl: 'Dit overleg is niet geopend; open het overleg eerst of besluit buiten het overleg.',
        en: 'This meeting is not open; open it first or decide outside the meeting.',
      })

/** One weekly meeting at a time: the team decides in one place. */
export const openMeeting = (
  command: CommandOf<'OpenMeeting'>,
  team: FoundedTeam,
  context: DecisionContext,
): Decision =>
  Result.gen(function* () {
    yield* check(freshId(team.meetings.has(command.meetingId), 'meetingId'))
    if (team.openMeetingId !== undefined) {
      return yield* Result.fail(
        reject({
          code: 'MeetingAlreadyOpen',
          path: 'meetingId',
          nl: 'Er is al een overleg open; sluit dat eerst.',
          en: 'A meeting is already open; close it first.',
        }),
      )
    }
    yield* allActive(team, command.present, 'present')
    const { teamId, meetingId, present } = command
    return [{ _tag: 'MeetingOpened', teamId, meetingId, heldOn: todayOf(context), present }] as const
  })

export const closeMeeting = (command: CommandOf<'CloseMeeting'>, team: FoundedTeam): Decision =>
  Result.gen(function* () {
    yield* check(meetingIsOpen(team, command.meetingId, 'meetingId'))
    yield* allActive(team, command.present, 'present')
    const { teamId, meetingId, present } = command
    return [{ _tag: 'MeetingClosed', teamId, meetingId, present }] as const
  })
