import type { Verdict } from '../errors/domain-rejection.ts'
import {
  gezinshuisHasRegisteredExpert,
  isRegisteredExpert,
  lapsedWorksInCloseCooperation,
  type MemberInput,
  mayCoWork,
  tandemHasRegisteredRegisseur,
} from './case-member-rules.ts'
import { internHasSupervisor } from './intern-rules.ts'
import { isNotOnCase } from './regie-rules.ts'

/** A role on a case with the named supervisor, when the role is intern (R6). */
export interface RoleInput extends MemberInput {
  readonly supervisorId: string | undefined
}

/** The rule each role on a case must meet (R4–R7), besides the intern rule (R6) for everyone. */
const roleFits = (input: MemberInput): Verdict => {
  switch (input.role) {
    case 'tandem-practitioner':
      return lapsedWorksInCloseCooperation(input) ?? tandemHasRegisteredRegisseur(input)
    case 'gezinshuisouder':
      return lapsedWorksInCloseCooperation(input) ?? gezinshuisHasRegisteredExpert(input)
    case 'behavioural-scientist':
      return isRegisteredExpert(input)
    case 'co-worker':
      return mayCoWork(input)
    case 'intern':
      return undefined
    default: {
      const unhandled: never = input.role
      return unhandled
    }
  }
}

/**
 * Whether the professional fits the role on the case on the day (R4–R7). The decider asks it when
 * someone joins; the projections ask it again later, because a registration that lapses or a
 * supervisor who leaves can put a member out of line without any decision.
 */
export const fitsRole = (input: RoleInput): Verdict =>
  internHasSupervisor(input.team, input.professional, input.role, input.supervisorId, input.on) ??
  roleFits(input)

/**
 * Whether the professional may join the case in the role: the decider's `AddCaseMember` checks in
 * their order. The planner asks the same function, so a proposal the team accepts is never refused.
 */
export const mayJoinCase = (input: RoleInput): Verdict =>
  isNotOnCase(input.theCase, input.professional.professionalId) ?? fitsRole(input)
