import type { Case, FoundedTeam, Professional } from '../decider/state.ts'
import { reject, type Verdict } from '../errors/domain-rejection.ts'
import type { DateOnly } from '../shared/primitives.ts'
import type { Exemption } from '../shared/vocabulary.ts'
import { mayDoRegisteredWork } from './registered-work.ts'
import { isAbsent } from './registration.ts'

/**
 * R10 — Samen werken aan professionalisering: "Beleg de regie goed als er meerdere aanbieders en/of
 * professionals betrokken zijn"; docs/architecture.md#the-rules: exactly one regisseur per active case. A new
 * one comes only after a release.
 */
const hasNoRegisseur = (theCase: Case): Verdict =>
  theCase.regie === undefined
    ? undefined
    : reject({
        code: 'CaseAlreadyHasRegisseur',
        rule: 'R10',
        path: 'caseId',
        nl: 'Deze casus heeft al een regisseur. Eén casus, één regisseur: laat de huidige regie eerst los als de regie overgaat.',
        en: 'This case already has a regisseur. One case, one regisseur: release the current regie first to hand it over.',
      })

/**
 * R10 with R4 — Samen werken aan professionalisering: "laat bij de jongere geen verwarring ontstaan over wie het
 * aanspreekpunt is en de regie voert". Someone already working on the case in another role does not also take
 * regie.
 */
export const isNotOnCase = (theCase: Case, professionalId: string): Verdict =>
  theCase.regie?.professionalId === professionalId || theCase.members.has(professionalId)
    ? reject({
        code: 'AlreadyOnCase',
        rule: 'R10',
        path: 'professionalId',
        nl: 'Deze professional werkt al aan deze casus. Haal de huidige rol eerst weg, zodat voor het gezin duidelijk blijft wie de regie voert.',
        en: 'This professional already works on this case. Remove the current role first, so the family knows who holds regie.',
      })
    : undefined

export interface RegieInput {
  readonly team: FoundedTeam
  readonly professional: Professional
  readonly theCase: Case
  readonly exemption: Exemption | undefined
  readonly on: DateOnly
}

/**
 * Whether the professional may become regisseur of the case (R1, R2, R3, R6, R7, R10).
 * R6 — Samen werken aan professionalisering: "Ben je nog in opleiding of werk je als stagiair? Dan werk je onder de
 * verantwoordelijkheid van een geregistreerde hulpverlener": an intern never directs a case.
 * Model Professioneel Statuut: "Voor de jeugdige en/of het gezin is altijd duidelijk wie hun aanspreekpunt
 * is": someone absent today cannot start as that contact.
 */
export const mayHoldRegie = ({ team, professional, theCase, exemption, on }: RegieInput): Verdict => {
  if (professional.employment === 'intern') {
    return reject({
      code: 'InternCannotHoldRegie',
      rule: 'R6',
      path: 'professionalId',
      nl: 'Een stagiair werkt onder verantwoordelijkheid van een geregistreerde collega en voert geen regie. Voeg de stagiair toe als stagiair met begeleider.',
      en: 'An intern works under a registered colleague and does not hold regie. Add them to the case as an intern with a supervisor.',
    })
  }
  if (isAbsent(professional, on)) {
    return reject({
      code: 'ProfessionalAbsent',
      rule: 'R10',
      path: 'professionalId',
      nl: 'Deze professional is vandaag afwezig en kan nu geen aanspreekpunt voor het gezin zijn. Kies een aanwezige collega.',
      en: 'This professional is absent today and cannot be the family’s contact now. Choose a colleague who is present.',
    })
  }
  return (
    hasNoRegisseur(theCase) ??
    isNotOnCase(theCase, professional.professionalId) ??
    mayDoRegisteredWork({ team, professional, theCase, exemption, on })
  )
}
