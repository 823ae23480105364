import { expect, it } from 'vitest'
import { GroupCommit, type Outcome } from './group-commit.ts'

/** A writer that records its batches and answers each job with its double, or fails odd ones. */
const recordingWriter = () => {
  const batches: number[][] = []
  let release: () => void = () => undefined
  let gate: Promise<void> = Promise.resolve()
  const write = async (jobs: readonly number[]): Promise<Outcome<number>[]> => {
    batches.push([...jobs])
    await gate
    return jobs.map((job) =>
      job < 0 ? { ok: false, error: new Error(`refused ${job}`) } : { ok: true, value: job * 2 },
    )
  }
  const hold = () => {
    gate = new Promise((resolve) => {
      release = resolve
    })
  }
  return { batches, write, hold, release: () => release() }
}

it('writes the jobs submitted together as one batch, each caller getting its own outcome', async () => {
  const writer = recordingWriter()
  const group = new GroupCommit(writer.write)
  const outcomes = await Promise.allSettled([1, -2, 3].map((job) => group.submit(job)))
  expect(writer.batches).toEqual([[1, -2, 3]])
  expect(outcomes).toMatchObject([
    { status: 'fulfilled', value: 2 },
    { status: 'rejected', reason: { message: 'refused -2' } },
    { status: 'fulfilled', value: 6 },
  ])
})

it('queues the jobs that arrive during a write and takes all of them into the next batch', async () => {
  const writer = recordingWriter()
  const group = new GroupCommit(writer.write)
  writer.hold()
  const first = group.submit(1)
  await new Promise((resolve) => setImmediate(resolve))
  const later = [2, 3, 4].map((job) => group.submit(job))
  let firstSettled = false
  void first.then(() => {
    firstSettled = true
  })
  await new Promise((resolve) => setTimeout(resolve, 5))
  expect(firstSettled).toBe(false) // not acknowledged before its write returned
  writer.release()
  expect(await Promise.all([first, ...later])).toEqual([2, 4, 6, 8])
  expect(writer.batches).toEqual([[1], [2, 3, 4]])
})

it('rejects every job of a batch whose write failed, and carries on with the next', async () => {
  let calls = 0
  const group = new GroupCommit<number, number>(async (jobs) => {
    calls++
    if (calls === 1) throw new Error('disk full')
    return jobs.map((job) => ({ ok: true, value: job }))
  })
  const failed = await Promise.allSettled([group.submit(1), group.submit(2)])
  expect(failed.map((o) => o.status)).toEqual(['rejected', 'rejected'])
  expect(await group.submit(3)).toBe(3)
})

it('tells when every job submitted so far has been written', async () => {
  const writer = recordingWriter()
  const group = new GroupCommit(writer.write)
  writer.hold()
  const jobs = [group.submit(1), group.submit(2)]
  let idle = false
  const waiting = group.idle().then(() => {
    idle = true
  })
  await new Promise((resolve) => setTimeout(resolve, 5))
  expect(idle).toBe(false)
  writer.release()
  await waiting
  expect(await Promise.all(jobs)).toEqual([2, 4])
})
