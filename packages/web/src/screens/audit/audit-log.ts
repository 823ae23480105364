import type { ApiClient } from '../../api/api-client.ts'
import type { AuditEvent } from '../../api/types.ts'

/**
 * Reads the audit export (`GET /api/audit/export`, NDJSON, issue 4) for one team. Parsing lines is
 * transport, not business: every field shown comes from the stored envelope.
 */
export const loadAuditLog = async (
  api: ApiClient,
  teamId: string,
  signal?: AbortSignal,
): Promise<readonly AuditEvent[]> => {
  const text = await api.getText('/api/audit/export', {}, signal)
  return (
    text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as AuditEvent)
      // The export is the whole log; the timeline shows the stream of the team being looked at.
      .filter((event) => event.streamId === undefined || event.streamId.endsWith(teamId))
  )
}
