import type { Case, FoundedTeam, Professional } from '../decider/state.ts'
import { reject, type Verdict } from '../errors/domain-rejection.ts'
import type { DateOnly } from '../shared/primitives.ts'
import type { CaseRole, Discipline, Exemption } from '../shared/vocabulary.ts'
import { mayDoRegisteredWork } from './registered-work.ts'
import { caseNeedsRegistration, isLapsed, isRegistered, registrationStatus } from './registration.ts'

/** Gedragswetenschappers (docs/architecture.md#glossary): orthopedagoog and (gz-)psycholoog. */
const behaviouralScientists: ReadonlySet<Discipline> = new Set([
  'orthopedagoog',
  'psycholoog',
  'gz-psycholoog',
])

export const isBehaviouralScientist = (professional: Professional): boolean =>
  behaviouralScientists.has(professional.discipline)

/** The case's regisseur, registered on the day. */
const hasRegisteredRegisseur = (team: FoundedTeam, theCase: Case, on: DateOnly): boolean => {
  const regisseur = theCase.regie && team.professionals.get(theCase.regie.professionalId)
  return regisseur !== undefined && isRegistered(regisseur, on)
}

/**
 * A registered behavioural scientist on the case (other than `exceptId`): a member in that role, or
 * the regisseur when the regisseur is one. R5 — Samen werken aan professionalisering: the gezinshuis works
 * with "geregistreerde deskundige" (a behavioural scientist) who sets the treatment plans; a regisseur who is
 * that expert already sets them, so a second one is not required.
 */
export const hasRegisteredExpert = (
  team: FoundedTeam,
  theCase: Case,
  on: DateOnly,
  exceptId?: string,
): boolean => {
  const isRegisteredScientist = (id: string): boolean => {
    const expert = team.professionals.get(id)
    return id !== exceptId && !!expert && isBehaviouralScientist(expert) && isRegistered(expert, on)
  }
  const regisseurId = theCase.regie?.professionalId
  return (
    (regisseurId !== undefined && isRegisteredScientist(regisseurId)) ||
    [...theCase.members].some(
      ([id, member]) => member.role === 'behavioural-scientist' && isRegisteredScientist(id),
    )
  )
}

export interface MemberInput {
  readonly team: FoundedTeam
  readonly professional: Professional
  readonly theCase: Case
  readonly role: CaseRole
  readonly exemption: Exemption | undefined
  readonly on: DateOnly
}

/**
 * R4 — Samen werken aan professionalisering: "Deze thuisbegeleider werkt altijd samen met een geregistreerde
 * professional uit het jeugdteam. Dit wordt ook wel de 'tandemconstructie' genoemd." On a case that needs
 * registration an unregistered practitioner joins only under a registered regisseur; no exemption replaces
 * that.
 */
export const tandemHasRegisteredRegisseur = ({ team, professional, theCase, on }: MemberInput): Verdict =>
  !caseNeedsRegistration(theCase) ||
  isRegistered(professional, on) ||
  hasRegisteredRegisseur(team, theCase, on)
    ? undefined
    : reject({
        code: 'TandemNeedsRegisteredRegisseur',
        rule: 'R4',
        path: 'caseId',
        nl: 'Een niet-geregistreerde uitvoerend hulpverlener werkt op deze casus altijd in tandem met een geregistreerde regisseur. Wijs eerst een geregistreerde regisseur aan.',
        en: 'On this case an unregistered practitioner always works in tandem with a registered regisseur. Assign a registered regisseur first.',
      })

/**
 * R5 — Samen werken aan professionalisering: "Een gezinshuisouder heeft meestal een mbo-functie, maar werkt vaak
 * wel met jongeren met meerdere complexe problematieken. Dan kan een geregistreerde deskundige bijvoorbeeld
 * de behandelplannen van de jongeren vaststellen." An unregistered gezinshuisouder joins a gezinshuis
 * case only when a registered behavioural scientist is on it.
 */
export const gezinshuisHasRegisteredExpert = ({ team, professional, theCase, on }: MemberInput): Verdict => {
  if (theCase.setting !== 'gezinshuis') {
    return reject({
      code: 'NotAGezinshuisCase',
      rule: 'R5',
      path: 'role',
      nl: 'Deze casus is geen gezinshuisplaatsing; kies een andere rol.',
      en: 'This case is not a gezinshuis placement; choose another role.',
    })
  }
  return isRegistered(professional, on) || hasRegisteredExpert(team, theCase, on)
    ? undefined
    : reject({
        code: 'GezinshuisNeedsRegisteredExpert',
        rule: 'R5',
        path: 'caseId',
        nl: 'Gezinshuisouders werken met een geregistreerde gedragswetenschapper die de behandelplannen vaststelt. Voeg eerst die gedragswetenschapper toe.',
        en: 'Gezinshuis parents work with a registered behavioural scientist who sets the treatment plans. Add that behavioural scientist first.',
      })
}

/** R5 — the expert on a gezinshuis or treatment case is a registered behavioural scientist. */
export const isRegisteredExpert = ({ professional, on }: MemberInput): Verdict => {
  if (!isBehaviouralScientist(professional)) {
    return reject({
      code: 'NotABehaviouralScientist',
      rule: 'R5',
      path: 'professionalId',
      nl: 'Alleen een orthopedagoog of (gz-)psycholoog kan als gedragswetenschapper aan de casus.',
      en: 'Only an orthopedagogue or (health-care) psychologist can join as behavioural scientist.',
    })
  }
  const status = registrationStatus(professional, on)
  if (status === 'valid') return undefined
  return reject({
    code: isLapsed(status) ? 'RegistrationLapsed' : 'RegistrationRequired',
    rule: isLapsed(status) ? 'R7' : 'R5',
    path: 'professionalId',
    nl: 'De gedragswetenschapper die behandelplannen vaststelt moet geregistreerd zijn (SKJ of BIG). Kies een geregistreerde collega.',
    en: 'The behavioural scientist who sets treatment plans must be registered (SKJ or BIG). Choose a registered colleague.',
  })
}

/**
 * R1/R3/R4/R7 for a co-worker: working alongside a registered regisseur is the norm's "samen
 * optrekken" (Samen werken aan professionalisering); without one, an unregistered co-worker needs a reasoned
 * exemption.
 */
export const mayCoWork = (input: MemberInput): Verdict => {
  const { team, professional, theCase, on } = input
  const unregisteredUnderRegisseur =
    registrationStatus(professional, on) === 'none' && hasRegisteredRegisseur(team, theCase, on)
  return unregisteredUnderRegisseur ? undefined : mayDoRegisteredWork(input)
}

/** R7 for any role: a lapsed registration works on a case that needs one only in close cooperation. */
export const lapsedWorksInCloseCooperation = (input: MemberInput): Verdict =>
  isLapsed(registrationStatus(input.professional, input.on)) ? mayDoRegisteredWork(input) : undefined

/**
 * R5 — the gezinshuisouders keep their registered expert: the last registered behavioural scientist
 * on a gezinshuis case with unregistered gezinshuisouders cannot leave it before another joins.
 */
export const gezinshuisKeepsExpert = (
  team: FoundedTeam,
  theCase: Case,
  professionalId: string,
  on: DateOnly,
): Verdict => {
  if (theCase.members.get(professionalId)?.role !== 'behavioural-scientist') return undefined
  const parentsNeedExpert = [...theCase.members].some(([id, member]) => {
    const parent = team.professionals.get(id)
    return member.role === 'gezinshuisouder' && parent !== undefined && !isRegistered(parent, on)
  })
  return parentsNeedExpert && !hasRegisteredExpert(team, theCase, on, professionalId)
    ? reject({
        code: 'GezinshuisNeedsRegisteredExpert',
        rule: 'R5',
        path: 'professionalId',
        nl: `Dit is de enige geregistreerde gedragswetenschapper bij gezinshuis-casus ${theCase.reference}. Voeg eerst een andere toe.`,
        en: `This is the only registered behavioural scientist on gezinshuis case ${theCase.reference}. Add another one first.`,
      })
    : undefined
}
