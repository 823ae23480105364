/** A minimal Server-Sent Events reader over fetch, for tests: collects `{ event, data }` messages. */
export interface SseMessage {
  readonly event: string
  // biome-ignore lint/suspicious/noExplicitAny: tests read event data without declaring every shape
  readonly data: any
}

export const openSse = async (url: string, token: string, headers: Readonly<Record<string, string>> = {}) => {
  const controller = new AbortController()
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, ...headers },
    signal: controller.signal,
  })
  const messages: SseMessage[] = []
  const waiters: { test: (m: SseMessage) => boolean; resolve: (m: SseMessage) => void }[] = []
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  void (async () => {
    let buffer = ''
    try {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) return
        buffer += value
        let end = buffer.indexOf('\n\n')
        while (end >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message'
          const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null')
          const message = { event, data }
          messages.push(message)
          for (const waiter of [...waiters])
            if (waiter.test(message)) {
              waiters.splice(waiters.indexOf(waiter), 1)
              waiter.resolve(message)
            }
          end = buffer.indexOf('\n\n')
        }
      }
    } catch {
      // aborted by close()
    }
  })()
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    messages,
    next(test: (m: SseMessage) => boolean, timeoutMs = 3000): Promise<SseMessage> {
      const found = messages.find(test)
      if (found) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        waiters.push({ test, resolve })
        setTimeout(() => reject(new Error('no matching SSE message in time')), timeoutMs).unref()
      })
    },
    close: () => controller.abort(),
  }
}
