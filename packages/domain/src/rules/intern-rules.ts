import type { FoundedTeam, Professional } from '../decider/state.ts'
import { reject, type Verdict } from '../errors/domain-rejection.ts'
import type { DateOnly } from '../shared/primitives.ts'
import type { CaseRole } from '../shared/vocabulary.ts'
import { isRegistered } from './registration.ts'

/**
 * R6 — Samen werken aan professionalisering: "Ben je nog in opleiding of werk je als stagiair? Dan werk je onder de
 * verantwoordelijkheid van een geregistreerde hulpverlener." An intern joins a case only as intern,
 * with a named supervisor who is on the team and registered that day.
 */
export const internHasSupervisor = (
  team: FoundedTeam,
  intern: Professional,
  role: CaseRole,
  supervisorId: string | undefined,
  on: DateOnly,
): Verdict => {
  if (intern.employment === 'intern' && role !== 'intern') {
    return reject({
      code: 'InternNeedsSupervisor',
      rule: 'R6',
      path: 'role',
      nl: 'Een stagiair werkt altijd onder verantwoordelijkheid van een geregistreerde collega: voeg toe als stagiair, met begeleider.',
      en: 'An intern always works under a registered colleague: add them as intern, with a supervisor.',
    })
  }
  if (role !== 'intern') return undefined
  const supervisor = supervisorId === undefined ? undefined : team.professionals.get(supervisorId)
  const fits =
    supervisor !== undefined &&
    supervisor.leftOn === undefined &&
    supervisor.professionalId !== intern.professionalId &&
    isRegistered(supervisor, on)
  return fits
    ? undefined
    : reject({
        code: 'InternNeedsSupervisor',
        rule: 'R6',
        path: 'supervisorId',
        nl: 'Noem een geregistreerde collega uit het team die verantwoordelijk is voor de stagiair op deze casus.',
        en: 'Name a registered colleague on the team who is responsible for the intern on this case.',
      })
}
