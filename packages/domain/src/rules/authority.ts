import type { TeamCommand } from '../commands/index.ts'
import type { ActorRole } from '../decider/context.ts'
import { reject, type Verdict } from '../errors/domain-rejection.ts'
import { AUTHORITY, mayGive, whoMay } from './authority-table.ts'

/** Who acts, as far as authority goes: their role and, when the account is linked, their professional id. */
export interface Authority {
  readonly role: ActorRole
  readonly professionalId?: string | undefined
}

/** True when the command is about the actor's own professional id (their own absence or signal). */
export const isAboutSelf = (command: TeamCommand, professionalId: string | undefined): boolean =>
  professionalId !== undefined && 'professionalId' in command && command.professionalId === professionalId

/**
 * Refuses a command the authority table (authority-table.ts) does not grant the actor, saying who
 * may. A `'self'` grant needs the actor's own professional id: an account that is not linked to
 * one cannot act for "themselves", so it is told to have the link made rather than who may.
 */
export const mayDecide = (command: TeamCommand, actor: Authority): Verdict => {
  if (mayGive(actor.role, command._tag, isAboutSelf(command, actor.professionalId))) return undefined
  if (AUTHORITY[command._tag][actor.role] === 'self' && actor.professionalId === undefined)
    return reject({
      code: 'NotAllowedForRole',
      nl: 'Je account is niet gekoppeld aan een professional van het team; vraag een beheerder die koppeling te maken.',
      en: 'Your account is not linked to a professional of the team; ask an administrator to link it.',
    })
  const { nl, en } = whoMay(command._tag)
  return reject({
    code: 'NotAllowedForRole',
    ...(AUTHORITY[command._tag][actor.role] === 'self' ? { path: 'professionalId' } : {}),
    nl,
    en,
  })
}
