import type { TeamSettings } from '../shared/team-settings.ts'
import type { CaseRole } from '../shared/vocabulary.ts'

/**
 * A role someone holds on a case, as far as load is concerned: the regisseur, one of the case roles,
 * or the registered professional responsible for an intern on the case (R6).
 */
export type LoadRole = 'regisseur' | CaseRole | 'intern-supervisor'

/**
 * The share of a case's weight that lands on the caseload of someone in `role`
 * (docs/architecture.md#weighting-and-capacity). A regisseur who shares the case with others (tandem
 * practitioner, gezinshuisouder, co-worker, intern) carries `regisseurWithPartners` instead of the full
 * weight; the partners carry their own factor on top, so co-working costs room on both caseloads (R8,
 * Professionele ruimte en autonomie in praktijk brengen: "met meer mensen een zaak pakken, dan heb je minder
 * ruimte om een caseload op te pakken"). `caseHasPartners` matters only for the regisseur.
 */
export const roleFactor = (role: LoadRole, caseHasPartners: boolean, settings: TeamSettings): number => {
  const factors = settings.roleFactors
  switch (role) {
    case 'regisseur':
      return caseHasPartners ? factors.regisseurWithPartners : factors.regisseur
    case 'tandem-practitioner':
      return factors.tandemPractitioner
    case 'co-worker':
      return factors.coWorker
    case 'gezinshuisouder':
      return factors.gezinshuisouder
    case 'behavioural-scientist':
      return factors.behaviouralScientist
    case 'intern':
      return factors.intern
    case 'intern-supervisor':
      return factors.internSupervisor
  }
}
