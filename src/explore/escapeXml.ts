const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe inside XML or HTML elements and quoted attributes. */
export const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
