import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'

export const webDir = resolve(import.meta.dirname, '../../../packages/web')
export const distDir = resolve(webDir, 'dist')

/** Builds the web app once per test file, as `npm start` would serve it. */
export const buildWeb = (): void => {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: webDir, stdio: 'inherit' })
}
