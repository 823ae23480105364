import { Result } from 'effect'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide } from '../decider/decide.ts'
import { evolve } from '../decider/evolve.ts'
import { initialState, type TeamDecisionState } from '../decider/state.ts'
import type { TeamEvent } from '../events/index.ts'
import { foldEvents } from '../projections/projection.ts'
import { teamProjection } from '../projections/team/team-projection.ts'
import {
  colleague,
  gedragswetenschapper,
  generatedMeeting,
  meetingDay,
  team,
  thuisbegeleider,
  waitingCase,
} from './fixtures.ts'
import { casesWaitingFrom, planningTeamFrom } from './from-projection.ts'
import { proposalCommands } from './proposal-commands.ts'
import { greedyMeeting, type MeetingInput, proposeMeeting } from './propose-meeting.ts'

const teamId = 'wt-zuid'

/** The log a generated meeting stands for: the team, its colleagues and the cases waiting. */
const eventsOf = (input: MeetingInput): TeamEvent[] => [
  { _tag: 'TeamFounded', teamId, name: 'Wijkteam Zuid', foundedOn: '2025-01-06', settings: input.settings },
  ...input.professionals.flatMap((p): TeamEvent[] => [
    {
      _tag: 'ProfessionalJoined',
      teamId,
      professionalId: p.id,
      name: p.name,
      discipline: p.discipline,
      educationLevel: p.educationLevel,
      employment: p.employment,
      contractHours: 32,
      joinedOn: p.starter ? '2026-03-02' : '2025-01-06',
      starter: p.starter,
    },
    ...p.registrations.map(
      (r): TeamEvent => ({
        _tag: 'RegistrationRecorded',
        teamId,
        professionalId: p.id,
        register: r.register,
        number: `SKJ-${p.id}`,
        validFrom: r.validFrom,
        validUntil: r.validUntil,
      }),
    ),
    ...(p.expertise.length > 0
      ? [{ _tag: 'ExpertiseRecorded', teamId, professionalId: p.id, expertise: p.expertise } as const]
      : []),
    ...p.absences.map(
      (a, i): TeamEvent => ({
        _tag: 'AbsenceRecorded',
        teamId,
        professionalId: p.id,
        absenceId: `${p.id}-a${i}`,
        kind: 'leave',
        from: a.from,
        until: a.until,
      }),
    ),
  ]),
  ...input.cases.flatMap((c): TeamEvent[] => [
    {
      _tag: 'CaseRegistered',
      teamId,
      caseId: c.id,
      reference: c.reference,
      receivedOn: '2026-09-01',
      setting: c.setting,
      expertiseNeeded: c.expertiseNeeded,
    },
    ...(c.assessment
      ? [
          {
            _tag: 'CaseAssessed',
            teamId,
            caseId: c.id,
            ...c.assessment,
            reasoning: 'Gewogen in het overleg.',
          } as const,
        ]
      : []),
  ]),
]

const context = { actor: 'coach-1', role: 'coach', occurredAt: `${meetingDay}T10:00:00Z` } as const

/** Sends every item's commands through the real decider; the rejections it gives, if any. */
const refusals = (state: TeamDecisionState, input: MeetingInput): string[] => {
  const proposal = proposeMeeting(input)
  const refused: string[] = []
  let current = state
  for (const item of proposal.items) {
    for (const command of proposalCommands(teamId, item, input.settings)) {
      const result = decide(command, current, context)
      if (Result.isFailure(result)) refused.push(`${item.reference}: ${result.failure.message}`)
      else current = result.success.reduce(evolve, current)
    }
  }
  return refused
}

const meeting = (seed: number, professionals = 12, cases = 20, gezinshuisShare = 0) =>
  generatedMeeting(seed, { professionals, cases, gezinshuisShare })

describe('proposing the whole meeting', () => {
  it('spreads four heavy cases over the two with most room', () => {
    const heavy = ['a', 'b', 'c', 'd'].map((id) =>
      waitingCase(id, { intensity: 'heavy', indicators: { unsafe: true } }),
    )
    const professionals = [
      colleague('anna', { load: 30 }),
      colleague('bram', { load: 10 }),
      colleague('cor', { load: 12 }),
    ]
    const proposal = proposeMeeting({ ...team(professionals), cases: heavy })
    const taken = proposal.items.map((item) => item.regisseur.professionalId).sort()
    expect(taken).toEqual(['bram', 'bram', 'cor', 'cor'])
  })

  it('proves its proposal optimal on a small meeting', () => {
    const proposal = proposeMeeting(meeting(3, 5, 6))
    expect(proposal.optimal).toBe(true)
    expect(proposal.lowerBound).toBeCloseTo(proposal.maxRatio, 9)
  })

  it('leaves a case it cannot place on the list, with the rule that rules each colleague out', () => {
    const unsafe = waitingCase('e', { indicators: { unsafe: true } })
    const proposal = proposeMeeting({ ...team([thuisbegeleider('bo')]), cases: [unsafe] })
    expect(proposal.items).toEqual([])
    expect(proposal.unplaced[0]?.excluded[0]).toMatchObject({
      professionalId: 'bo',
      code: 'RegistrationRequired',
    })
  })

  it('gives regie alone only to a colleague with the expertise asked for, when someone has it', () => {
    const lvb = waitingCase('f', { expertiseNeeded: ['lvb'] })
    const professionals = [
      colleague('anna', { load: 0 }),
      colleague('dewi', { load: 30, expertise: ['lvb'] }),
    ]
    expect(proposeMeeting({ ...team(professionals), cases: [lvb] }).items[0]?.regisseur.professionalId).toBe(
      'dewi',
    )
  })

  it('shows each colleague’s ratio after the whole proposal in the reasons', () => {
    const two = [waitingCase('g'), waitingCase('h')]
    const proposal = proposeMeeting({ ...team([colleague('anna', { load: 20 })]), cases: two })
    expect(proposal.items[0]?.reasons[0]?.nl).toBe('heeft ruimte: 50% → 60%')
  })

  it('turns an accepted tandem into regie first, then the practitioner with the agreed contact interval', () => {
    const parenting = waitingCase('i', {
      indicators: { complexProblems: true },
      expertiseNeeded: ['opvoedondersteuning'],
    })
    const professionals = [colleague('anna', { load: 36 }), thuisbegeleider('bo', { load: 0 })]
    const input = { ...team(professionals), cases: [parenting] }
    const item = proposeMeeting(input).items[0]!
    expect(proposalCommands(teamId, item, input.settings).map((c) => c._tag)).toEqual([
      'AssignRegie',
      'AddCaseMember',
    ])
  })

  it('gives a gezinshuis case a registered behavioural scientist with its regie, recorded after the regie', () => {
    const gezinshuis = waitingCase('j', { setting: 'gezinshuis', indicators: { complexProblems: true } })
    const professionals = [colleague('anna', { load: 10 }), gedragswetenschapper('olga', { load: 10 })]
    const input = { ...team(professionals), cases: [gezinshuis] }
    const item = proposeMeeting(input).items[0]!
    expect([item.regisseur.professionalId, item.expert?.professionalId]).toEqual(['anna', 'olga'])
    expect(item.reasons.map((reason) => reason.code)).toContain('sets-treatment-plans')
    expect(proposalCommands(teamId, item, input.settings)).toEqual([
      { _tag: 'AssignRegie', teamId, caseId: 'j', professionalId: 'anna' },
      { _tag: 'AddCaseMember', teamId, caseId: 'j', professionalId: 'olga', role: 'behavioural-scientist' },
    ])
    expect(refusals(eventsOf(input).reduce(evolve, initialState()), input)).toEqual([])
  })

  it('still proposes regie for a gezinshuis case when no behavioural scientist is free, and says so', () => {
    const gezinshuis = waitingCase('k', { setting: 'gezinshuis' })
    const item = proposeMeeting({ ...team([colleague('anna')]), cases: [gezinshuis] }).items[0]!
    expect(item.expert).toBeUndefined()
    expect(item.reasons.map((reason) => reason.code)).toContain('no-expert-available')
  })

  it('every proposal with gezinshuis cases on a generated team is accepted by the decider', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const input = meeting(seed, 12, 20, 0.3)
        const state = eventsOf(input).reduce(evolve, initialState())
        expect(refusals(state, input)).toEqual([])
        const gezinshuis = new Set(input.cases.filter((c) => c.setting === 'gezinshuis').map((c) => c.id))
        for (const item of proposeMeeting(input).items)
          expect(item.expert !== undefined).toBe(
            gezinshuis.has(item.caseId) && !item.reasons.some((r) => r.code === 'no-expert-available'),
          )
      }),
      { numRuns: 25, seed: 64 },
    )
  })

  it('every proposal on a generated team is accepted by the decider as it stands', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const input = meeting(seed)
        const state = eventsOf(input).reduce(evolve, initialState())
        expect(refusals(state, input)).toEqual([])
      }),
      { numRuns: 40, seed: 61 },
    )
  })

  it('plans from the team projection the meeting screen reads, and the decider accepts the result', () => {
    const generated = meeting(7)
    const events = eventsOf(generated)
    const projected = foldEvents(
      teamProjection,
      events.map((event, i) => ({
        event,
        position: i + 1,
        recordedAt: `${meetingDay}T09:00:00Z`,
        metadata: { occurredAt: `${meetingDay}T09:00:00Z`, actor: 'coach-1', role: 'coach' },
      })),
    )
    const input = {
      ...planningTeamFrom(projected, meetingDay),
      cases: casesWaitingFrom(projected, meetingDay),
    }
    expect(input.cases).toHaveLength(generated.cases.length)
    expect(refusals(events.reduce(evolve, initialState()), input)).toEqual([])
  })

  it('is never worse than greedy on the highest ratio', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const input = meeting(seed)
        expect(proposeMeeting(input).maxRatio).toBeLessThanOrEqual(greedyMeeting(input).maxRatio + 1e-9)
      }),
      { numRuns: 40, seed: 62 },
    )
  })

  it('lowers the highest ratio below greedy’s on generated teams where greedy packs badly', () => {
    const gains = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((seed) => {
      const input = meeting(seed, 15, 30)
      return greedyMeeting(input).maxRatio - proposeMeeting(input).maxRatio
    })
    expect(gains.filter((gain) => gain > 0.005).length).toBeGreaterThanOrEqual(3)
  })

  it('never states a bound above the ratio it reached', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const proposal = proposeMeeting(meeting(seed))
        expect(proposal.lowerBound).toBeLessThanOrEqual(proposal.maxRatio + 1e-9)
      }),
      { numRuns: 40, seed: 63 },
    )
  })
})
