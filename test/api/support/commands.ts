/** Command bodies for API scenarios: a small team story, as a browser or script would send it. */
import type { ApiClient, ApiResponse } from './api-server.ts'

export const foundTeam = (teamId: string) => ({ type: 'FoundTeam', teamId, name: `Jeugdteam ${teamId}` })

export const addProfessional = (
  teamId: string,
  professionalId: string,
  overrides: Record<string, unknown> = {},
) => ({
  type: 'AddProfessional',
  teamId,
  professionalId,
  name: `Collega ${professionalId}`,
  discipline: 'pedagoog',
  educationLevel: 'hbo',
  employment: 'employee',
  contractHours: 32,
  joinedOn: '2026-01-05',
  starter: false,
  ...overrides,
})

export const recordRegistration = (teamId: string, professionalId: string) => ({
  type: 'RecordRegistration',
  teamId,
  professionalId,
  register: 'SKJ',
  number: `SKJ-${professionalId}`.slice(0, 20),
  validFrom: '2024-01-01',
  validUntil: '2028-12-31',
})

export const registerCase = (teamId: string, caseId: string) => ({
  type: 'RegisterCase',
  teamId,
  caseId,
  reference: `2026-${caseId}`.slice(0, 32),
  receivedOn: '2026-02-20',
  setting: 'ambulant',
  expertiseNeeded: [],
})

export const assessCase = (teamId: string, caseId: string, unsafe = true) => ({
  type: 'AssessCase',
  teamId,
  caseId,
  indicators: { unsafe, heavyResponsibility: false, complexProblems: false, highImpact: false },
  intensity: 'moderate',
  reasoning: 'Zorgen over veiligheid thuis; melding van school.',
})

export const assignRegie = (teamId: string, caseId: string, professionalId: string) => ({
  type: 'AssignRegie',
  teamId,
  caseId,
  professionalId,
})

/**
 * Records the set-up `bodies` one after another as `client`, and fails the set-up at the first one
 * the server does not record: a test must not run on a team story that silently went differently.
 */
export const record = async (client: ApiClient, ...bodies: readonly unknown[]): Promise<ApiResponse> => {
  let last: ApiResponse | undefined
  for (const body of bodies) {
    last = await client.command(body)
    if (last.status !== 201)
      throw new Error(`set-up command answered ${last.status}: ${JSON.stringify(last.body)}`)
  }
  if (!last) throw new Error('record needs at least one command')
  return last
}
