import { FlowNetwork } from './max-flow.ts'
import { optionPeak, type Problem } from './problem.ts'

/**
 * A proven lower bound on the highest load ratio any complete assignment can reach. Three facts
 * hold for every assignment, so the largest ratio that violates one of them is a bound:
 *
 * 1. loads only grow, so no one ends below their current ratio;
 * 2. each case lands somewhere, so the bound is at least the best peak of its cheapest option
 *    taken alone ("singleton" bound);
 * 3. fractional relaxations: at ratio T professional p can absorb T·capacity[p] − load[p] points.
 *    (a) every case puts at least its cheapest option's total points on people in its options, and
 *    (b) at least its cheapest regisseur share on its possible regisseurs. If a maximum flow cannot
 *    route either demand, no integral assignment reaches T either.
 *
 * The relaxation is checked by bisection to `precision`; only ratios shown infeasible raise the bound.
 */
export const lowerBound = (problem: Problem, upper: number, precision = 1e-6): number => {
  let low = Math.max(currentPeak(problem), singletonBound(problem))
  let high = upper
  while (high - low > precision) {
    const middle = (low + high) / 2
    if (relaxationFeasible(problem, middle, 'all') && relaxationFeasible(problem, middle, 'regisseur')) {
      high = middle
    } else {
      low = middle
    }
  }
  return low
}

const currentPeak = (problem: Problem): number =>
  problem.load.reduce((peak, load, p) => Math.max(peak, load / problem.capacity[p]!), 0)

/** For each case, the lowest peak among its options on today's loads; the highest of those. */
const singletonBound = (problem: Problem): number => {
  let bound = 0
  for (const options of problem.options) {
    let best = Number.POSITIVE_INFINITY
    for (const option of options) best = Math.min(best, optionPeak(problem, problem.load, option))
    if (options.length > 0) bound = Math.max(bound, best)
  }
  return bound
}

const relaxationFeasible = (problem: Problem, ratio: number, part: 'all' | 'regisseur'): boolean => {
  const cases = problem.options.length
  const people = problem.load.length
  const source = cases + people
  const sink = source + 1
  const network = new FlowNetwork(sink + 1)
  let demand = 0
  problem.options.forEach((options, c) => {
    if (options.length === 0) return
    const shares = options.map((option) => (part === 'all' ? option.shares : option.shares.slice(0, 1)))
    const need = Math.min(...shares.map((list) => list.reduce((sum, share) => sum + share.points, 0)))
    demand += need
    network.addEdge(source, c, need)
    const reachable = new Set(shares.flatMap((list) => list.map((share) => share.professional)))
    for (const p of reachable) network.addEdge(c, cases + p, need)
  })
  for (let p = 0; p < people; p++) {
    network.addEdge(cases + p, sink, Math.max(0, ratio * problem.capacity[p]! - problem.load[p]!))
  }
  return network.maxFlow(source, sink) >= demand - 1e-9 * Math.max(1, demand)
}
