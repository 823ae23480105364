import { Task } from '@lit/task'
import { html, LitElement, nothing } from 'lit'
import type { Account } from '../../api/types.ts'
import type { TeamSummary } from '../../api/types-planning.ts'
import { PendingAction } from '../../controllers/pending-action.ts'
import { Services } from '../../controllers/services.ts'
import type { AccountsChangedEvent } from '../../events/accounts-changed-event.ts'
import { button, buttonGroup } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { alert } from '../../ui/feedback.ts'
import { detailRow, table } from '../../ui/table.ts'
import '../../ui/tandem-error.ts'
import './account-form.ts'
import './token-form.ts'

/** What a row has open below it: nothing, its change form, its token form, or the erase question. */
type Open = { readonly id: string; readonly what: 'change' | 'token' | 'erase' } | null

/**
 * Accounts (admins only): list, create with role and teams, link a professional account to the
 * professional in the log, change role and teams, issue a bearer token, erase. Accounts live beside
 * the log, so erasing one leaves history intact (docs/architecture.md#privacy-and-access). What a row opens takes the focus;
 * closing it (cancel, or the same button again) gives the focus back to the button that opened it.
 */
export class AccountsScreen extends LitElement {
  static override properties = { _open: { state: true }, _notice: { state: true } }
  static override styles = [componentStyles]

  declare _open: Open
  declare _notice: string
  readonly #services = new Services(this)
  readonly #erase = new PendingAction(this, {
    result: () => this.renderRoot.querySelector<HTMLElement>('#accounts-notice'),
  })
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
    this.addEventListener('accounts-changed', (e: AccountsChangedEvent) => void this.#changed(e.notice))
  }

  override render() {
    const { t } = this.#services.i18n
    const teams = this.#data.value?.teams ?? []
    return html`<h1 class="utrecht-heading-1">${t.accountsTitle}</h1>
      <p class="utrecht-paragraph">${t.accountsIntro}</p>
      <div role="status">${this._notice ? alert('ok', this._notice, { id: 'accounts-notice' }) : nothing}</div>
      ${this.#data.render({
        pending: () => html`<p class="utrecht-paragraph" role="status">${t.loading}</p>`,
        error: (problem) => html`<tandem-error .problem=${problem}></tandem-error>`,
        // The new-account form comes with the list, so the list does not push it down on arrival.
        complete: ({ accounts }) => html`${this.#renderTable(accounts, teams)}
          <tandem-error .problem=${this.#erase.problem}></tandem-error>
          <div class="tandem-card"><tandem-account-form .teams=${teams}></tandem-account-form></div>`,
      })}`
  }

  #renderTable(accounts: readonly Account[], teams: readonly TeamSummary[]) {
    const { t } = this.#services.i18n
    if (accounts.length === 0) return html`<p class="utrecht-paragraph">${t.noAccounts}</p>`
    const teamName = (id: string) => teams.find((team) => team.teamId === id)?.name ?? id
    return table<Account>({
      label: t.accountsTitle,
      rows: accounts,
      columns: [
        { label: t.username, rowHeader: true, cell: (a) => a.username },
        { label: t.displayName, cell: (a) => a.displayName },
        { label: t.role, cell: (a) => t.roles[a.role] ?? a.role },
        { label: t.teams, cell: (a) => a.teamIds.map(teamName).join(', ') || '–' },
        { label: t.professionalIdLabel, cell: (a) => a.professionalId || '–' },
        {
          label: t.actions,
          cell: (a) =>
            html`<div role="group" aria-label=${a.displayName}>
              ${buttonGroup(
                this.#toggle(a, 'change', t.editItem),
                this.#toggle(a, 'token', t.createToken),
                this.#toggle(a, 'erase', t.erase),
              )}
            </div>`,
        },
      ],
      after: (a) => (this._open?.id === a.id ? detailRow(6, this.#renderOpen(a, teams)) : nothing),
    })
  }

  /** A row's action; its name starts with the visible text (WCAG 2.5.3) and names the account. */
  #toggle(a: Account, what: NonNullable<Open>['what'], text: string) {
    const open = this._open?.id === a.id && this._open.what === what
    return button({
      label: text,
      id: `${what}-${a.id}`,
      danger: what === 'erase',
      ariaLabel: `${text}: ${a.displayName}`,
      expanded: open,
      onClick: () => void (open ? this.#close() : this.#openRow({ id: a.id, what })),
    })
  }

  #renderOpen(a: Account, teams: readonly TeamSummary[]) {
    const { t } = this.#services.i18n
    switch (this._open?.what) {
      case 'change':
        return html`<tandem-account-form .account=${a} .teams=${teams}></tandem-account-form>`
      case 'token':
        return html`<tandem-token-form .account=${a}></tandem-token-form>`
      case 'erase':
        return html`<p class="utrecht-paragraph" id="erase-question" tabindex="-1">${t.confirmErase(a.displayName)}</p>
          ${buttonGroup(
            button({
              label: t.confirmEraseYes,
              appearance: 'primary',
              danger: true,
              busy: this.#erase.busy,
              onClick: () => void this.#eraseAccount(a),
            }),
            button({ label: t.cancel, onClick: () => void this.#close() }),
          )}`
      default:
        return nothing
    }
  }

  /** Opens what a row's button asks for and moves the keyboard into it. */
  async #openRow(open: NonNullable<Open>): Promise<void> {
    this._open = open
    await this.updateComplete
    if (open.what === 'erase') return this.renderRoot.querySelector<HTMLElement>('#erase-question')?.focus()
    const form = this.renderRoot.querySelector<
      HTMLElement & { focusFirst(): void; updateComplete: Promise<boolean> }
    >(open.what === 'change' ? 'tbody tandem-account-form' : 'tandem-token-form')
    await form?.updateComplete
    form?.focusFirst()
  }

  /** Closes what a row opened and gives the focus back to the button that opened it. */
  async #close(): Promise<void> {
    const open = this._open
    this._open = null
    if (!open) return
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(`${open.what}-${open.id}`)}`)?.focus()
  }

  async #eraseAccount(a: Account): Promise<void> {
    await this.#erase.run(async () => {
      await this.#services.api.delete(`/api/accounts/${encodeURIComponent(a.id)}`)
      await this.#changed(this.#services.i18n.t.accountErased(a.displayName))
    })
  }

  async #changed(notice: string): Promise<void> {
    this._notice = notice
    this._open = null
    await this.#data.run()
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('#accounts-notice')?.focus()
  }
}
customElements.define('tandem-accounts-screen', AccountsScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-accounts-screen': AccountsScreen
  }
}
