import { Result } from 'effect'
import type { CommandOf } from '../commands/index.ts'
import { reject } from '../errors/domain-rejection.ts'
import { mayChangeSettings, mayFoundTeam } from '../rules/authority.ts'
import { defaultTeamSettings } from '../shared/team-settings.ts'
import { type DecisionContext, todayOf } from './context.ts'
import { check, type Decision } from './decision.ts'
import type { FoundedTeam, TeamDecisionState } from './state.ts'

export const foundTeam = (
  command: CommandOf<'FoundTeam'>,
  state: TeamDecisionState,
  context: DecisionContext,
): Decision =>
  Result.gen(function* () {
    yield* check(mayFoundTeam(context.role))
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

export const changeTeamSettings = (
  command: CommandOf<'ChangeTeamSettings'>,
  _team: FoundedTeam,
  context: DecisionContext,
): Decision =>
  Result.gen(function* () {
    yield* check(mayChangeSettings(context.role))
    const { teamId, settings, reason } = command
    return [{ _tag: 'TeamSettingsChanged', teamId, settings, reason }] as const
  })
