const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every interpolated value goes through this: `next` comes straight from the URL. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * A whole page without inline script or style (the CSP forbids both); the look comes from
 * /sign-in.css, which is reachable before signing in.
 */
function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${escapeHtml(title)} · Threadline</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/sign-in.css" />
  </head>
  <body>
    <main>
      <p class="brand"><img src="/favicon.svg" alt="" width="24" height="24" /> Threadline</p>
${body}
    </main>
  </body>
</html>
`;
}

export interface SignInPageOptions {
  /** Already checked by safeNext. */
  next: string;
  /** Shown with role=alert, and marks the token field invalid. */
  error?: string | undefined;
}

export function signInPage({ next, error }: SignInPageOptions): string {
  const alert =
    error === undefined
      ? ''
      : `      <p class="error" id="token-error" role="alert">${escapeHtml(error)}</p>\n`;
  const invalid = error === undefined ? '' : ' aria-invalid="true" aria-describedby="token-error"';
  return layout(
    'Sign in',
    `      <h1>Sign in</h1>
      <p>Threadline shows customer conversations. Enter the access token your administrator gave you.</p>
${alert}      <form method="post" action="/sign-in">
        <input type="hidden" name="next" value="${escapeHtml(next)}" />
        <label for="token">Access token</label>
        <input id="token" name="token" type="password" autocomplete="current-password" required autofocus${invalid} />
        <button type="submit">Sign in</button>
      </form>`,
  );
}

/** For SSO deployments: the proxy in front of us sent a request without the agent's name. */
export function unidentifiedPage(): string {
  return layout(
    'Not signed in',
    `      <h1>Threadline could not tell who you are</h1>
      <p role="alert">Your single sign-on proxy did not identify you. Open Threadline through your organisation's sign-in link, or ask an administrator to check the proxy.</p>`,
  );
}
