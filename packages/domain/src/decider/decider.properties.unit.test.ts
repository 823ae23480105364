import { Result } from 'effect'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RejectionCode } from '../errors/domain-rejection.ts'
import { decodeEvent, encodeEvent } from '../events/codec.ts'
import type { TeamEvent } from '../events/index.ts'
import { hasRegisteredColleagueOnCase } from '../rules/registered-work.ts'
import { caseNeedsRegistration, isLapsed, isRegistered, registrationStatus } from '../rules/registration.ts'
import { teamId } from '../testing/fixtures.ts'
import { contextOf, dayAfterStart, plausibleCommand, type Step, step } from '../testing/plausible-command.ts'
import { decide } from './decide.ts'
import { evolve } from './evolve.ts'
import { type FoundedTeam, initialState, type TeamDecisionState } from './state.ts'

const knownCodes = new Set<string>(RejectionCode.literals)

/**
 * The norm as it must hold at the moment of each decision, checked from the events alone: a fact
 * that arrives later (a registration expiring, a new assessment) may put a case out of line, and
 * that is what the read side's norm audit reports.
 */
const assertEventKeepsTheNorm = (before: FoundedTeam, event: TeamEvent, day: string): void => {
  if (event._tag === 'RegieAssigned') {
    const theCase = before.cases.get(event.caseId)!
    const professional = before.professionals.get(event.professionalId)!
    expect(theCase.regie, 'one regisseur per case').toBeUndefined()
    expect(professional.employment).not.toBe('intern')
    const status = registrationStatus(professional, day)
    if (caseNeedsRegistration(theCase) && status !== 'valid') {
      expect(event.exemption, 'unregistered regisseur without exemption').toBeDefined()
      expect(event.exemption!.reasoning.trim().length).toBeGreaterThanOrEqual(10)
      if (isLapsed(status)) {
        expect(event.exemption!.ground).toBe('close-cooperation-with-registered')
        expect(hasRegisteredColleagueOnCase(before, theCase, professional.professionalId, day)).toBe(true)
      }
    }
  }
  if (event._tag === 'CaseMemberAdded') {
    const theCase = before.cases.get(event.caseId)!
    const professional = before.professionals.get(event.professionalId)!
    if (professional.employment === 'intern' || event.role === 'intern') {
      expect(event.role).toBe('intern')
      const supervisor = before.professionals.get(event.supervisorId ?? '')
      expect(supervisor && supervisor.leftOn === undefined && isRegistered(supervisor, day)).toBe(true)
    }
    const regisseur = theCase.regie && before.professionals.get(theCase.regie.professionalId)
    if (
      event.role === 'tandem-practitioner' &&
      caseNeedsRegistration(theCase) &&
      registrationStatus(professional, day) === 'none'
    ) {
      expect(regisseur && isRegistered(regisseur, day), 'tandem without registered regisseur').toBe(true)
    }
    if (event.role === 'gezinshuisouder' && !isRegistered(professional, day)) {
      const scientists = ['orthopedagoog', 'psycholoog', 'gz-psycholoog']
      const expertRegisseur =
        !!regisseur && scientists.includes(regisseur.discipline) && isRegistered(regisseur, day)
      const expert =
        expertRegisseur ||
        [...theCase.members].some(
          ([id, m]) => m.role === 'behavioural-scientist' && isRegistered(before.professionals.get(id)!, day),
        )
      expect(expert, 'gezinshuisouder without registered expert').toBe(true)
    }
    if (event.role === 'behavioural-scientist') expect(isRegistered(professional, day)).toBe(true)
  }
}

interface Outcome {
  readonly accepted: number
  readonly codes: ReadonlySet<string>
  readonly tags: ReadonlySet<string>
}

const run = (steps: readonly Step[]): Outcome => {
  const founded = decide({ _tag: 'FoundTeam', teamId, name: 'Team' }, initialState(), {
    actor: 'admin',
    role: 'admin',
    occurredAt: '2026-01-05T08:00:00Z',
  })
  let state: TeamDecisionState = Result.getOrThrow(founded).reduce(evolve, initialState())
  const regisseurs = new Map<string, Set<string>>()
  const codes = new Set<string>()
  const tags = new Set<string>()
  let accepted = 0
  let offset = 0
  for (const s of steps) {
    offset += s.days
    const day = dayAfterStart(offset)
    const command = plausibleCommand(s, state, offset)
    const context = contextOf(s, day)
    const result = decide(command, state, context)
    expect(decide(command, state, context), 'decide is deterministic').toEqual(result)
    if (Result.isFailure(result)) {
      expect(knownCodes.has(result.failure.code)).toBe(true)
      expect(result.failure.messages.nl && result.failure.messages.en).toBeTruthy()
      codes.add(result.failure.code)
      continue
    }
    accepted++
    for (const event of result.success) {
      tags.add(event._tag)
      expect(Result.getOrThrow(decodeEvent(encodeEvent(event))), 'events fit the catalogue').toEqual(event)
      assertEventKeepsTheNorm(state as FoundedTeam, event, day)
      state = evolve(state, event)
      if (event._tag === 'RegieAssigned')
        regisseurs.set(event.caseId, (regisseurs.get(event.caseId) ?? new Set()).add(event.professionalId))
      if (event._tag === 'RegieReleased') regisseurs.get(event.caseId)?.delete(event.professionalId)
      if (event._tag === 'CaseClosed') regisseurs.delete(event.caseId)
    }
    for (const holders of regisseurs.values())
      expect(holders.size, 'at most one regisseur per active case').toBeLessThanOrEqual(1)
  }
  return { accepted, codes, tags }
}

describe('decide over random command sequences', () => {
  it('never breaks the norm, never emits an event the catalogue rejects, and rejects with known codes', () => {
    const seen = { accepted: 0, codes: new Set<string>(), tags: new Set<string>() }
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 200 }), (steps) => {
        const outcome = run(steps)
        seen.accepted += outcome.accepted
        for (const code of outcome.codes) seen.codes.add(code)
        for (const tag of outcome.tags) seen.tags.add(tag)
      }),
      { numRuns: 150, seed: 20261120 },
    )
    // the generator must reach the interesting branches, or the property says little
    for (const code of [
      'RegistrationRequired',
      'RegistrationLapsed',
      'CaseAlreadyHasRegisseur',
      'TandemNeedsRegisteredRegisseur',
      'InternNeedsSupervisor',
      'DuplicateId',
      'NotAllowedForRole',
    ]) {
      expect(seen.codes, code).toContain(code)
    }
    for (const tag of [
      'RegieAssigned',
      'CaseMemberAdded',
      'RegieReleased',
      'ProfessionalLeftTeam',
      'ReflectionSessionHeld',
    ]) {
      expect(seen.tags, tag).toContain(tag)
    }
  })

  it('keeps state untouched by a rejected command (rejections append nothing)', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        let state: TeamDecisionState = initialState()
        const log: TeamEvent[] = []
        for (const s of steps) {
          const day = dayAfterStart(0)
          const result = decide(plausibleCommand(s, state, 0), state, contextOf(s, day))
          if (Result.isSuccess(result)) {
            log.push(...result.success)
            state = result.success.reduce(evolve, state)
          }
          // a fresh fold of the accepted events, not `state` itself, which could never differ from itself
          else expect(state).toEqual(log.reduce(evolve, initialState()))
        }
      }),
      { numRuns: 50, seed: 7 },
    )
  })
})
