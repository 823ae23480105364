import { Result } from 'effect'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TeamEvent } from '../events/index.ts'
import { teamId } from '../testing/fixtures.ts'
import { contextOf, dayAfterStart, plausibleCommand, step } from '../testing/plausible-command.ts'
import { decide } from './decide.ts'
import { evolve, evolveOwned } from './evolve.ts'
import { initialState, type TeamDecisionState } from './state.ts'

const founded = Result.getOrThrow(
  decide({ _tag: 'FoundTeam', teamId, name: 'Team' }, initialState(), {
    actor: 'admin',
    role: 'admin',
    occurredAt: '2026-01-05T08:00:00Z',
  }),
)

describe('evolveOwned', () => {
  it('reaches the same state as evolve, and evolve leaves every earlier state as it was', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 120 }), (steps) => {
        let pure: TeamDecisionState = founded.reduce(evolve, initialState())
        let owned: TeamDecisionState = founded.reduce(evolveOwned, initialState())
        const events: TeamEvent[] = [...founded]
        const earlier: { readonly state: TeamDecisionState; readonly events: number }[] = []
        let offset = 0
        for (const s of steps) {
          offset += s.days
          const result = decide(plausibleCommand(s, pure, offset), pure, contextOf(s, dayAfterStart(offset)))
          if (Result.isFailure(result)) continue
          earlier.push({ state: pure, events: events.length })
          events.push(...result.success)
          pure = result.success.reduce(evolve, pure)
          owned = result.success.reduce(evolveOwned, owned)
        }
        expect(owned).toEqual(pure)
        for (const { state, events: count } of earlier)
          expect(state, 'evolve is pure').toEqual(events.slice(0, count).reduce(evolve, initialState()))
      }),
      { numRuns: 60, seed: 20261123 },
    )
  })
})
