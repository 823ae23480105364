import { type Choice, optionPeak, type Problem } from './problem.ts'

/**
 * The baseline a team does by hand: the heaviest case first, each to the option whose people end up
 * with the lowest ratio. Ties go to the option that adds the fewest points, then the first listed,
 * so the result is deterministic.
 */
export const greedy = (problem: Problem, caseWeights: readonly number[]): Choice => {
  const loads = [...problem.load]
  const choice: number[] = problem.options.map(() => 0)
  const order = problem.options.map((_, c) => c).sort((a, b) => caseWeights[b]! - caseWeights[a]! || a - b)
  for (const c of order) {
    const options = problem.options[c]!
    let best = 0
    let bestPeak = Number.POSITIVE_INFINITY
    let bestPoints = Number.POSITIVE_INFINITY
    options.forEach((option, o) => {
      const peak = optionPeak(problem, loads, option)
      const points = option.shares.reduce((sum, share) => sum + share.points, 0)
      if (peak < bestPeak - 1e-12 || (peak <= bestPeak + 1e-12 && points < bestPoints - 1e-12)) {
        best = o
        bestPeak = peak
        bestPoints = points
      }
    })
    choice[c] = best
    for (const share of options[best]?.shares ?? []) loads[share.professional]! += share.points
  }
  return choice
}
