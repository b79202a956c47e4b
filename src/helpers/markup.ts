/** Text for HTML written as a string (a snippet to paste, a server-rendered tag): `&`, `<`, `>` escaped. */
export const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same, for a double-quoted attribute value. */
export const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');
