import { css } from 'lit'

/**
 * Base styles every component adopts: focus that is always visible (WCAG 2.4.7), buttons, forms
 * and tables from tokens only. Shadow DOM does not inherit these, hence one shared sheet.
 */
export const sharedStyles = css`
  :host {
    display: block;
    color: var(--tandem-color-text);
    font-size: var(--tandem-font-size-base);
  }
  *:focus-visible {
    outline: var(--tandem-focus-ring);
    outline-offset: 2px;
  }
  h1 {
    font-size: var(--tandem-font-size-xlarge);
    margin: 0 0 var(--tandem-space-3);
  }
  h2 {
    font-size: var(--tandem-font-size-large);
    margin: var(--tandem-space-5) 0 var(--tandem-space-2);
  }
  h3 {
    font-size: var(--tandem-font-size-base);
    margin: var(--tandem-space-4) 0 var(--tandem-space-2);
  }
  p {
    margin: 0 0 var(--tandem-space-3);
  }
  .muted {
    color: var(--tandem-color-text-muted);
  }
  button,
  .button {
    font: inherit;
    border: 2px solid var(--tandem-color-primary);
    background: var(--tandem-color-primary);
    color: var(--tandem-color-primary-text);
    border-radius: var(--tandem-radius);
    padding: var(--tandem-space-1) var(--tandem-space-4);
    cursor: pointer;
    min-height: 2.5rem;
  }
  button.secondary {
    background: var(--tandem-color-surface);
    color: var(--tandem-color-primary);
  }
  button:disabled {
    border-color: var(--tandem-color-border);
    background: var(--tandem-color-surface-alt);
    color: var(--tandem-color-text-muted);
    cursor: not-allowed;
  }
  label {
    display: block;
    font-weight: 600;
    margin-bottom: var(--tandem-space-1);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--tandem-color-text);
    background: var(--tandem-color-surface);
    border: 1px solid var(--tandem-color-border);
    border-radius: var(--tandem-radius);
    padding: var(--tandem-space-1) var(--tandem-space-2);
    min-height: 2.25rem;
    box-sizing: border-box;
  }
  input[type='checkbox'],
  input[type='radio'] {
    min-height: auto;
    width: 1.125rem;
    height: 1.125rem;
    flex: none;
  }
  textarea {
    width: 100%;
    min-height: 4rem;
  }
  fieldset {
    border: 1px solid var(--tandem-color-border);
    border-radius: var(--tandem-radius);
    margin: 0 0 var(--tandem-space-4);
    padding: var(--tandem-space-3) var(--tandem-space-4);
  }
  legend {
    font-weight: 700;
    padding: 0 var(--tandem-space-1);
  }
  .field {
    margin-bottom: var(--tandem-space-3);
  }
  .check {
    display: flex;
    gap: var(--tandem-space-2);
    align-items: center;
    font-weight: 400;
  }
  /* many checkboxes (who is present, participants) in columns instead of one long list */
  .checks {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
    gap: var(--tandem-space-1) var(--tandem-space-3);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--tandem-space-3);
    align-items: flex-end;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: left;
    font-weight: 700;
    padding-bottom: var(--tandem-space-2);
  }
  th,
  td {
    text-align: left;
    padding: var(--tandem-space-1) var(--tandem-space-2);
    border-bottom: 1px solid var(--tandem-color-border);
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .badge {
    display: inline-block;
    border-radius: var(--tandem-radius);
    padding: 0 var(--tandem-space-2);
    font-size: var(--tandem-font-size-small);
    font-weight: 600;
    background: var(--tandem-color-surface-alt);
  }
  .badge.ok {
    background: var(--tandem-color-ok-soft);
    color: var(--tandem-color-ok);
  }
  .badge.warn {
    background: var(--tandem-color-warn-soft);
    color: var(--tandem-color-warn);
  }
  .badge.danger {
    background: var(--tandem-color-danger-soft);
    color: var(--tandem-color-danger);
  }
  .notice {
    border-left: 4px solid var(--tandem-color-ok);
    background: var(--tandem-color-ok-soft);
    padding: var(--tandem-space-2) var(--tandem-space-3);
    margin: var(--tandem-space-3) 0;
  }
  .card {
    border: 1px solid var(--tandem-color-border);
    border-radius: var(--tandem-radius);
    padding: var(--tandem-space-4);
    margin-bottom: var(--tandem-space-4);
    background: var(--tandem-color-surface);
  }
  .card > :first-child,
  .card > fieldset:first-child + * {
    margin-top: 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`
