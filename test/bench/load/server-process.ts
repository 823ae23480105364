import { type ChildProcess, spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'

const MAIN = resolve(import.meta.dirname, '../../../packages/server/src/main.ts')
const TSX = resolve(import.meta.dirname, '../../../node_modules/.bin/tsx')

/**
 * Starts `packages/server/src/main.ts` in its own process on a free loopback port, so the server and
 * the load generator do not share one core, and reports how long it took until it listened.
 */
export const startServerProcess = async (databaseUrl: string) => {
  const started = performance.now()
  const child: ChildProcess = spawn(TSX, [MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      TANDEM_DEMO: '0',
      TANDEM_ADMIN_TOKEN: 'bench-operator-token-0123456789',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const port = await new Promise<number>((resolvePort, reject) => {
    let output = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /running at http:\/\/localhost:(\d+)/.exec(output)
      if (match) resolvePort(Number(match[1]))
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output.slice(-500)}`)))
  })
  // Drain the request log so a full pipe never blocks the server.
  child.stdout!.resume()
  return {
    base: `http://127.0.0.1:${port}`,
    readyMs: performance.now() - started,
    stop: () =>
      new Promise<void>((done) => {
        child.once('exit', () => done())
        child.kill('SIGTERM')
      }),
  }
}
