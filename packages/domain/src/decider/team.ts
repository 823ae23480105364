import { Result } from 'effect'
import type { CommandOf } from '../commands/index.ts'
import { reject } from '../errors/domain-rejection.ts'
import { defaultTeamSettings } from '../shared/team-settings.ts'
import { type DecisionContext, todayOf } from './context.ts'
import type { Decision } from './decision.ts'
import type { TeamDecisionState } from './state.ts'

export const foundTeam = (
  command: CommandOf<'FoundTeam'>,
  state: TeamDecisionState,
  context: DecisionContext,
): Decision =>
  Result.gen(function* () {
    if (state.status === 'founded') {
      return yield* Result.fail(
        reject({
          code: 'TeamAlreadyFounded',
          path: 'teamId',
          nl: 'Dit team bestaat al.',
          en: 'This team already exists.',
        }),
      )
    }
    const { teamId, name, settings = defaultTeamSettings } = command
    return [{ _tag: 'TeamFounded', teamId, name, foundedOn: todayOf(context), settings }] as const
  })

/** Who may change settings is the authority table's; the change itself always records. */
export const changeTeamSettings = ({ teamId, settings, reason }: CommandOf<'ChangeTeamSettings'>): Decision =>
  Result.succeed([{ _tag: 'TeamSettingsChanged', teamId, settings, reason }])
