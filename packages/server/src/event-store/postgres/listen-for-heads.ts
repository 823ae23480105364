import pg from 'pg'
import type { HeadWatcher } from '../head-listeners.ts'

const RECONNECT_DELAY_MS = 1000

/**
 * Hears other processes' appends through PostgreSQL LISTEN/NOTIFY on a dedicated connection (a pooled
 * one would be handed back and stop listening). A lost connection is reopened after a second; after
 * every (re)connect the current head is read, so appends made while nobody listened are still heard.
 */
export const listenForHeads =
  (config: pg.ClientConfig, channel: string, readHead: () => Promise<number>): HeadWatcher =>
  (emit) => {
    let client: pg.Client | undefined
    let retry: NodeJS.Timeout | undefined
    let stopped = false

    const drop = () => {
      const old = client
      client = undefined
      if (!old) return
      old.removeAllListeners()
      // A connection that is already broken may still report errors while ending.
      old.on('error', () => undefined)
      old.end().catch(() => undefined)
    }
    const reconnect = () => {
      drop()
      if (stopped || retry) return
      retry = setTimeout(() => {
        retry = undefined
        void connect()
      }, RECONNECT_DELAY_MS)
      retry.unref()
    }
    const connect = async () => {
      const current = new pg.Client(config)
      client = current
      current.on('notification', (message) => emit(Number(message.payload)))
      current.on('error', reconnect)
      current.on('end', reconnect)
      try {
        await current.connect()
        await current.query(`LISTEN ${pg.escapeIdentifier(channel)}`)
        if (client === current) emit(await readHead())
      } catch {
        if (client === current) reconnect()
      }
    }

    void connect()
    return () => {
      stopped = true
      clearTimeout(retry)
      drop()
    }
  }
