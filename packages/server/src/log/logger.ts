/**
 * Structured log lines (one JSON object per line). Callers pass route patterns and codes, never
 * raw paths with case references, request bodies or names (docs/architecture.md#privacy-and-access).
 */
export interface Logger {
  info(message: string, fields?: Readonly<Record<string, unknown>>): void
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void
  error(message: string, fields?: Readonly<Record<string, unknown>>): void
}

/**
 * The fields an unexpected error may put in a log line: its kind and where it was thrown. Not its message: a
 * schema failure quotes the value it refused, `JSON.parse` the text around a bad token and a database error
 * the row it choked on, and any of them may hold a case reference or event data
 * (docs/architecture.md#privacy-and-access). The stack's first line repeats the message, so only the frames
 * are kept.
 */
export const errorFields = (error: unknown): Readonly<Record<string, unknown>> => {
  if (!(error instanceof Error)) return { kind: typeof error }
  const tag = (error as { readonly _tag?: unknown })._tag
  return {
    kind: typeof tag === 'string' ? tag : error.name,
    frames: (error.stack ?? '')
      .split('\n')
      .filter((line) => line.trimStart().startsWith('at '))
      .map((line) => line.trim()),
  }
}

type Level = 'info' | 'warn' | 'error'

/** Writes JSON lines to `write`. */
export const jsonLogger = (write: (line: string) => void): Logger => {
  const emit = (level: Level) => (message: string, fields?: Readonly<Record<string, unknown>>) =>
    write(`${JSON.stringify({ level, time: new Date().toISOString(), message, ...fields })}\n`)
  return { info: emit('info'), warn: emit('warn'), error: emit('error') }
}

/**
 * JSON lines to stdout, gathered per event-loop turn: stdout to a pipe or file is synchronous in
 * Node, so one write per request line would cost a system call on the request path. Whatever is
 * pending is written before the process exits.
 */
export const stdoutLogger = (): Logger => {
  let pending = ''
  const flush = () => {
    if (pending === '') return
    const lines = pending
    pending = ''
    process.stdout.write(lines)
  }
  process.once('exit', flush)
  return jsonLogger((line) => {
    if (pending === '') setImmediate(flush)
    pending += line
  })
}

/** For tests: keeps the lines in memory so a test can assert what was (not) logged. */
export const memoryLogger = (): Logger & { readonly lines: string[] } => {
  const lines: string[] = []
  return { ...jsonLogger((line) => lines.push(line)), lines }
}
