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

/** Default search budget: enough to close small meetings exactly, and about 100 ms on a large one. */
export const defaultNodeBudget = 200_000

/**
 * Minimises the highest load ratio, then the sum of squared ratios. Starts from greedy (so the result
 * is never worse than greedy in that order), bounds the optimum from below, closes the gap by branch
 * and bound within the node budget, then spreads the remaining work evenly under the ratio reached.
 */
export const solve = (
  problem: Problem,
  caseWeights: readonly number[],
  nodeBudget: number = defaultNodeBudget,
): Solution => {
  const start = greedy(problem, caseWeights)
  const incumbent = spreadEvenly(problem, start, evaluate(problem, start).maxRatio)
  const bound = lowerBound(problem, evaluate(problem, incumbent).maxRatio)
  const order = problem.options.map((_, c) => c).sort((a, b) => caseWeights[b]! - caseWeights[a]! || a - b)
  const search = branchAndBound(problem, incumbent, bound, order, nodeBudget)
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
