import { html, LitElement, nothing } from 'lit'
import type { Account, Role } from '../../api/types.ts'
import type { TeamSummary } from '../../api/types-planning.ts'
import { PendingAction } from '../../controllers/pending-action.ts'
import { Services } from '../../controllers/services.ts'
import { AccountsChangedEvent } from '../../events/accounts-changed-event.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import '../../ui/tandem-error.ts'

const roles: readonly Role[] = ['professional', 'coach', 'auditor', 'admin']

/**
 * Creates an account (`POST /api/accounts`) or, given `account`, changes its name, role, teams and
 * linked professional (`PATCH /api/accounts/:id`). The server checks every field; its refusal is
 * shown as it is.
 */
export class AccountForm extends LitElement {
  static override properties = {
    account: { attribute: false },
    teams: { attribute: false },
  }
  static override styles = [sharedStyles]

  declare account: Account | undefined
  declare teams: readonly TeamSummary[]
  readonly #services = new Services(this)
  readonly #action = new PendingAction(this)

  constructor() {
    super()
    this.teams = []
  }

  override render() {
    const { t } = this.#services.i18n
    const a = this.account
    const id = (part: string) => `${a?.id ?? 'new'}-${part}`
    return html`<form @submit=${this.#submit}>
      <fieldset>
        <legend>${a ? t.changeAccount(a.displayName) : t.newAccount}</legend>
        ${
          a
            ? nothing
            : html`<div class="field">
                <label for=${id('username')}>${t.username}</label>
                <input id=${id('username')} name="username" autocomplete="off" required pattern="[A-Za-z0-9._\\-]{2,64}" />
              </div>`
        }
        <div class="field">
          <label for=${id('name')}>${t.displayName}</label>
          <input id=${id('name')} name="displayName" required maxlength="200" .value=${a?.displayName ?? ''} />
        </div>
        ${
          a
            ? nothing
            : html`<div class="field">
                <label for=${id('password')}>${t.password}</label>
                <input id=${id('password')} name="password" type="password" autocomplete="new-password" minlength="10" required aria-describedby=${id('password-hint')} />
                <p id=${id('password-hint')} class="muted">${t.passwordHint}</p>
              </div>`
        }
        <div class="field">
          <label for=${id('role')}>${t.role}</label>
          <select id=${id('role')} name="role">
            ${roles.map((r) => html`<option value=${r} ?selected=${(a?.role ?? 'professional') === r}>${t.roles[r]}</option>`)}
          </select>
        </div>
        <fieldset>
          <legend>${t.teams}</legend>
          ${this.teams.length === 0 ? html`<p class="muted">${t.none}</p>` : nothing}
          <div class="checks">
            ${this.teams.map(
              (team) =>
                html`<label class="check"><input type="checkbox" name="teamIds" value=${team.teamId} ?checked=${a?.teamIds.includes(team.teamId) ?? false} />${team.name ?? team.teamId}</label>`,
            )}
          </div>
        </fieldset>
        <div class="field">
          <label for=${id('professional')}>${t.professionalIdLabel}</label>
          <input id=${id('professional')} name="professionalId" pattern="[A-Za-z0-9][A-Za-z0-9_\\-]{0,63}" .value=${a?.professionalId ?? ''} aria-describedby=${id('professional-hint')} />
          <p id=${id('professional-hint')} class="muted">${t.professionalIdHint}</p>
        </div>
        <tandem-error .problem=${this.#action.problem}></tandem-error>
        <button type="submit" ?disabled=${this.#action.busy}>${a ? t.save : t.createAccount}</button>
      </fieldset>
    </form>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const formElement = event.target as HTMLFormElement
    const form = new FormData(formElement)
    const { t } = this.#services.i18n
    const professionalId = String(form.get('professionalId') ?? '').trim()
    const displayName = String(form.get('displayName'))
    const fields = {
      displayName,
      role: String(form.get('role')),
      teamIds: form.getAll('teamIds').map(String),
    }
    await this.#action.run(async () => {
      if (this.account) {
        await this.#services.api.patch(`/api/accounts/${encodeURIComponent(this.account.id)}`, {
          ...fields,
          professionalId: professionalId === '' ? null : professionalId,
        })
        this.dispatchEvent(new AccountsChangedEvent(t.accountSaved(displayName)))
      } else {
        await this.#services.api.post('/api/accounts', {
          ...fields,
          username: String(form.get('username')),
          password: String(form.get('password')),
          ...(professionalId === '' ? {} : { professionalId }),
        })
        formElement.reset()
        this.dispatchEvent(new AccountsChangedEvent(t.accountCreated(displayName)))
      }
    })
  }
}
customElements.define('tandem-account-form', AccountForm)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-account-form': AccountForm
  }
}
