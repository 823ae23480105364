import type { Case, FoundedTeam, Professional } from '../decider/state.ts'
import { reject, type Verdict } from '../errors/domain-rejection.ts'
import type { DateOnly } from '../shared/primitives.ts'
import type { Exemption } from '../shared/vocabulary.ts'
import { exemptionGroundApplies, exemptionIsReasoned } from './exemption.ts'
import { caseNeedsRegistration, isLapsed, isRegistered, registrationStatus } from './registration.ts'

/** Someone other than `professionalId`, on the case as regisseur or member, registered on the day. */
export const hasRegisteredColleagueOnCase = (
  team: FoundedTeam,
  theCase: Case,
  professionalId: string,
  on: DateOnly,
): boolean => {
  const onCase = [...theCase.members.keys(), ...(theCase.regie ? [theCase.regie.professionalId] : [])]
  return onCase.some((id) => {
    const colleague = team.professionals.get(id)
    return id !== professionalId && colleague !== undefined && isRegistered(colleague, on)
  })
}

export interface RegisteredWorkInput {
  readonly team: FoundedTeam
  readonly professional: Professional
  readonly theCase: Case
  readonly exemption: Exemption | undefined
  readonly on: DateOnly
}

/**
 * R1/R2/R3/R7: may this professional do work on the case that in principle needs a registered one?
 * - the case needs no registration (no R2 indicator) or the professional is registered: yes;
 * - R7 — Samen werken aan professionalisering: "Je kunt deze taken niet meer zelfstandig blijven uitvoeren – alleen
 * nog in nauwe   samenwerking met een geregistreerde professional. Totdat je registratie wel op orde is." A
 * lapsed   registration needs an exemption on the ground of close cooperation and a registered colleague on
 *   the case;
 * - R3 — Samen werken aan professionalisering: "tenzij je aannemelijk kunt maken dat een niet-geregistreerde
 * professional niet   afdoet aan de kwaliteit van de hulp": never registered needs a reasoned exemption.
 */
export const mayDoRegisteredWork = ({
  team,
  professional,
  theCase,
  exemption,
  on,
}: RegisteredWorkInput): Verdict => {
  if (!caseNeedsRegistration(theCase)) return undefined
  const status = registrationStatus(professional, on)
  if (status === 'valid') return undefined
  const colleague = hasRegisteredColleagueOnCase(team, theCase, professional.professionalId, on)
  if (isLapsed(status)) {
    if (exemption?.ground !== 'close-cooperation-with-registered' || !colleague) {
      return reject({
        code: 'RegistrationLapsed',
        rule: 'R7',
        path: 'professionalId',
        nl: 'De registratie van deze professional is niet op orde, en deze casus vraagt registratie. Kies een geregistreerde collega, of leg een tenzij-bepaling (nauwe samenwerking) vast met een geregistreerde collega op de casus.',
        en: "This professional's registration is not in order and the case needs a registered professional. Choose a registered colleague, or record an exemption (close cooperation) with a registered colleague on the case.",
      })
    }
    return exemptionIsReasoned(exemption)
  }
  if (!exemption) {
    return reject({
      code: 'RegistrationRequired',
      rule: 'R1',
      path: 'professionalId',
      nl: 'Deze casus vraagt een geregistreerde professional (een van de vier indicatoren, of nog niet gewogen). Kies een geregistreerde collega of leg een tenzij-bepaling vast.',
      en: 'This case needs a registered professional (one of the four indicators holds, or it is not yet assessed). Choose a registered colleague or record an exemption.',
    })
  }
  return exemptionIsReasoned(exemption) ?? exemptionGroundApplies(exemption, professional, colleague)
}
