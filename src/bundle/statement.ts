import type { Attribution, DateValue, Excerpt, LocalizedText, Statement } from './schema.js';

/** A statement's parts, whichever way it was written: plain text, or text with its date and claimant. */
export interface StatementParts {
  readonly text: LocalizedText;
  /** The date the text was true on ("now holds" as of 3 November 2017). */
  readonly asOf?: DateValue;
  readonly attribution?: Attribution;
  readonly sources?: readonly string[];
  /** The words of its sources that support it. */
  readonly excerpts?: readonly Excerpt[];
}

/**
 * A summary, note or goal as parts: text written as a plain string or language map has no date,
 * claimant or sources of its own; `{"text": …, "asOf": …}` has them. (No language tag is
 * "text", so a language map never has that key.)
 */
export function statementOf(value: LocalizedText | Statement | undefined): StatementParts | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'object' && Object.hasOwn(value, 'text')) return value as StatementParts;
  return { text: value as LocalizedText };
}
