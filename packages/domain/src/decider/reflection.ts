import { Result } from 'effect'
import type { CommandOf } from '../commands/index.ts'
import { reject } from '../errors/domain-rejection.ts'
import { gradesAreValid } from '../rules/reflection-rules.ts'
import { allActive, check, type Decision, freshId } from './decision.ts'
import type { FoundedTeam, ReflectionSession } from './state.ts'

/**
 * R9 — Professionele ruimte en autonomie in praktijk brengen: protect reflection time "door in overleg met de professionals te
 * bepalen hoeveel tijd hiervoor gereserveerd moet worden per team". Planned, held and cancelled sessions all
 * stay in the log, so the read side can set realised time against the norm.
 */
export const planReflectionSession = (
  command: CommandOf<'PlanReflectionSession'>,
  team: FoundedTeam,
): Decision =>
  Result.gen(function* () {
    yield* check(freshId(team.sessions.has(command.sessionId), 'sessionId'))
    yield* allActive(team, command.participants, 'participants')
    const { _tag, ...planned } = command
    return [{ _tag: 'ReflectionSessionPlanned', ...planned }] as const
  })

const plannedSession = (team: FoundedTeam, sessionId: string) => {
  const session: ReflectionSession | undefined = team.sessions.get(sessionId)
  if (session?.status === 'planned') return Result.succeed(session)
  return Result.fail(
    session
      ? reject({
          code: 'SessionNotPlanned',
          rule: 'R9',
          path: 'sessionId',
          nl: `Deze bijeenkomst is al ${session.status === 'held' ? 'gehouden' : 'afgezegd'}.`,
          en: `This session has already been ${session.status}.`,
        })
      : reject({
          code: 'UnknownSession',
          path: 'sessionId',
          nl: 'Deze reflectiebijeenkomst is niet gepland in dit team.',
          en: 'This reflection session is not planned in this team.',
        }),
  )
}

/**
 * R9 — Meer ruimte voor professionals: "Vraag aan professionals welk cijfer zij geven aan de kwaliteit van de
 * intervisie."
 */
export const holdReflectionSession = (
  command: CommandOf<'HoldReflectionSession'>,
  team: FoundedTeam,
): Decision =>
  Result.gen(function* () {
    yield* plannedSession(team, command.sessionId)
    yield* allActive(team, command.attendees, 'attendees')
    yield* check(gradesAreValid(command.grades, command.attendees))
    const { _tag, ...held } = command
    return [{ _tag: 'ReflectionSessionHeld', ...held }] as const
  })

/** A cancellation "because of workload" is what R9 warns about; it is kept, never erased. */
export const cancelReflectionSession = (
  command: CommandOf<'CancelReflectionSession'>,
  team: FoundedTeam,
): Decision =>
  Result.gen(function* () {
    yield* plannedSession(team, command.sessionId)
    const { _tag, ...cancelled } = command
    return [{ _tag: 'ReflectionSessionCancelled', ...cancelled }] as const
  })
