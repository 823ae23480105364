/** A copy that stopped before writing what it refused; the message says why and what to do. */
export class CopyRefused extends Error {
  constructor(detail: string) {
    super(`copy refused: ${detail}`)
    this.name = 'CopyRefused'
  }
}
