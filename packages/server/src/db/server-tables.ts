/**
 * Row types of the server's own tables, beside the event log on the same database. Accounts live here, not in
 * the log, because personal data must be erasable (docs/architecture.md#privacy-and-access). Times are ISO
 * text in both dialects, so rows read the same from SQLite and PostgreSQL.
 */
export interface AccountsTable {
  readonly id: string
  /** lower-cased login name */
  readonly username: string
  readonly display_name: string
  readonly role: string
  readonly password_hash: string | null
  /** the professional in the log this account is, for role professional */
  readonly professional_id: string | null
  /** JSON array of the team ids a professional or coach belongs to */
  readonly team_ids: string
  readonly created_at: string
}

/** Browser sessions; only the SHA-256 of the cookie value is stored, so a leaked table opens nothing. */
export interface SessionsTable {
  readonly token_hash: string
  readonly account_id: string
  readonly csrf_token: string
  readonly expires_at: string
}

/** Bearer tokens for scripts, hashed like sessions. */
export interface ApiTokensTable {
  readonly token_hash: string
  readonly account_id: string
  readonly label: string
  readonly created_at: string
}

/** The one-time link that creates the first admin when no admin token is configured. */
export interface SetupTokensTable {
  readonly token_hash: string
  readonly created_at: string
}

/** Projection states as JSON, so a restart folds only the events after `position`. */
export interface ProjectionCheckpointsTable {
  readonly name: string
  readonly position: number
  readonly state: string
  readonly updated_at: string
}

export interface ServerDatabase {
  readonly accounts: AccountsTable
  readonly sessions: SessionsTable
  readonly api_tokens: ApiTokensTable
  readonly setup_tokens: SetupTokensTable
  readonly projection_checkpoints: ProjectionCheckpointsTable
}
