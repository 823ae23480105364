import { branchAndBound } from './branch-and-bound.ts'
import { greedy } from './greedy.ts'
import { spreadEvenly } from './local-search.ts'
import { lowerBound } from './lower-bound.ts'
import { type Choice, epsilon, evaluate, type Problem } from './problem.ts'

export interface Solution {
  readonly choice: Choice
  readonly maxRatio: number
  readonly sumSquares: number
  /** proven: no assignment of these cases reaches a lower highest ratio */
  readonly lowerBound: number
  /** true when `maxRatio` is proven minimal (the search completed, or it met the lower bound) */
  readonly optimal: boolean
  /** search nodes visited, for the bench and for honesty about the budget */
  readonly nodes: number
}

/** Default search budget: closes small meetings exactly, and costs about 150 ms on a large one. */
const defaultNodeBudget = 30_000

/** Rising powers of Σ ratio^p: each pushes harder on the highest ratios (a smooth stand-in for the max). */
const peakPowers = [2, 8, 16, 32] as const

/**
 * Minimises the highest load ratio, then the sum of squared ratios. Starts from greedy and only ever
 * accepts changes that keep the highest ratio at or below the best so far (so the result is never
 * worse than greedy in that order): a local search pulls the peak down, a proven lower bound is
 * computed, branch and bound closes the gap within the node budget, and a last local search spreads
 * the remaining work evenly under the ratio reached.
 */
export const solve = (
  problem: Problem,
  caseWeights: readonly number[],
  nodeBudget: number = defaultNodeBudget,
): Solution => {
  let incumbent = greedy(problem, caseWeights)
  for (const power of peakPowers) {
    incumbent = spreadEvenly(problem, incumbent, evaluate(problem, incumbent).maxRatio, power)
  }
  const bound = lowerBound(problem, evaluate(problem, incumbent).maxRatio)
  const search = branchAndBound(problem, incumbent, bound, caseWeights, nodeBudget)
  const choice = spreadEvenly(problem, search.choice, evaluate(problem, search.choice).maxRatio)
  const { maxRatio, sumSquares } = evaluate(problem, choice)
  const optimal = search.complete || maxRatio <= bound + epsilon
  return {
    choice,
    maxRatio,
    sumSquares,
    lowerBound: search.complete ? maxRatio : bound,
    optimal,
    nodes: search.nodes,
  }
}
