/**
 * Reading a bundle, written once for everything that reads one: the loader (load.ts), the embed
 * builder and both commands. `readBundleText` takes the text, wherever it came from, and gives
 * the bundle or what is wrong with it; `fetchBundleText` is the browser's request for that text,
 * with a time limit and a size cap. The commands read files, standard input and URLs themselves
 * (src/cli/read-input.ts) and hand the text over.
 */
import { BundleError } from './bundle-error.js';
import type { Bundle } from './schema.js';
import { formatProblem, validateBundle, type BundleProblem } from './validate.js';

/** How long a request for a bundle may take, headers and body, when no `timeoutMs` is given. */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Bigger than any real topic bundle by far; a file this large is a mistake, not a topic. */
export const MAX_BUNDLE_CHARACTERS = 5 * 1024 * 1024;

/** Bundle text, checked: the bundle, or why it is not one. */
export type BundleReading =
  | {
      readonly valid: true;
      readonly bundle: Bundle;
      /** The JSON as parsed, before validation (the validate command warns about unknown fields in it). */
      readonly data: unknown;
    }
  | {
      readonly valid: false;
      /** What a widget reports: what is wrong, where, and what to do. */
      readonly error: BundleError;
      /**
       * The same as a list, for a tool that lists problems: the validator's, each with its JSON
       * path, or one at the root (path "") for text that is no bundle at all.
       */
      readonly problems: readonly BundleProblem[];
      /** The JSON as parsed, when the text was JSON. */
      readonly data?: unknown;
    };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const TOO_LARGE = `is larger than ${MAX_BUNDLE_CHARACTERS / 1024 / 1024} MB, far more than a topic bundle needs`;

/** `addressField` names what holds the address, for the reader of the message: `src` on a widget. */
const tooLarge = (where: string, addressField = 'src') =>
  new BundleError('bundle-too-large', `${where} ${TOO_LARGE}. Check that ${addressField} points at the bundle, or split the topic.`);

/** A text that is no bundle at all: the error a widget reports, and the one problem at the root. */
const notABundle = (error: BundleError, problem: string): BundleReading => ({
  valid: false,
  error,
  problems: [{ path: '', message: problem }],
});

/** Where in the text a JSON.parse error happened, as line and column, if the engine says. */
function jsonErrorPlace(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  if (!position) return '';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}

/**
 * Parses bundle text and validates it; never throws. `where` names the text in the error a
 * widget reports: "The bundle at https://…", "The pasted bundle".
 */
export function readBundleText(text: string, where: string): BundleReading {
  if (text.length > MAX_BUNDLE_CHARACTERS) return notABundle(tooLarge(where), `${TOO_LARGE}; check that this is the bundle, or split the topic`);
  if (text.trim() === '') {
    return notABundle(new BundleError('bundle-not-json', `${where} is empty: expected a JSON bundle.`), 'is empty: expected a JSON bundle');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    if (text.trimStart().startsWith('<')) {
      return notABundle(
        new BundleError(
          'bundle-not-json',
          `${where} is an HTML page, not a JSON bundle. Check the address: servers often answer a wrong one with an HTML error or login page.`,
        ),
        'is an HTML page, not a JSON bundle',
      );
    }
    const message = (error as Error).message;
    // V8 gives a position only (newer versions add the line); Firefox gives line and column.
    const reason = `${message}${message.includes('line') ? '' : jsonErrorPlace(text, message)}`;
    return notABundle(
      new BundleError(
        'bundle-not-json',
        `${where} is not valid JSON (${reason}). Look for a missing comma, quote or bracket, or a file cut short; \`npx news-widgets validate\` points at the spot.`,
      ),
      `is not valid JSON: ${reason}`,
    );
  }
  return readBundleData(data, where);
}

/** Validates parsed JSON (what `readBundleText` does after parsing); never throws. */
export function readBundleData(data: unknown, where: string): BundleReading {
  const result = validateBundle(data);
  if (result.valid) return { valid: true, bundle: result.bundle, data };
  const { problems } = result;
  const count = problems.length;
  const shown = problems.slice(0, 5).map((problem) => `\n  - ${formatProblem(problem)}`).join('');
  const error = new BundleError(
    'bundle-invalid',
    `${where} is not a valid bundle: ${plural(count, 'problem', 'problems')} to fix.${shown}${count > 5 ? `\n  … and ${count - 5} more; \`npx news-widgets validate\` lists them all.` : ''}`,
    problems,
  );
  return { valid: false, error, problems, data };
}

/** The timers a read waits on: the page's own, or a test's that moves only when told. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/** Bundle text as it arrived. */
export interface BundleText {
  readonly text: string;
  /** What relative links in the bundle resolve against. */
  readonly baseUrl: string;
}

export interface FetchBundleOptions {
  /** How long the request may take, headers and body, before it fails with `bundle-timeout`. */
  readonly timeoutMs?: number;
  /**
   * What holds the address, for the advice on a wrong one: a widget's `src` attribute unless
   * said (the builder names its URL field).
   */
  readonly addressField?: string;
  readonly clock?: Clock;
}

/**
 * Fetches bundle text in a browser: revalidated with the server every time, within a time limit,
 * and refused once larger than a bundle can be. Rejects with a `BundleError` (never anything
 * else) that says what went wrong and what to check.
 */
export async function fetchBundleText(url: string, options: FetchBundleOptions = {}): Promise<BundleText> {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, addressField, clock = systemClock } = options;
  const where = `The bundle at ${url}`;
  const abort = new AbortController();
  const timer = clock.setTimeout(() => abort.abort(), timeoutMs);
  try {
    // "no-cache" revalidates with the server every time: the browser sends If-None-Match /
    // If-Modified-Since from its cache and a 304 costs no body, yet a changed bundle is never
    // missed. Setting those headers by hand would make cross-origin requests need a preflight.
    const response = await fetch(url, { cache: 'no-cache', signal: abort.signal, headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new BundleError(
        'bundle-http',
        `${where} could not be loaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}. Check ${addressField ?? 'the src attribute'}${response.status === 404 ? ': is the file published at that address?' : ', or try again later.'}`,
      );
    }
    if (Number(response.headers.get('content-length')) > MAX_BUNDLE_CHARACTERS) throw tooLarge(where, addressField);
    return { text: await readBodyText(response, where, addressField, abort.signal), baseUrl: linkBase(response.url || url) };
  } catch (error) {
    if (error instanceof BundleError) throw error;
    if (abort.signal.aborted) {
      throw new BundleError(
        'bundle-timeout',
        `${where} did not arrive within ${timeoutMs / 1000} seconds. The server may be down or very slow; the page will show the fallback text until it answers.`,
      );
    }
    throw new BundleError(
      'bundle-network',
      `${where} could not be fetched (${(error as Error).message}). The reader may be offline, or the server refused: a bundle on another site must be served with an Access-Control-Allow-Origin header.`,
    );
  } finally {
    clock.clearTimeout(timer);
  }
}

/**
 * The body as text, read piece by piece so that reading stops as soon as it is too large: a
 * compressed or streamed answer has no Content-Length that says so in advance, and reading a
 * huge one whole would hold the reader's memory and tab.
 */
async function readBodyText(response: Response, where: string, addressField: string | undefined, aborted: AbortSignal): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      text += decoder.decode(chunk.value, { stream: true });
      if (text.length > MAX_BUNDLE_CHARACTERS) {
        void reader.cancel().catch(() => undefined);
        throw tooLarge(where, addressField);
      }
    }
  } catch (error) {
    if (error instanceof BundleError || aborted.aborted) throw error;
    throw new BundleError(
      'bundle-network',
      `${where} broke off while arriving (${(error as Error).message}): the connection dropped before the whole file came. The reader may have gone offline, or the server closed the connection early; if this keeps happening, check that the server sends the file whole.`,
    );
  }
  return text + decoder.decode();
}

/**
 * What a bundle's relative links resolve against: its own address, or the page's when that
 * address cannot be a base (a blob: URL, as a CMS preview makes), where resolving would throw.
 */
const linkBase = (address: string): string => (/^(https?|file):/i.test(address) ? address : document.baseURI);
