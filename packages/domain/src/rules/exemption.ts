import type { Professional } from '../decider/state.ts'
import { reject, type Verdict } from '../errors/domain-rejection.ts'
import type { Discipline, Exemption } from '../shared/vocabulary.ts'

/**
 * R3 — Samen werken aan professionalisering: "Paramedici en vaktherapeuten hoeven zich niet te registreren in het
 * Kwaliteitsregister Jeugd." Only their disciplines may use that ground.
 */
const disciplinesWithoutSkj: ReadonlySet<Discipline> = new Set(['vaktherapeut', 'logopedist'])

/**
 * R3 — Model Professioneel Statuut: the decision to deviate "moet weloverwogen gebeuren, beredeneerd zijn,
 * en getoetst worden bij anderen". An exemption counts only with a real reasoning (not blanks) and at least
 * one person who decided; the schema checks length, this also refuses padding with spaces.
 */
export const exemptionIsReasoned = (exemption: Exemption): Verdict => {
  if (exemption.reasoning.trim().length < 10) {
    return reject({
      code: 'ExemptionIncomplete',
      rule: 'R3',
      path: 'exemption.reasoning',
      nl: 'Een tenzij-bepaling vraagt een onderbouwing van minstens 10 tekens: schrijf op waarom de kwaliteit van de hulp niet minder wordt.',
      en: 'An exemption needs a reasoning of at least 10 characters: record why the quality of help does not suffer.',
    })
  }
  if (!exemption.decidedBy.some((name) => name.trim().length > 0)) {
    return reject({
      code: 'ExemptionIncomplete',
      rule: 'R3',
      path: 'exemption.decidedBy',
      nl: 'Leg vast wie de tenzij-bepaling heeft genomen en getoetst.',
      en: 'Record who took and tested the exemption.',
    })
  }
  return undefined
}

/**
 * R3 — the ground must fit the professional: "discipline without SKJ registration" only for
 * paramedics and art/play therapists; "close cooperation" only with a registered colleague on the case.
 */
export const exemptionGroundApplies = (
  exemption: Exemption,
  professional: Professional,
  registeredColleagueOnCase: boolean,
): Verdict => {
  if (
    exemption.ground === 'discipline-without-skj-registration' &&
    !disciplinesWithoutSkj.has(professional.discipline)
  ) {
    return reject({
      code: 'ExemptionGroundDoesNotApply',
      rule: 'R3',
      path: 'exemption.ground',
      nl: 'Alleen vaktherapeuten en paramedici (zoals een logopedist) hoeven niet in het SKJ te staan; kies een andere grond.',
      en: 'Only art/play therapists and paramedics (such as a speech therapist) need no SKJ registration; choose another ground.',
    })
  }
  if (exemption.ground === 'close-cooperation-with-registered' && !registeredColleagueOnCase) {
    return reject({
      code: 'ExemptionGroundDoesNotApply',
      rule: 'R3',
      path: 'exemption.ground',
      nl: 'Nauwe samenwerking vraagt een geregistreerde collega op deze casus; voeg die eerst toe.',
      en: 'Close cooperation needs a registered colleague on this case; add one first.',
    })
  }
  return undefined
}
