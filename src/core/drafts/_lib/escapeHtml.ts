// The one escaper of text that becomes HTML (STYLE.md practice 14, as postal-mime's escapeHtml).
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** @example escapeHtml('<b>Ada & Bo</b>') === '&lt;b&gt;Ada &amp; Bo&lt;/b&gt;' */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
