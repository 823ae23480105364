import type { ActorRole } from '../decider/context.ts'
import { reject, type Verdict } from '../errors/domain-rejection.ts'

const notAllowed = (nl: string, en: string): Verdict => reject({ code: 'NotAllowedForRole', nl, en })

/**
 * Authority that is a domain rule, not plumbing. Auditors replay the log and never decide: their
 * reading must not change what they read (DESIGN.md §1, §6).
 */
export const mayDecide = (role: ActorRole): Verdict =>
  role === 'auditor'
    ? notAllowed('Een auditor kijkt mee maar neemt geen besluiten.', 'An auditor reviews but never decides.')
    : undefined

/** A team's stream is started by an administrator, who sets it up for the team. */
export const mayFoundTeam = (role: ActorRole): Verdict =>
  role === 'admin'
    ? undefined
    : notAllowed('Alleen een beheerder start een team.', 'Only an administrator founds a team.')

/**
 * R9 — Professionele ruimte en autonomie in praktijk brengen: reflection time is protected "in overleg met de professionals … per
 * team"; the coach (or admin) records what was agreed, so settings change with the coach's authority.
 */
export const mayChangeSettings = (role: ActorRole): Verdict =>
  role === 'coach' || role === 'admin'
    ? undefined
    : notAllowed(
        'Teaminstellingen (weging, capaciteit, reflectienorm) wijzigt de coach of beheerder, na afspraak met het team.',
        'Team settings (weights, capacity, reflection norm) are changed by the coach or admin, as agreed with the team.',
      )

/**
 * R11 — Model Professioneel Statuut: "hebben de organisatie en de professional de gezamenlijke taak en
 * verantwoordelijkheid het gesprek hierover met elkaar aan te gaan": the organisation answers a
 * workload signal, through the coach (or admin), not a colleague.
 */
export const mayAnswerSignal = (role: ActorRole): Verdict =>
  role === 'coach' || role === 'admin'
    ? undefined
    : notAllowed(
        'Een werkdruksignaal wordt beantwoord door de organisatie: de coach of beheerder.',
        'A workload signal is answered by the organisation: the coach or admin.',
      )
