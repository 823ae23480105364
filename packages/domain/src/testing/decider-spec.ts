import { Result } from 'effect'
import { expect } from 'vitest'
import type { TeamCommand } from '../commands/index.ts'
import type { DecisionContext } from '../decider/context.ts'
import { decide } from '../decider/decide.ts'
import { evolve } from '../decider/evolve.ts'
import { initialState, type TeamDecisionState } from '../decider/state.ts'
import type { DomainRejection, RejectionCode } from '../errors/domain-rejection.ts'
import type { TeamEvent } from '../events/index.ts'

/** The context of most tests: professional p1 deciding on 2026-09-01 outside a meeting. */
const defaultContext: DecisionContext = {
  actor: 'user-1',
  role: 'professional',
  professionalId: 'p1',
  occurredAt: '2026-09-01T09:00:00Z',
}

export const fold = (
  events: readonly TeamEvent[],
  from: TeamDecisionState = initialState(),
): TeamDecisionState => events.reduce(evolve, from)

/**
 * Given/when/then for the team decider, after Emmett's DeciderSpecification:
 * `given(history).when(command, context?).then(events)` or `.thenRejects(code, path?)`. Every
 * outcome is also folded through `evolve`, so a test fails if `evolve` cannot take what `decide` said.
 */
export const given = (history: readonly TeamEvent[]) => ({
  when: (command: TeamCommand, context: Partial<DecisionContext> = {}) => {
    const state = fold(history)
    const result = decide(command, state, { ...defaultContext, ...context })
    const events = (): readonly TeamEvent[] => {
      if (Result.isFailure(result)) {
        throw new Error(`Expected events, got rejection ${result.failure.message}`)
      }
      fold(result.success, state)
      return result.success
    }
    const rejection = (): DomainRejection => {
      if (Result.isSuccess(result)) {
        throw new Error(
          `Expected a rejection, got ${result.success.map((e) => e._tag).join(', ') || 'no events'}`,
        )
      }
      return result.failure
    }
    return {
      // biome-ignore lint/suspicious/noThenProperty: given/when/then is the spec's vocabulary (Emmett); never awaited
      then: (expected: readonly TeamEvent[]): void => {
        expect(events()).toEqual(expected)
      },
      /** For decisions whose exact events another test pins down: only the event types. */
      thenEmits: (...types: ReadonlyArray<TeamEvent['_tag']>): void => {
        expect(events().map((event) => event._tag)).toEqual(types)
      },
      /** For decisions whose events other tests pin down: that it is recorded, and what it records. */
      thenAccepts: (): readonly TeamEvent[] => events(),
      thenRejects: (code: RejectionCode, path?: string): DomainRejection => {
        const failure = rejection()
        expect(failure.code).toBe(code)
        if (path !== undefined) expect(failure.path).toBe(path)
        expect(failure.messages.nl.length).toBeGreaterThan(0)
        expect(failure.messages.en.length).toBeGreaterThan(0)
        return failure
      },
    }
  },
})
