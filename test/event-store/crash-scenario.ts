import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { EventStore } from '../../packages/server/src/event-store/event-store.ts'
import type { PostgresTarget } from '../../packages/server/src/event-store/postgres/create-pool.ts'

export type CrashTarget =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly postgres: PostgresTarget }

interface Acknowledged {
  readonly commandId: string
  readonly first: number
  readonly last: number
}

const WRITER = join(import.meta.dirname, 'crash-writer.ts')

/** The acknowledged appends in the side file; a last line cut short by the kill was never complete. */
const readAcknowledged = async (sideFile: string): Promise<Acknowledged[]> => {
  const lines = (await readFile(sideFile, 'utf8').catch(() => '')).split('\n')
  return lines.flatMap((line) => {
    try {
      return [JSON.parse(line) as Acknowledged]
    } catch {
      return []
    }
  })
}

/** Runs the writer until it has acknowledged `atLeast` more appends, then SIGKILLs it mid-stream. */
export const killWriterMidStream = async (
  target: CrashTarget,
  sideFile: string,
  round: number,
  atLeast: number,
) => {
  const before = (await readAcknowledged(sideFile)).length
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, sideFile, String(round)], {
    env: { ...process.env, CRASH_TARGET: JSON.stringify(target) },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  )
  let running = true
  void exited.then(() => {
    running = false
  })
  while (running && (await readAcknowledged(sideFile)).length < before + atLeast)
    await new Promise((resolve) => setTimeout(resolve, 20))
  // A few more milliseconds, different each round, so the kill lands at a different point of an append.
  await new Promise((resolve) => setTimeout(resolve, round * 7))
  child.kill('SIGKILL')
  expect(await exited).toBe('SIGKILL')
}

/** After the kill: every acknowledged event is there, each command whole, and the chain verifies. */
export const expectSurvivedCrash = async (store: EventStore, sideFile: string) => {
  const acknowledged = await readAcknowledged(sideFile)
  expect(await store.verify()).toMatchObject({ ok: true })

  const commands = new Map<string, { positions: number[]; of: number }>()
  for await (const batch of store.readAll()) {
    for (const stored of batch) {
      const { commandId, of } = stored.data as { commandId: string; of: number }
      const command = commands.get(commandId) ?? { positions: [], of }
      command.positions.push(stored.position)
      commands.set(commandId, command)
    }
  }
  for (const [commandId, { positions, of }] of commands) {
    expect(positions, `command ${commandId} is all or nothing`).toHaveLength(of)
    expect(positions.at(-1)! - positions[0]!, `command ${commandId} is contiguous`).toBe(of - 1)
  }
  for (const { commandId, first, last } of acknowledged)
    expect(commands.get(commandId)?.positions, `acknowledged ${commandId} is there`).toEqual(
      Array.from({ length: last - first + 1 }, (_, i) => first + i),
    )
  return acknowledged.length
}
