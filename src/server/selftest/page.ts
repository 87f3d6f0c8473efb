/** The sidebar file opened on its self-test view: the same HTML, its body marked data-view="selftest" (the sidebar reads it on start). */
export const SELF_TEST_VIEW = 'selftest';

/** `html` (dist/Sidebar.html) with `data-view="selftest"` on its <body>; throws when the file has no <body> to mark. */
export function selfTestPage(html: string): string {
  const body = /<body\b/i.exec(html);
  if (!body) throw new Error('Sidebar.html has no <body>');
  return `${html.slice(0, body.index + body[0].length)} data-view="${SELF_TEST_VIEW}"${html.slice(body.index + body[0].length)}`;
}
