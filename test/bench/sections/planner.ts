import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { generatedMeeting, seededRandom } from '../../../packages/domain/src/planner/fixtures.ts'
import { greedyMeeting, proposeMeeting } from '../../../packages/domain/src/planner/propose-meeting.ts'
import { rankCandidates } from '../../../packages/domain/src/planner/rank-candidates.ts'

export const name = 'planner'

const TEAM = { professionals: 25, cases: 60 }
const MEETING_RUNS = 7
const COMPARED_TEAMS = 100

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

const timed = <T>(work: () => T): { readonly ms: number; readonly result: T } => {
  const start = performance.now()
  const result = work()
  return { ms: performance.now() - start, result }
}

/**
 * Issue 6's figures: ranking one case in a team of 25 (median over 60 cases, target < 20 ms),
 * planning 60 cases over 25 colleagues (median of 7 generated teams, target < 500 ms), and the
 * planner against greedy on 100 generated teams of 8–25 colleagues and 10–60 cases.
 */
export const run = async (): Promise<object> => {
  const team = generatedMeeting(2026, TEAM)
  for (const theCase of team.cases.slice(0, 10)) rankCandidates({ ...team, case: theCase }) // warm-up
  const oneCaseMs = median(
    team.cases.map((theCase) => timed(() => rankCandidates({ ...team, case: theCase })).ms),
  )

  proposeMeeting(generatedMeeting(1, TEAM)) // warm-up
  const meetings = Array.from({ length: MEETING_RUNS }, (_, i) =>
    timed(() => proposeMeeting(generatedMeeting(100 + i, TEAM))),
  )
  const meetingMs = median(meetings.map((run) => run.ms))

  const sizes = seededRandom(6)
  const gains: number[] = []
  let worseThanGreedy = 0
  let better = 0
  let optimal = 0
  let gapToBound = 0
  for (let seed = 1; seed <= COMPARED_TEAMS; seed++) {
    const input = generatedMeeting(seed, {
      professionals: 8 + Math.floor(sizes() * 18),
      cases: 10 + Math.floor(sizes() * 51),
    })
    const planned = proposeMeeting(input)
    const baseline = greedyMeeting(input)
    const gain = baseline.maxRatio - planned.maxRatio
    if (gain < -1e-9) worseThanGreedy++
    if (gain > 1e-9) better++
    if (planned.optimal) optimal++
    gapToBound += planned.maxRatio - planned.lowerBound
    gains.push(gain)
  }
  const round = (value: number, digits = 4): number => Number(value.toFixed(digits))
  return {
    oneCaseMs: round(oneCaseMs, 2),
    meetingMs: round(meetingMs, 1),
    meetingMsMax: round(Math.max(...meetings.map((run) => run.ms)), 1),
    meetingOptimal: meetings.filter((run) => run.result.optimal).length,
    meetingRuns: MEETING_RUNS,
    worseThanGreedy,
    /** mean of greedy's highest ratio minus the planner's, in ratio points (0.01 = one percent point) */
    meanMaxRatioGain: round(gains.reduce((sum, gain) => sum + gain, 0) / gains.length),
    maxMaxRatioGain: round(Math.max(...gains)),
    betterThanGreedy: better,
    provenOptimal: optimal,
    meanGapToLowerBound: round(gapToBound / COMPARED_TEAMS),
    comparedTeams: COMPARED_TEAMS,
  }
}

// `npx tsx test/bench/sections/planner.ts` runs this section alone and prints its JSON.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify({ [name]: await run() }, null, 2)}\n`)
}
