import { Result } from 'effect'
import type { CommandOf } from '../commands/index.ts'
import { reject } from '../errors/domain-rejection.ts'
import { registrationValidUntil, renewalValidUntil } from '../rules/registration.ts'
import { type DecisionContext, todayOf } from './context.ts'
import { activeProfessional, check, type Decision, validPeriod } from './decision.ts'
import type { FoundedTeam, Professional } from './state.ts'

/** A (new) register entry; recording again replaces the entry of that register, e.g. after a lapse. */
export const recordRegistration = (command: CommandOf<'RecordRegistration'>, team: FoundedTeam): Decision =>
  Result.gen(function* () {
    yield* activeProfessional(team, command.professionalId)
    const { teamId, professionalId, register, number, validFrom } = command
    const validUntil = command.validUntil ?? registrationValidUntil(validFrom)
    yield* check(validPeriod(validFrom, validUntil, 'validUntil'))
    return [
      { _tag: 'RegistrationRecorded', teamId, professionalId, register, number, validFrom, validUntil },
    ] as const
  })

const registrationInOrder = (professional: Professional, register: 'SKJ' | 'BIG') => {
  const registration = professional.registrations.get(register)
  return registration && registration.endedOn === undefined
    ? Result.succeed(registration)
    : Result.fail(
        reject({
          code: 'NoRegistration',
          rule: 'R7',
          path: 'register',
          nl: `Er is geen lopende ${register}-registratie om te verlengen of te beëindigen; leg een nieuwe registratie vast.`,
          en: `There is no current ${register} registration to renew or end; record a new registration.`,
        }),
      )
}

/**
 * Re-registration (Samen werken aan professionalisering: "Iedere 5 jaar moeten jeugdhulpverleners zich
 * herregistreren").
 */
export const renewRegistration = (command: CommandOf<'RenewRegistration'>, team: FoundedTeam): Decision =>
  Result.gen(function* () {
    const professional = yield* activeProfessional(team, command.professionalId)
    const current = yield* registrationInOrder(professional, command.register)
    const validUntil = command.validUntil ?? renewalValidUntil(current.validUntil)
    if (validUntil <= current.validUntil) {
      return yield* Result.fail(
        reject({
          code: 'InvalidPeriod',
          path: 'validUntil',
          nl: 'Een herregistratie loopt langer door dan de huidige registratie.',
          en: 'A renewal runs past the current end date.',
        }),
      )
    }
    const { teamId, professionalId, register } = command
    return [{ _tag: 'RegistrationRenewed', teamId, professionalId, register, validUntil }] as const
  })

/** R7 — the registration is no longer in order; work needing registration then needs close cooperation. */
export const endRegistration = (
  command: CommandOf<'EndRegistration'>,
  team: FoundedTeam,
  context: DecisionContext,
): Decision =>
  Result.gen(function* () {
    const professional = yield* activeProfessional(team, command.professionalId)
    yield* registrationInOrder(professional, command.register)
    const { teamId, professionalId, register, reason, endedOn = todayOf(context) } = command
    return [{ _tag: 'RegistrationEnded', teamId, professionalId, register, endedOn, reason }] as const
  })
