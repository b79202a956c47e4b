/**
 * Reading a bundle for the commands: a file, an http(s) URL, or "-" for standard input.
 */
/// <reference types="node" />
import { readFile } from 'node:fs/promises';

const FETCH_TIMEOUT_MS = 30_000;

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

export const isWebAddress = (input: string): boolean => /^https?:\/\//i.test(input);

export async function readInput(input: string): Promise<string> {
  if (input === '-') return readStdin();
  if (isWebAddress(input)) {
    const response = await fetch(input, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    return response.text();
  }
  return readFile(input, 'utf8');
}

/** Why `readInput` failed, in words: "no such file", "the server answered 404 Not Found". */
export const readFailure = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
