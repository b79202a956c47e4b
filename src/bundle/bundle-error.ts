import type { BundleProblem } from './validate.js';

/**
 * Why a widget has no data. Stable codes for code; messages written for the editor who has to
 * fix the page or the file.
 */
export type BundleErrorCode =
  /** Neither `src` nor the `bundle` property is set. */
  | 'bundle-missing'
  /** `src` is not an address a browser can fetch. */
  | 'src-invalid'
  /** `src="#id"` names no `<script type="application/json">` on the page. */
  | 'bundle-inline-missing'
  /** The request failed: offline, DNS, refused, or blocked by CORS. */
  | 'bundle-network'
  /** No complete answer within the time limit. */
  | 'bundle-timeout'
  /** The server answered with an error status. */
  | 'bundle-http'
  /** The body is larger than a bundle may be. */
  | 'bundle-too-large'
  /** The body is not JSON. */
  | 'bundle-not-json'
  /** The JSON is not a valid bundle: see `problems`. */
  | 'bundle-invalid';

export class BundleError extends Error {
  override readonly name = 'BundleError';
  readonly code: BundleErrorCode;
  /** For `bundle-invalid`: every problem the validator found. */
  readonly problems: readonly BundleProblem[];

  constructor(code: BundleErrorCode, message: string, problems: readonly BundleProblem[] = []) {
    super(message);
    this.code = code;
    this.problems = problems;
  }
}
