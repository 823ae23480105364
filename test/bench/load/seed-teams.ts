import { defaultTeamSettings, encodeEvent, streamIdOf, type TeamEvent } from '@tandem/domain'
import type { EventStore, NewEvent } from '../../../packages/server/src/event-store/event-store.ts'

/** The dashboard scale of docs/architecture.md#figures: 100 teams, 2,000 professionals, 40,000 cases. */
export const SCALE = { teams: 100, professionalsPerTeam: 20, casesPerTeam: 400 } as const

export const teamIdOf = (t: number) => `team-${t}`
export const professionalIdOf = (t: number, p: number) => `t${t}-p${p}`
export const caseIdOf = (t: number, c: number) => `t${t}-c${c}`

const metadata = { actor: 'bench-seed', role: 'coach', occurredAt: '2026-02-02T09:00:00.000Z' }

/** One team's history: founded, its professionals registered, its cases registered, assessed and given a regisseur. */
const teamHistory = (t: number): TeamEvent[] => {
  const teamId = teamIdOf(t)
  const events: TeamEvent[] = [
    {
      _tag: 'TeamFounded',
      teamId,
      name: `Jeugdteam ${t}`,
      foundedOn: '2026-01-05',
      settings: defaultTeamSettings,
    },
  ]
  for (let p = 0; p < SCALE.professionalsPerTeam; p++) {
    const professionalId = professionalIdOf(t, p)
    events.push(
      {
        _tag: 'ProfessionalJoined',
        teamId,
        professionalId,
        name: `Collega ${p}`,
        discipline: 'pedagoog',
        educationLevel: 'hbo',
        employment: 'employee',
        contractHours: 32,
        joinedOn: '2026-01-05',
        starter: false,
      },
      {
        _tag: 'RegistrationRecorded',
        teamId,
        professionalId,
        register: 'SKJ',
        number: `SKJ-${t}-${p}`,
        validFrom: '2024-01-01',
        validUntil: '2028-12-31',
      },
    )
  }
  for (let c = 0; c < SCALE.casesPerTeam; c++) {
    const caseId = caseIdOf(t, c)
    events.push(
      {
        _tag: 'CaseRegistered',
        teamId,
        caseId,
        reference: `2026-${t}-${c}`,
        receivedOn: '2026-01-10',
        setting: 'ambulant',
        expertiseNeeded: [],
      },
      {
        _tag: 'CaseAssessed',
        teamId,
        caseId,
        indicators: {
          unsafe: c % 3 === 0,
          heavyResponsibility: c % 5 === 0,
          complexProblems: c % 2 === 0,
          highImpact: false,
        },
        intensity: (['light', 'moderate', 'heavy', 'crisis'] as const)[c % 4]!,
        reasoning: 'Afgewogen in het verdeeloverleg.',
      },
    )
    // One in ten cases still waits for a regisseur, so unassigned regie and the agenda have work.
    if (c % 10 !== 0)
      events.push({
        _tag: 'RegieAssigned',
        teamId,
        caseId,
        professionalId: professionalIdOf(t, c % SCALE.professionalsPerTeam),
      })
  }
  return events
}

/** Appends every team's history, in appends of up to 500 events; returns the number of events. */
export const seedTeams = async (store: EventStore): Promise<number> => {
  let total = 0
  for (let t = 0; t < SCALE.teams; t++) {
    const events: NewEvent[] = teamHistory(t).map((event) => ({ ...encodeEvent(event), metadata }))
    for (let i = 0; i < events.length; i += 500)
      await store.append(streamIdOf(teamIdOf(t)), events.slice(i, i + 500), { expectedVersion: i })
    total += events.length
  }
  return total
}
