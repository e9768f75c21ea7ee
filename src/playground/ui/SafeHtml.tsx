// Mail HTML and add-in HTML are untrusted here: they are shown in a sandboxed frame with no scripts, no
// same-origin access and no forms (sandbox="" + srcdoc), never injected into the playground's own page.
// The CSP also stops the frame from fetching anything (remote images in a mail would be a network request).
const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`;

export function SafeHtml(props: { readonly html: string; readonly title: string; readonly testId: string }) {
  return (
    <iframe
      className="safe-html"
      sandbox=""
      srcDoc={`<!doctype html><html><head>${CSP}<meta charset="utf-8"></head><body>${props.html}</body></html>`}
      title={props.title}
      data-testid={props.testId}
    />
  );
}
