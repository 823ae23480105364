import type { TeamCommandType } from '../commands/index.ts'
import type { ActorRole } from '../decider/context.ts'

/**
 * Who may give a command, per role: `'any'` for every command of that type, `'self'` only when the
 * command is about the actor's own professional id (their own absence, their own signal), `'none'`
 * never. This module has no runtime imports, so the web can import it (`@tandem/domain/authority`)
 * to show only what a person may do, without pulling in `effect`.
 */
export type Grant = 'any' | 'self' | 'none'

/**
 * The one authority table (docs/architecture.md#who-may-do-what): `decide` refuses what it does not
 * grant, the server authorises from it before deciding, and the screens hide or explain what it
 * does not grant. The auditor column is `'none'` in every row: an auditor replays the log and never
 * decides, so reading cannot change what is read. Admins work for the organisation (teams, people,
 * registrations) and read no case data, so they give no case or meeting command.
 */
export const AUTHORITY: { readonly [T in TeamCommandType]: Readonly<Record<ActorRole, Grant>> } = {
  // Founding a team is an act of the organisation, which then appoints its coach and members.
  FoundTeam: { professional: 'none', coach: 'none', admin: 'any', auditor: 'none' },
  // R9 — Professionele ruimte en autonomie in praktijk brengen: reflection time is agreed "in
  // overleg met de professionals … per team"; the coach (or the organisation's admin) records what
  // the team agreed.
  ChangeTeamSettings: { professional: 'none', coach: 'any', admin: 'any', auditor: 'none' },
  // In a self-steering team the chair of the weekly meeting rotates among its members.
  OpenMeeting: { professional: 'any', coach: 'any', admin: 'none', auditor: 'none' },
  CloseMeeting: { professional: 'any', coach: 'any', admin: 'none', auditor: 'none' },
  // Membership, contracts and registrations are personnel work: a professional who could record
  // their own registration could qualify themselves for registered work (R1, R7).
  AddProfessional: { professional: 'none', coach: 'any', admin: 'any', auditor: 'none' },
  ChangeContract: { professional: 'none', coach: 'any', admin: 'any', auditor: 'none' },
  RemoveProfessional: { professional: 'none', coach: 'any', admin: 'any', auditor: 'none' },
  RecordRegistration: { professional: 'none', coach: 'any', admin: 'any', auditor: 'none' },
  RenewRegistration: { professional: 'none', coach: 'any', admin: 'any', auditor: 'none' },
  EndRegistration: { professional: 'none', coach: 'any', admin: 'any', auditor: 'none' },
  // Professionals keep their own expertise and absence up to date, never a colleague's.
  RecordExpertise: { professional: 'self', coach: 'any', admin: 'any', auditor: 'none' },
  RecordAbsence: { professional: 'self', coach: 'any', admin: 'any', auditor: 'none' },
  // The team divides its own work (R8, R10): cases and reflection are the team's and its coach's.
  RegisterCase: { professional: 'any', coach: 'any', admin: 'none', auditor: 'none' },
  AssessCase: { professional: 'any', coach: 'any', admin: 'none', auditor: 'none' },
  AssignRegie: { professional: 'any', coach: 'any', admin: 'none', auditor: 'none' },
  ReleaseRegie: { professional: 'any', coach: 'any', admin: 'none', auditor: 'none' },
  AddCaseMember: { professional: 'any', coach: 'any', admin: 'none', auditor: 'none' },
  RemoveCaseMember: { professional: 'any', coach: 'any', admin: 'none', auditor: 'none' },
  RecordTandemContact: { professional: 'any', coach: 'any', admin: 'none', auditor: 'none' },
  EstablishPlan: { professional: 'any', coach: 'any', admin: 'none', auditor: 'none' },
  CloseCase: { professional: 'any', coach: 'any', admin: 'none', auditor: 'none' },
  PlanReflectionSession: { professional: 'any', coach: 'any', admin: 'none', auditor: 'none' },
  HoldReflectionSession: { professional: 'any', coach: 'any', admin: 'none', auditor: 'none' },
  CancelReflectionSession: { professional: 'any', coach: 'any', admin: 'none', auditor: 'none' },
  // R11 — Model Professioneel Statuut: the professional "problemen tijdig signaleert"; a signal is
  // the professional's own, so one in a colleague's name must be impossible.
  RaiseWorkloadSignal: { professional: 'self', coach: 'none', admin: 'none', auditor: 'none' },
  // R11 — Model Professioneel Statuut: "de organisatie en de professional" take up the conversation
  // together; the organisation answers through the team's coach (admins read no team data).
  AnswerWorkloadSignal: { professional: 'none', coach: 'any', admin: 'none', auditor: 'none' },
}

/** May `role` give a command of `commandType`; `aboutSelf`: it is about the actor's own professional id. */
export const mayGive = (role: ActorRole, commandType: TeamCommandType, aboutSelf: boolean): boolean => {
  const grant = AUTHORITY[commandType][role]
  return grant === 'any' || (grant === 'self' && aboutSelf)
}

interface Wording {
  readonly nl: string
  readonly en: string
}

/** How a refusal names each role that holds a grant, in the table's column order. */
const holders: ReadonlyArray<readonly [ActorRole, Grant, Wording]> = [
  ['professional', 'any', { nl: 'een professional van het team', en: 'a professional of the team' }],
  ['professional', 'self', { nl: 'de professional zelf', en: 'the professional concerned' }],
  ['coach', 'any', { nl: 'de teamcoach', en: 'the team coach' }],
  ['admin', 'any', { nl: 'een beheerder', en: 'an administrator' }],
]

const joined = (names: readonly string[], or: string): string =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${or} ${names.at(-1)}`

/**
 * Who may give a command, as a refusal says it, read from the table so that the message can never
 * disagree with the rule: "Alleen de teamcoach of een beheerder kan dit vastleggen." / "Only the
 * team coach or an administrator can record this."
 */
export const whoMay = (commandType: TeamCommandType): Wording => {
  const row = AUTHORITY[commandType]
  const named = holders.filter(([role, grant]) => row[role] === grant).map(([, , wording]) => wording)
  if (named.length === 0) return { nl: 'Niemand kan dit vastleggen.', en: 'No one can record this.' }
  const nl = joined(
    named.map((w) => w.nl),
    'of',
  )
  const en = joined(
    named.map((w) => w.en),
    'or',
  )
  return { nl: `Alleen ${nl} kan dit vastleggen.`, en: `Only ${en} can record this.` }
}
