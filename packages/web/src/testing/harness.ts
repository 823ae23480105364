import { ContextProvider } from '@lit/context'
import type { LitElement } from 'lit'
import { ApiClient } from '../api/api-client.ts'
import { apiContext, meetingContext, viewContext } from '../context/contexts.ts'

/** One request a component sent, with its JSON body parsed. */
export interface SentRequest {
  readonly method: string
  readonly url: string
  readonly body: unknown
}

/** Answers a request: a status and a JSON body. */
export type Answer = (request: SentRequest) => { readonly status: number; readonly body: unknown }

/**
 * A component under test with the shell's services: an API client whose fetch is `answer` (every
 * request is kept in `sent`) and the view of team `t1` now, inside the meeting screen's open meeting
 * `meetingId` when one is given. Language falls back to Dutch.
 */
export const mount = async <E extends LitElement>(
  element: E,
  answer: Answer = () => ({ status: 200, body: {} }),
  meetingId?: string,
): Promise<{ readonly element: E; readonly sent: SentRequest[] }> => {
  const sent: SentRequest[] = []
  const api = new ApiClient('', async (url, init) => {
    const request = {
      method: init?.method ?? 'GET',
      url: String(url),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    }
    sent.push(request)
    const { status, body } = answer(request)
    return new Response(JSON.stringify(body), { status })
  })
  const host = document.createElement('div')
  new ContextProvider(host, { context: apiContext, initialValue: api })
  new ContextProvider(host, { context: viewContext, initialValue: { teamId: 't1', asOf: null, revision: 0 } })
  if (meetingId !== undefined) new ContextProvider(host, { context: meetingContext, initialValue: meetingId })
  host.append(element)
  document.body.append(host)
  await element.updateComplete
  return { element, sent }
}

/** Lets pending fetches and the re-renders they cause finish. */
export const settle = async (element: LitElement): Promise<void> => {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0))
    await element.updateComplete
  }
}

/** Text of the element's shadow root, whitespace collapsed, for "the user reads …" assertions. */
export const textOf = (element: LitElement): string =>
  (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim()
