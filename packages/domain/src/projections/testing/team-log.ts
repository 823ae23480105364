import type { TeamEvent } from '../../events/index.ts'
import type { DateOnly } from '../../shared/primitives.ts'
import { defaultTeamSettings, type TeamSettings } from '../../shared/team-settings.ts'
import type { CaseRole, Exemption, Indicators, Intensity, ReflectionKind } from '../../shared/vocabulary.ts'
import type { ProjectedEvent } from '../projection.ts'

const teamId = 'wt-noord'
const none: Indicators = {
  unsafe: false,
  heavyResponsibility: false,
  complexProblems: false,
  highImpact: false,
}

/**
 * Builds a team's log for projection tests, so a test reads as the team's story: "on 5 January Anna
 * joined, on 6 January case 2026-031 arrived …". Every event occurs on the day last set with `on`.
 * Test support only; the real log comes from the deciders.
 */
export class TeamLog {
  readonly events: ProjectedEvent[] = []
  #day: DateOnly
  #meetingId: string | undefined

  constructor(foundedOn: DateOnly, settings: TeamSettings = defaultTeamSettings) {
    this.#day = foundedOn
    this.add({ _tag: 'TeamFounded', teamId, name: 'Wijkteam Noord', foundedOn, settings })
  }

  on(day: DateOnly): this {
    this.#day = day
    return this
  }

  /** Appends any event at the current day, with the current meeting (if one is open). */
  add(event: TeamEvent): this {
    const position = this.events.length + 1
    const occurredAt = `${this.#day}T09:00:00Z`
    this.events.push({
      event,
      position,
      recordedAt: occurredAt,
      metadata: {
        occurredAt,
        actor: 'coach-1',
        role: 'coach',
        ...(this.#meetingId !== undefined ? { meetingId: this.#meetingId } : {}),
      },
    })
    return this
  }

  settings(settings: TeamSettings): this {
    return this.add({ _tag: 'TeamSettingsChanged', teamId, settings, reason: 'Teamafspraak herzien' })
  }

  join(professionalId: string, options: { hours?: number; starter?: boolean; name?: string } = {}): this {
    return this.add({
      _tag: 'ProfessionalJoined',
      teamId,
      professionalId,
      name: options.name ?? professionalId,
      discipline: 'jeugdzorgwerker',
      educationLevel: 'hbo',
      employment: 'employee',
      contractHours: options.hours ?? 36,
      joinedOn: this.#day,
      starter: options.starter ?? false,
    })
  }

  registration(professionalId: string, validFrom: DateOnly, validUntil: DateOnly): this {
    return this.add({
      _tag: 'RegistrationRecorded',
      teamId,
      professionalId,
      register: 'SKJ',
      number: `SKJ-${professionalId}`,
      validFrom,
      validUntil,
    })
  }

  renew(professionalId: string, validUntil: DateOnly): this {
    return this.add({ _tag: 'RegistrationRenewed', teamId, professionalId, register: 'SKJ', validUntil })
  }

  absent(professionalId: string, from: DateOnly, until: DateOnly): this {
    const absenceId = `abs-${this.events.length + 1}`
    return this.add({
      _tag: 'AbsenceRecorded',
      teamId,
      professionalId,
      absenceId,
      kind: 'leave',
      from,
      until,
    })
  }

  leave(professionalId: string): this {
    return this.add({ _tag: 'ProfessionalLeftTeam', teamId, professionalId, leftOn: this.#day })
  }

  receive(caseId: string, reference = caseId): this {
    return this.add({
      _tag: 'CaseRegistered',
      teamId,
      caseId,
      reference,
      receivedOn: this.#day,
      setting: 'ambulant',
      expertiseNeeded: [],
    })
  }

  assess(caseId: string, intensity: Intensity, indicators: Partial<Indicators> = {}): this {
    return this.add({
      _tag: 'CaseAssessed',
      teamId,
      caseId,
      indicators: { ...none, ...indicators },
      intensity,
      reasoning: `Gewogen in het verdeeloverleg: ${intensity}`,
    })
  }

  regie(caseId: string, professionalId: string, exemption?: Exemption): this {
    return this.add({
      _tag: 'RegieAssigned',
      teamId,
      caseId,
      professionalId,
      ...(exemption ? { exemption } : {}),
    })
  }

  release(caseId: string, professionalId: string, reason = 'Overgedragen'): this {
    return this.add({ _tag: 'RegieReleased', teamId, caseId, professionalId, reason })
  }

  member(
    caseId: string,
    professionalId: string,
    role: CaseRole,
    extra: { supervisorId?: string } = {},
  ): this {
    return this.add({ _tag: 'CaseMemberAdded', teamId, caseId, professionalId, role, ...extra })
  }

  contact(caseId: string, regisseurId: string, practitionerId: string): this {
    return this.add({
      _tag: 'TandemContactRecorded',
      teamId,
      caseId,
      regisseurId,
      practitionerId,
      on: this.#day,
    })
  }

  close(caseId: string): this {
    return this.add({ _tag: 'CaseClosed', teamId, caseId, closedOn: this.#day, reason: 'Doelen bereikt' })
  }

  plan(sessionId: string, on: DateOnly, participants: string[], kind: ReflectionKind = 'intervisie'): this {
    return this.add({ _tag: 'ReflectionSessionPlanned', teamId, sessionId, kind, on, hours: 2, participants })
  }

  hold(sessionId: string, attendees: string[], grades: number[], becameCaseDiscussion = false): this {
    return this.add({
      _tag: 'ReflectionSessionHeld',
      teamId,
      sessionId,
      attendees,
      hours: 2,
      minutes: 'Reflectie op eigen handelen',
      becameCaseDiscussion,
      grades: attendees.flatMap((professionalId, i) =>
        grades[i] !== undefined ? [{ professionalId, grade: grades[i] }] : [],
      ),
    })
  }

  cancel(sessionId: string, reason: 'workload' | 'scheduling' = 'workload'): this {
    return this.add({ _tag: 'ReflectionSessionCancelled', teamId, sessionId, reason, explanation: 'Te druk' })
  }

  signal(signalId: string, professionalId: string): this {
    return this.add({
      _tag: 'WorkloadSignalRaised',
      teamId,
      signalId,
      professionalId,
      raisedOn: this.#day,
      description: 'Caseload te hoog om volgens de professionele standaard te werken',
    })
  }

  answer(signalId: string): this {
    return this.add({
      _tag: 'WorkloadSignalAnswered',
      teamId,
      signalId,
      answeredOn: this.#day,
      answer: 'Zaak herverdeeld',
    })
  }

  openMeeting(meetingId: string, present: string[]): this {
    this.add({ _tag: 'MeetingOpened', teamId, meetingId, heldOn: this.#day, present })
    this.#meetingId = meetingId
    return this
  }

  closeMeeting(present: string[]): this {
    const meetingId = this.#meetingId ?? 'none'
    this.#meetingId = undefined
    return this.add({ _tag: 'MeetingClosed', teamId, meetingId, present })
  }
}
