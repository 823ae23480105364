import { Task } from '@lit/task'
import { css, html, LitElement, nothing } from 'lit'
import type { Account } from '../../api/types.ts'
import type { TeamSummary } from '../../api/types-planning.ts'
import { Services } from '../../controllers/services.ts'
import type { AccountsChangedEvent } from '../../events/accounts-changed-event.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import '../../ui/tandem-error.ts'
import './account-form.ts'
import './token-form.ts'

/** What a row has open below it: nothing, its change form, its token form, or the erase question. */
type Open = { readonly id: string; readonly what: 'change' | 'token' | 'erase' } | null

/**
 * Accounts (admins only): list, create with role and teams, link a professional account to the
 * professional in the log, change role and teams, issue a bearer token, erase. Accounts live beside
 * the log, so erasing one leaves history intact (docs/architecture.md#privacy-and-access).
 */
export class AccountsScreen extends LitElement {
  static override properties = {
    _open: { state: true },
    _notice: { state: true },
    _problem: { state: true },
  }
  static override styles = [
    sharedStyles,
    css`
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--tandem-space-2);
      }
      td.detail {
        background: var(--tandem-color-surface-alt);
      }
    `,
  ]

  declare _open: Open
  declare _notice: string
  declare _problem: unknown
  readonly #services = new Services(this)
  readonly #data = new Task(this, {
    task: async (_args, { signal }) => {
      const [accounts, teams] = await Promise.all([
        this.#services.api.get<{ accounts: readonly Account[] }>('/api/accounts', {}, signal),
        this.#services.api.get<{ data: readonly TeamSummary[] }>('/api/teams', {}, signal),
      ])
      return { accounts: accounts.accounts, teams: teams.data }
    },
    args: () => [] as const,
  })

  constructor() {
    super()
    this._open = null
    this._notice = ''
    this.addEventListener('accounts-changed', (e: AccountsChangedEvent) => this.#changed(e.notice))
  }

  override render() {
    const { t } = this.#services.i18n
    const teams = this.#data.value?.teams ?? []
    return html`<h1>${t.accountsTitle}</h1>
      <p>${t.accountsIntro}</p>
      <p role="status" class=${this._notice ? 'notice' : ''}>${this._notice}</p>
      ${this.#data.render({
        pending: () => html`<p role="status">${t.loading}</p>`,
        error: (problem) => html`<tandem-error .problem=${problem}></tandem-error>`,
        complete: ({ accounts }) => this.#renderTable(accounts, teams),
      })}
      <tandem-error .problem=${this._problem}></tandem-error>
      <div class="card"><tandem-account-form .teams=${teams}></tandem-account-form></div>`
  }

  #renderTable(accounts: readonly Account[], teams: readonly TeamSummary[]) {
    const { t } = this.#services.i18n
    if (accounts.length === 0) return html`<p>${t.noAccounts}</p>`
    const teamName = (id: string) => teams.find((team) => team.teamId === id)?.name ?? id
    return html`<table>
      <thead>
        <tr>
          <th scope="col">${t.username}</th>
          <th scope="col">${t.displayName}</th>
          <th scope="col">${t.role}</th>
          <th scope="col">${t.teams}</th>
          <th scope="col">${t.professionalIdLabel}</th>
          <th scope="col">${t.actions}</th>
        </tr>
      </thead>
      <tbody>
        ${accounts.map(
          (a) => html`<tr>
              <th scope="row">${a.username}</th>
              <td>${a.displayName}</td>
              <td>${t.roles[a.role] ?? a.role}</td>
              <td>${a.teamIds.map(teamName).join(', ')}</td>
              <td>${a.professionalId ?? ''}</td>
              <td>
                <div class="actions" role="group" aria-label=${a.displayName}>
                  ${this.#toggle(a, 'change', t.editItem)}
                  ${this.#toggle(a, 'token', t.createToken)}
                  ${this.#toggle(a, 'erase', t.erase)}
                </div>
              </td>
            </tr>
            ${this._open?.id === a.id ? html`<tr><td class="detail" colspan="6">${this.#renderOpen(a, teams)}</td></tr>` : nothing}`,
        )}
      </tbody>
    </table>`
  }

  /** A row's action; its name starts with the visible text (WCAG 2.5.3) and names the account. */
  #toggle(a: Account, what: NonNullable<Open>['what'], text: string) {
    const open = this._open?.id === a.id && this._open.what === what
    return html`<button
      type="button"
      class="secondary"
      aria-label=${`${text}: ${a.displayName}`}
      aria-expanded=${open ? 'true' : 'false'}
      @click=${() => (this._open = open ? null : { id: a.id, what })}
    >${text}</button>`
  }

  #renderOpen(a: Account, teams: readonly TeamSummary[]) {
    const { t } = this.#services.i18n
    switch (this._open?.what) {
      case 'change':
        return html`<tandem-account-form .account=${a} .teams=${teams}></tandem-account-form>`
      case 'token':
        return html`<tandem-token-form .account=${a}></tandem-token-form>`
      case 'erase':
        return html`<p>${t.confirmErase(a.displayName)}</p>
          <div class="actions">
            <button type="button" @click=${() => this.#erase(a)}>${t.confirmEraseYes}</button>
            <button type="button" class="secondary" @click=${() => (this._open = null)}>${t.cancel}</button>
          </div>`
      default:
        return nothing
    }
  }

  async #erase(a: Account): Promise<void> {
    this._problem = undefined
    try {
      await this.#services.api.delete(`/api/accounts/${encodeURIComponent(a.id)}`)
      this.#changed(this.#services.i18n.t.accountErased(a.displayName))
    } catch (problem) {
      this._problem = problem
    }
  }

  #changed(notice: string): void {
    this._notice = notice
    this._open = null
    void this.#data.run()
  }
}
customElements.define('tandem-accounts-screen', AccountsScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-accounts-screen': AccountsScreen
  }
}
