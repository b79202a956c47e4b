/**
 * VS Code's HTML custom data (`html.customData`) from the Custom Elements Manifest, so an editor
 * completes the tags and their attributes with their descriptions and, where the type is a set
 * of strings, their values.
 *
 * Format: https://github.com/microsoft/vscode-custom-data (version 1.1).
 */

/** Attributes every HTML element has; editors already offer them, with their own value sets. */
const GLOBAL_ATTRIBUTES = new Set(['lang', 'dir']);

/** `'auto' | 'light' | 'dark'` → ['auto', 'light', 'dark']; undefined for any other type. */
export function stringLiteralValues(typeText) {
  const members = (typeText ?? '').split('|').map((member) => member.trim());
  const literal = /^(['"])([^'"]*)\1$/;
  if (members.length < 2 || !members.every((member) => literal.test(member))) return undefined;
  return members.map((member) => literal.exec(member)[2]);
}

const markdown = (value) => ({ kind: 'markdown', value });

function attributeData(attribute) {
  const lines = [attribute.description ?? ''];
  const isBoolean = attribute.type?.text === 'boolean';
  if (attribute.default !== undefined && !isBoolean && attribute.default !== 'null' && attribute.default !== "''") {
    lines.push(`Default: \`${attribute.default.replace(/^'(.*)'$/, '$1')}\``);
  }
  const data = { name: attribute.name, description: markdown(lines.filter(Boolean).join('\n\n')) };
  const values = stringLiteralValues(attribute.type?.text);
  if (values) data.values = values.map((name) => ({ name }));
  // "v": VS Code's value set for attributes that take no value, like `hidden`.
  else if (isBoolean) data.valueSet = 'v';
  return data;
}

function tagData(element) {
  const events = (element.events ?? []).map((event) => `- \`${event.name}\`: ${event.description ?? ''}`);
  const description = [element.summary ?? element.description ?? ''];
  if (events.length > 0) description.push(`Events:\n${events.join('\n')}`);
  return {
    name: element.tagName,
    description: markdown(description.join('\n\n')),
    attributes: (element.attributes ?? []).filter((attribute) => !GLOBAL_ATTRIBUTES.has(attribute.name)).map(attributeData),
  };
}

/** The custom data for every element the manifest declares with a tag name. */
export function vscodeCustomData(manifest) {
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  return { version: 1.1, tags: elements.map(tagData) };
}
