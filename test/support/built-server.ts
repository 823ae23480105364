import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')

/** The server bundle `npm run build:server` writes; `npm start` runs it with plain node. */
export const serverMain = resolve(root, 'packages/server/dist/main.js')

let built = false

/**
 * Builds the server bundle once per process, so tests and benchmarks start the server exactly as
 * `npm start` does rather than through a second (tsx) path.
 */
export const buildServer = (): void => {
  if (built) return
  execFileSync('npm', ['run', '--silent', 'build:server'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  built = true
}
