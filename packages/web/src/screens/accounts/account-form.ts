import { html, LitElement, nothing } from 'lit'
import type { Account, Role } from '../../api/types.ts'
import type { TeamSummary } from '../../api/types-planning.ts'
import { PendingAction } from '../../controllers/pending-action.ts'
import { Services } from '../../controllers/services.ts'
import { AccountsChangedEvent } from '../../events/accounts-changed-event.ts'
import { button } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { errorSummary } from '../../ui/error-summary.ts'
import { control, field, fieldset } from '../../ui/form-field.ts'
import '../../ui/tandem-error.ts'

const roles: readonly Role[] = ['professional', 'coach', 'auditor', 'admin']

/**
 * Creates an account (`POST /api/accounts`) or, given `account`, changes its name, role, teams and
 * linked professional (`PATCH /api/accounts/:id`). The server checks every field; its refusal is
 * shown as it is.
 */
export class AccountForm extends LitElement {
  static override properties = { account: { attribute: false }, teams: { attribute: false } }
  static override styles = [componentStyles]

  declare account: Account | undefined
  declare teams: readonly TeamSummary[]
  readonly #services = new Services(this)
  readonly #action = new PendingAction(this)

  constructor() {
    super()
    this.teams = []
  }

  /** Opened from a row: the keyboard continues in the form's first field. */
  focusFirst(): void {
    this.renderRoot.querySelector<HTMLElement>('input, select')?.focus()
  }

  override render() {
    const { t } = this.#services.i18n
    const x = this.#action
    const a = this.account
    const id = (part: string) => `${a?.id ?? 'new'}-${part}`
    return html`<form novalidate @submit=${this.#submit}>
      ${errorSummary(x, t)}
      ${fieldset(
        { legend: a ? t.changeAccount(a.displayName) : t.newAccount },
        html`${
          a
            ? nothing
            : field(
                {
                  id: id('username'),
                  label: t.username,
                  description: t.usernameHint,
                  error: x.errorFor('username'),
                },
                (c) =>
                  html`<input id=${c.id} name="username" class=${control.textbox} autocomplete="off" required
                    pattern="[A-Za-z0-9._\\-]{2,64}" aria-describedby=${c.describedBy} aria-invalid=${c.invalid} />`,
              )
        }
          ${field(
            { id: id('name'), label: t.displayName, error: x.errorFor('displayName') },
            (c) =>
              html`<input id=${c.id} name="displayName" class=${control.textbox} required maxlength="200"
                .value=${a?.displayName ?? ''} aria-describedby=${c.describedBy} aria-invalid=${c.invalid} />`,
          )}
          ${
            a
              ? nothing
              : field(
                  {
                    id: id('password'),
                    label: t.password,
                    description: t.passwordHint,
                    error: x.errorFor('password'),
                  },
                  (c) =>
                    html`<input id=${c.id} name="password" type="password" class=${control.textbox} autocomplete="new-password"
                      minlength="10" required aria-describedby=${c.describedBy} aria-invalid=${c.invalid} />`,
                )
          }
          ${field(
            { id: id('role'), label: t.role },
            (c) => html`<select id=${c.id} name="role" class=${control.select}>
              ${roles.map((r) => html`<option value=${r} ?selected=${(a?.role ?? 'professional') === r}>${t.roles[r]}</option>`)}
            </select>`,
          )}
          ${fieldset(
            { legend: t.teams },
            html`${this.teams.length === 0 ? html`<p class="utrecht-paragraph tandem-muted">${t.none}</p>` : nothing}
              <div class="tandem-checks">
                ${this.teams.map((team) =>
                  field(
                    { id: id(`team-${team.teamId}`), label: team.name ?? team.teamId, kind: 'checkbox' },
                    (c) =>
                      html`<input type="checkbox" class=${control.checkbox} id=${c.id} name="teamIds" value=${team.teamId}
                        ?checked=${a?.teamIds.includes(team.teamId) ?? false} />`,
                  ),
                )}
              </div>`,
          )}
          ${field(
            {
              id: id('professional'),
              label: t.professionalIdLabel,
              description: t.professionalIdHint,
              error: x.errorFor('professionalId'),
            },
            (c) =>
              html`<input id=${c.id} name="professionalId" class=${control.textbox} pattern="[A-Za-z0-9][A-Za-z0-9_\\-]{0,63}"
                .value=${a?.professionalId ?? ''} aria-describedby=${c.describedBy} aria-invalid=${c.invalid} />`,
          )}
          <tandem-error .problem=${x.problem}></tandem-error>
          ${button({ label: a ? t.save : t.createAccount, type: 'submit', appearance: 'primary', busy: x.busy })}`,
      )}
    </form>`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    const { t } = this.#services.i18n
    await this.#action.submit(event, t, async (form, formElement) => {
      const professionalId = String(form.get('professionalId') ?? '').trim()
      const displayName = String(form.get('displayName'))
      const fields = {
        displayName,
        role: String(form.get('role')),
        teamIds: form.getAll('teamIds').map(String),
      }
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
