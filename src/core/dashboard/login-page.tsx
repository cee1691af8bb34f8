/** The login page (the admin token) and the page shown for an error. */
import { Layout, Notice } from './layout.js';

/** The login form. */
export function LoginPage(props: { error?: string | undefined }) {
  return (
    <Layout title="Log in" ctx={{}}>
      <h1>Log in</h1>
      {props.error !== undefined && <Notice kind="error">{props.error}</Notice>}
      <form method="post" action="/_/login" class="stack">
        <div>
          <label for="admin-token">Admin token (W2G_ADMIN_TOKEN)</label>
          <input id="admin-token" name="token" type="password" required autocomplete="current-password" size={40} />
        </div>
        <button type="submit" class="primary">
          Log in
        </button>
      </form>
    </Layout>
  );
}

/** A page that says what went wrong and what to do. */
export function ErrorPage(props: { status: number; message: string; loggedIn: boolean; csrf?: string | undefined }) {
  return (
    <Layout title={`Error ${props.status}`} ctx={{ csrf: props.csrf }}>
      <h1>{props.status === 404 ? 'Not found' : `Error ${props.status}`}</h1>
      <Notice kind="error">{props.message}</Notice>
      <p>
        <a href={props.loggedIn ? '/_/' : '/_/login'}>{props.loggedIn ? 'Back to the deliveries' : 'Log in'}</a>
      </p>
    </Layout>
  );
}
