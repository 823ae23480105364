/** The checks a restore makes, in the order it makes them. */
export type RestoreCheck = 'manifest' | 'sha256' | 'target' | 'chain' | 'head'

/** A restore that stopped at a failed check; its message names the backup file and the check. */
export class RestoreRefused extends Error {
  readonly file: string
  readonly check: RestoreCheck

  constructor(file: string, check: RestoreCheck, detail: string) {
    super(`restore refused: ${file} failed the ${check} check: ${detail}`)
    this.name = 'RestoreRefused'
    this.file = file
    this.check = check
  }
}
