import { adminCredentials } from '@tests/support/browser-setup'

/** Talks to the running app's REST API the way an editor's tools would. */
/** The password of the editor accounts `editorToken` creates (name "Site Editörü"). */
export const siteEditorPassword = 'site-editor-password-1'

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
    const password = siteEditorPassword
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

/**
 * A published question with one choice and its advice (one paragraph, or one per string),
 * made by an editor of its own, for a test that then changes the advice; `remove` deletes
 * the three afterwards.
 */
export async function publishedAdvice(
  baseUrl: string,
  editorEmail: string,
  number: number,
  question: string,
  body: string | string[],
) {
  const { call, editorToken } = siteApi(baseUrl)
  const token = await editorToken(editorEmail)
  const publish = async (collection: string, data: object) =>
    (await call(collection, { method: 'POST', token, body: JSON.stringify({ ...data, _status: 'published' }) })).json
      .doc as { id: string }
  const q = await publish('questions', { number, text: question })
  const choice = await publish('choices', { question: q.id, number: 1, label: 'Evet.' })
  const advice = await publish('advice', { choice: choice.id, body: richText(...([] as string[]).concat(body)) })
  return {
    token,
    adviceId: advice.id,
    /** Publishes a new text of the advice (through `through`, default the app it was made on). */
    republish: (text: string, through = baseUrl) =>
      fetch(`${through}/api/advice/${advice.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ body: richText(text), _status: 'published' }),
      }),
    async remove() {
      await call(`advice/${advice.id}`, { method: 'DELETE', token })
      await call(`choices/${choice.id}`, { method: 'DELETE', token })
      await call(`questions/${q.id}`, { method: 'DELETE', token })
    },
  }
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
