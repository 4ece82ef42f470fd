import { adminCredentials } from '@tests/support/browser-setup'

/** Talks to the running app's REST API the way an editor's tools would. */
export function siteApi(baseUrl: string) {
  async function call(path: string, init: RequestInit & { token?: string } = {}) {
    const response = await fetch(`${baseUrl}/api/${path}`, {
      ...init,
      headers: { 'Content-Type': 'application/json', ...(init.token ? { Authorization: `JWT ${init.token}` } : {}) },
    })
    // REST answers are checked field by field in the tests; typing every shape adds nothing.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: response.status, json: (await response.json()) as Record<string, any> }
  }
  async function login(who: { email: string; password: string }): Promise<string> {
    const { json } = await call('users/login', { method: 'POST', body: JSON.stringify(who) })
    return json.token as string
  }
  /** An editor account (created once by the admin) and its token. */
  async function editorToken(email = 'site-editor@example.org'): Promise<string> {
    const password = 'site-editor-password-1'
    const admin = await login(adminCredentials)
    await call('users', {
      method: 'POST',
      token: admin,
      body: JSON.stringify({ email, password, name: 'Site Editörü', role: 'editor' }),
    })
    return login({ email, password })
  }
  return { call, login, editorToken }
}

/** A Lexical document of paragraphs, as the admin editor saves it. */
export function richText(...paragraphs: string[]) {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
    },
  }
}
