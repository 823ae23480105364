import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildServer, serverMain } from '../../support/built-server.ts'

const root = resolve(import.meta.dirname, '../../..')

export interface RealServer {
  readonly url: string
  /** everything the server printed, e.g. the first-admin setup link */
  readonly output: () => string
  readonly close: () => Promise<void>
}

/**
 * Starts the real server as `npm start` does (the bundle, on plain node) on a free port with a fresh SQLite file,
 * in demo mode unless told otherwise, serving the current web build. Resolves once it prints its
 * address; `close` stops exactly that process and removes its database.
 */
export const startRealServer = async (options: { readonly demo?: boolean } = {}): Promise<RealServer> => {
  buildServer()
  const dir = mkdtempSync(join(tmpdir(), 'tandem-e2e-'))
  const server: ChildProcess = spawn(process.execPath, [serverMain], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      DATABASE_URL: `sqlite:${join(dir, 'tandem.db')}`,
      TANDEM_DEMO: options.demo === false ? '0' : '1',
      TANDEM_ADMIN_TOKEN: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let printed = ''
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not print its address:\n${printed}`)), 60_000)
    const scan = (chunk: Buffer) => {
      printed += chunk.toString()
      const found = printed.match(/Tandem is running at (https?:\/\/[^\s]+)/)
      if (found) {
        clearTimeout(timer)
        resolveUrl(found[1]!.replace('localhost', '127.0.0.1'))
      }
    }
    server.stdout?.on('data', scan)
    server.stderr?.on('data', scan)
    server.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${printed}`)))
  })
  return {
    url,
    output: () => printed,
    close: async () => {
      if (server.exitCode === null) {
        const exited = new Promise((done) => server.once('exit', done))
        server.kill('SIGTERM')
        await exited
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
