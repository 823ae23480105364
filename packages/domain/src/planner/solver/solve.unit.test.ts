import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { greedy } from './greedy.ts'
import { lowerBound } from './lower-bound.ts'
import { type Choice, evaluate, type Problem } from './problem.ts'
import { solve } from './solve.ts'

/** Small random problems: some cases have tandem options that load two people. */
const problems = (maxPeople: number, maxCases: number): fc.Arbitrary<Problem> =>
  fc.integer({ min: 1, max: maxPeople }).chain((people) =>
    fc
      .record({
        load: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: people, maxLength: people }),
        capacity: fc.array(fc.integer({ min: 10, max: 40 }), { minLength: people, maxLength: people }),
        options: fc.array(
          fc.array(
            fc.record({
              regisseur: fc.integer({ min: 0, max: people - 1 }),
              points: fc.integer({ min: 1, max: 8 }),
              practitioner: fc.option(fc.integer({ min: 0, max: people - 1 }), { nil: undefined }),
            }),
            { minLength: 1, maxLength: 4 },
          ),
          { minLength: 1, maxLength: maxCases },
        ),
      })
      .map(({ load, capacity, options }) => ({
        load,
        capacity,
        options: options.map((list) =>
          list.map(({ regisseur, points, practitioner }) => ({
            shares:
              practitioner === undefined || practitioner === regisseur
                ? [{ professional: regisseur, points }]
                : [
                    { professional: regisseur, points: points * 0.7 },
                    { professional: practitioner, points: points * 0.6 },
                  ],
          })),
        ),
      })),
  )

const weightsOf = (problem: Problem): number[] =>
  problem.options.map((options) => Math.max(...options.map((o) => o.shares[0]!.points)))

/** Every assignment, for checking the solver on problems small enough to enumerate. */
const bruteForceBest = (problem: Problem): number => {
  let best = Number.POSITIVE_INFINITY
  const choice: number[] = problem.options.map(() => 0)
  const walk = (c: number): void => {
    if (c === problem.options.length) {
      best = Math.min(best, evaluate(problem, choice as Choice).maxRatio)
      return
    }
    for (let o = 0; o < problem.options[c]!.length; o++) {
      choice[c] = o
      walk(c + 1)
    }
  }
  walk(0)
  return best
}

describe('meeting solver', () => {
  it('finds the lowest possible highest ratio on meetings small enough to check by hand', () => {
    fc.assert(
      fc.property(problems(4, 6), (problem) => {
        const solution = solve(problem, weightsOf(problem))
        expect(solution.optimal).toBe(true)
        expect(solution.maxRatio).toBeCloseTo(bruteForceBest(problem), 9)
      }),
      { numRuns: 200, seed: 6 },
    )
  })

  it('never states a lower bound above the true optimum', () => {
    fc.assert(
      fc.property(problems(4, 6), (problem) => {
        const upper = evaluate(problem, greedy(problem, weightsOf(problem))).maxRatio
        expect(lowerBound(problem, upper)).toBeLessThanOrEqual(bruteForceBest(problem) + 1e-9)
      }),
      { numRuns: 200, seed: 7 },
    )
  })

  it('is never worse than greedy on the highest ratio, then on the spread', () => {
    fc.assert(
      fc.property(problems(8, 20), (problem) => {
        const weights = weightsOf(problem)
        const baseline = evaluate(problem, greedy(problem, weights))
        const solution = solve(problem, weights, 2_000)
        expect(solution.maxRatio).toBeLessThanOrEqual(baseline.maxRatio + 1e-9)
        if (Math.abs(solution.maxRatio - baseline.maxRatio) <= 1e-9) {
          expect(solution.sumSquares).toBeLessThanOrEqual(baseline.sumSquares + 1e-9)
        }
      }),
      { numRuns: 200, seed: 8 },
    )
  })

  it('reports a bound no higher than what it reached, even when the budget runs out', () => {
    fc.assert(
      fc.property(problems(8, 20), (problem) => {
        const solution = solve(problem, weightsOf(problem), 50)
        expect(solution.lowerBound).toBeLessThanOrEqual(solution.maxRatio + 1e-9)
      }),
      { numRuns: 200, seed: 9 },
    )
  })

  it('spreads four heavy cases over the two with most room', () => {
    const anyone = [0, 1, 2].map((professional) => ({ shares: [{ professional, points: 5 }] }))
    const problem: Problem = {
      load: [30, 10, 12],
      capacity: [40, 40, 40],
      options: [anyone, anyone, anyone, anyone],
    }
    const solution = solve(problem, [5, 5, 5, 5])
    const counts = [0, 1, 2].map((p) => solution.choice.filter((o) => o === p).length)
    expect(counts).toEqual([0, 2, 2])
  })
})
