import { readFile } from 'node:fs/promises'
import { currentSchemaVersion, decodeEvent, isTeamEventType, streamIdOf } from '@tandem/domain'
import { Result } from 'effect'
import type { EventMetadata, EventStore, NewEvent } from '../event-store/event-store.ts'

interface DemoLine {
  readonly streamId?: string
  readonly type: string
  readonly schemaVersion?: number
  readonly data: Record<string, unknown>
  readonly metadata: EventMetadata
}

/**
 * Appends the demo log (NDJSON, one stored-event-like object per line, as the domain's generator
 * writes it) to an empty store. Every line is decoded first (decode at every boundary), so a broken
 * file loads nothing. Consecutive lines of one stream go in one append. Returns the events loaded.
 */
export const loadDemoLog = async (store: EventStore, file: string): Promise<number> => {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line.trim() !== '')
  const parsed = lines.map((line, index) => {
    const event = JSON.parse(line) as DemoLine
    const type = event.type
    if (!isTeamEventType(type)) throw new Error(`demo log line ${index + 1}: unknown event type ${type}`)
    const stored = {
      type,
      schemaVersion: event.schemaVersion ?? currentSchemaVersion[type],
      data: event.data,
      metadata: event.metadata,
    }
    const decoded = decodeEvent(stored)
    if (Result.isFailure(decoded)) throw new Error(`demo log line ${index + 1}: ${decoded.failure.message}`)
    const streamId = event.streamId ?? streamIdOf(decoded.success.teamId)
    return { streamId, event: stored satisfies NewEvent }
  })
  let index = 0
  while (index < parsed.length) {
    const streamId = parsed[index]!.streamId
    const group: NewEvent[] = []
    while (index < parsed.length && parsed[index]!.streamId === streamId) group.push(parsed[index++]!.event)
    await store.append(streamId, group, { expectedVersion: 'any' })
  }
  return parsed.length
}
