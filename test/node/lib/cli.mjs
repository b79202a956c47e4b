/**
 * What the command-line tests share: running `dist/cli.js` as users run it (a child process,
 * its output and exit status), and reading the HTML it writes (parse5 trees, declarative shadow
 * roots included).
 */
import { spawn } from 'node:child_process';
import { defaultTreeAdapter as tree } from 'parse5';

/** Runs `node dist/cli.js …args` with `input` on standard input; resolves to its status and output. */
export function runCli(args, input) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/cli.js', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** A node's children; a template's content counts as its children. */
export const childrenOf = (node) => (node.nodeName === 'template' ? tree.getTemplateContent(node).childNodes : (node.childNodes ?? []));
export const attributeOf = (node, name) => node.attrs?.find((each) => each.name === name)?.value;

/** The text of a node, declarative shadow roots included, styles left out, white space collapsed. */
export const textOf = (node) => {
  const walk = (each) => (each.nodeName === '#text' ? each.value : each.nodeName === 'style' ? '' : childrenOf(each).map(walk).join(''));
  return walk(node).replace(/\s+/g, ' ').trim();
};

/** Every element under a node, through templates. */
export function* elementsOf(node) {
  for (const child of childrenOf(node)) {
    if (!child.tagName) continue;
    yield child;
    yield* elementsOf(child);
  }
}
