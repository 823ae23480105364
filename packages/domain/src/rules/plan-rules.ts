import type { Case, FoundedTeam } from '../decider/state.ts'
import { reject, type Verdict } from '../errors/domain-rejection.ts'
import type { DateOnly } from '../shared/primitives.ts'
import type { PlanKind } from '../shared/vocabulary.ts'
import { isBehaviouralScientist } from './case-member-rules.ts'
import { caseNeedsRegistration, isRegistered } from './registration.ts'

const needsRegistered = (nl: string, en: string, rule: 'R4' | 'R5') =>
  reject({ code: 'PlanNeedsRegisteredProfessional', rule, path: 'establishedBy', nl, en })

/**
 * Who may set a plan.
 * R4 — Samen werken aan professionalisering: "Je moet zelf het hulp(verlenings)- of behandelplan vaststellen en je
 * moet altijd zelf de situatie van de jongere beoordeeld hebben": the help plan is the regisseur's,
 * registered when the case needs it (or holding regie under a recorded exemption).
 * R5 — Samen werken aan professionalisering: "een geregistreerde deskundige [kan] de behandelplannen van de
 * jongeren vaststellen": a treatment plan is set by a registered behavioural scientist on the case.
 */
export const mayEstablishPlan = (
  team: FoundedTeam,
  theCase: Case,
  kind: PlanKind,
  establishedBy: string,
  on: DateOnly,
): Verdict => {
  const author = team.professionals.get(establishedBy)
  const registered = author !== undefined && isRegistered(author, on)
  if (kind === 'treatment-plan') {
    const onCase = theCase.members.has(establishedBy) || theCase.regie?.professionalId === establishedBy
    return onCase && registered && author !== undefined && isBehaviouralScientist(author)
      ? undefined
      : needsRegistered(
          'Een behandelplan stelt een geregistreerde gedragswetenschapper op deze casus vast.',
          'A treatment plan is set by a registered behavioural scientist on this case.',
          'R5',
        )
  }
  if (theCase.regie?.professionalId !== establishedBy) {
    return reject({
      code: 'PlanNeedsRegisseur',
      rule: 'R4',
      path: 'establishedBy',
      nl: 'Het hulpplan stelt de regisseur van de casus zelf vast. Wijs eerst de regie toe, of laat de regisseur het plan vaststellen.',
      en: "The help plan is set by the case's regisseur. Assign regie first, or let the regisseur set the plan.",
    })
  }
  return !caseNeedsRegistration(theCase) || registered || theCase.regie.exemption !== undefined
    ? undefined
    : needsRegistered(
        'Deze casus vraagt registratie en de registratie van de regisseur is niet (meer) op orde. Laat een geregistreerde regisseur het plan vaststellen.',
        "This case needs registration and the regisseur's registration is not in order. Let a registered regisseur set the plan.",
        'R4',
      )
}
