import { Result } from 'effect'
import type { DomainRejection, Verdict } from '../errors/domain-rejection.ts'
import { reject } from '../errors/domain-rejection.ts'
import type { TeamEvent } from '../events/index.ts'
import type { Case, FoundedTeam, Professional } from './state.ts'

/** What `decide` returns: the events to append, or why nothing is appended. */
export type Decision = Result.Result<readonly TeamEvent[], DomainRejection>

/** Lifts a rule's verdict into a Result, for `yield*` inside `Result.gen`. */
export const check = (verdict: Verdict): Result.Result<void, DomainRejection> =>
  verdict ? Result.fail(verdict) : Result.succeed(undefined)

/** A professional who is on the team now (not left). */
export const activeProfessional = (
  team: FoundedTeam,
  professionalId: string,
  path = 'professionalId',
): Result.Result<Professional, DomainRejection> => {
  const professional = team.professionals.get(professionalId)
  if (!professional) {
    return Result.fail(
      reject({
        code: 'UnknownProfessional',
        path,
        nl: `Professional ${professionalId} hoort niet bij dit team.`,
        en: `Professional ${professionalId} is not on this team.`,
      }),
    )
  }
  return professional.leftOn === undefined
    ? Result.succeed(professional)
    : Result.fail(
        reject({
          code: 'ProfessionalLeft',
          path,
          nl: `Professional ${professionalId} heeft het team verlaten.`,
          en: `Professional ${professionalId} has left the team.`,
        }),
      )
}

/** Every id in `ids` is an active professional; the path names the first one that is not. */
export const allActive = (
  team: FoundedTeam,
  ids: ReadonlyArray<string>,
  path: string,
): Result.Result<void, DomainRejection> => {
  for (const [index, id] of ids.entries()) {
    const found = activeProfessional(team, id, `${path}.${index}`)
    if (Result.isFailure(found)) return Result.fail(found.failure)
  }
  return Result.succeed(undefined)
}

/** A case that is still open: closed cases take no further decisions. */
export const openCase = (team: FoundedTeam, caseId: string): Result.Result<Case, DomainRejection> => {
  const theCase = team.cases.get(caseId)
  if (!theCase) {
    return Result.fail(
      reject({
        code: 'UnknownCase',
        path: 'caseId',
        nl: `Casus ${caseId} is niet bekend in dit team.`,
        en: `Case ${caseId} is not known to this team.`,
      }),
    )
  }
  return theCase.status === 'open'
    ? Result.succeed(theCase)
    : Result.fail(
        reject({
          code: 'CaseClosed',
          path: 'caseId',
          nl: `Casus ${theCase.reference} is afgesloten; daarop wordt niets meer besloten.`,
          en: `Case ${theCase.reference} is closed; no further decisions are taken on it.`,
        }),
      )
}

/** Refuses an id the team already used: ids come from the caller and are never reused. */
export const freshId = (used: boolean, path: string): Verdict =>
  used
    ? reject({
        code: 'DuplicateId',
        path,
        nl: 'Dit id is in dit team al gebruikt; kies een nieuw id.',
        en: 'This id is already used in this team; choose a new one.',
      })
    : undefined

/** An end date on or after its start. */
export const validPeriod = (from: string, until: string, path: string): Verdict =>
  from <= until
    ? undefined
    : reject({
        code: 'InvalidPeriod',
        path,
        nl: 'De einddatum ligt voor de begindatum.',
        en: 'The end date lies before the start date.',
      })
