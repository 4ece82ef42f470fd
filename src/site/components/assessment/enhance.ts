/** What the assessment's script says, in the page's language. */
export type EnhanceTexts = {
  resume: string
  /** `{n}` is the number of answers kept. */
  resumeNote: string
  clear: string
  cleared: string
  copied: string
  planLive: string
}

/**
 * The assessment's own script, inline in its pages, which leave without Next.js's scripts
 * (src/cli/without-scripts.ts; docs/decisions/009-assessment-without-nextjs-scripts.md). Every
 * page works without it; with it the browser keeps the answers as they are given
 * (localStorage, nothing leaves the browser) and the start page offers them back, the focus
 * moves to an area's error summary, the report's address follows its action plan, and the
 * report can be copied and printed. It is sent as its own source text (`toString`), so it uses
 * nothing from outside this function.
 */
export function enhanceAssessment(texts: EnhanceTexts, page: { keepAnswers: boolean }): void {
  const memoryKey = 'rota-assessment'
  const isAnswer = (name: string) => /^q\d+$/.test(name)
  const answerForm = document.querySelector<HTMLFormElement>('form.assessment-form')

  // The answers of the page's address and its form, kept to come back to.
  const keepAnswers = () => {
    const params = new URLSearchParams(window.location.search)
    params.delete('go')
    if (answerForm)
      for (const [key, value] of new FormData(answerForm)) if (isAnswer(key)) params.set(key, String(value))
    const answered = [...params.keys()].filter(isAnswer).length
    if (answered === 0) return
    try {
      window.localStorage.setItem(
        memoryKey,
        JSON.stringify({ path: window.location.pathname, query: params.toString(), answered }),
      )
    } catch {
      // Storage full or blocked (private mode): the address still holds the answers.
    }
  }
  if (page.keepAnswers) {
    keepAnswers()
    answerForm?.addEventListener('change', keepAnswers)
  }

  // The start page: the answers this browser kept, a way back to them and a way to clear them.
  const resume = document.querySelector<HTMLElement>('[data-resume]')
  if (resume) {
    let memory: { path: string; query: string; answered: number } | null = null
    try {
      memory = JSON.parse(window.localStorage.getItem(memoryKey) ?? 'null')
    } catch {
      // Nothing readable kept.
    }
    if (memory && typeof memory.path === 'string' && memory.path.startsWith('/')) {
      const note = document.createElement('p')
      note.textContent = texts.resumeNote.replace('{n}', String(memory.answered))
      const link = document.createElement('a')
      link.className = 'button'
      link.href = `${memory.path}?${memory.query}`
      link.textContent = texts.resume
      const clear = document.createElement('button')
      clear.type = 'button'
      clear.className = 'button--secondary'
      clear.textContent = texts.clear
      clear.addEventListener('click', () => {
        window.localStorage.removeItem(memoryKey)
        const status = document.createElement('p')
        status.setAttribute('role', 'status')
        status.textContent = texts.cleared
        resume.replaceChildren(status)
        resume.className = ''
      })
      resume.className = 'resume-notice'
      resume.replaceChildren(note, link, ' ', clear)
    }
  }

  // An area sent incomplete: keyboard users start from what is missing.
  document.getElementById('error-summary')?.focus()

  // The report: its address follows the action plan, so a copied link or bookmark holds it.
  const planNote = document.querySelector<HTMLElement>('[data-plan-note]')
  const planForm = planNote?.closest('form')
  if (planNote && planForm) {
    const follow = () => {
      const data = new FormData(planForm)
      const query = new URLSearchParams()
      const value = (name: string) => String(data.get(name) ?? '').trim()
      for (const [name, given] of data) if (isAnswer(name) || name === 'd') query.set(name, String(given))
      for (const name of data.keys()) {
        const picked = /^p(\d+)$/.exec(name)
        if (!picked || value(name) !== '1') continue
        const n = picked[1]
        query.set(`p${n}`, '1')
        if (value(`o${n}`)) query.set(`o${n}`, value(`o${n}`))
        if (value(`t${n}`)) query.set(`t${n}`, value(`t${n}`))
      }
      if (value('prev')) query.set('prev', value('prev'))
      const text = query.toString()
      const url = `${window.location.pathname}${text ? `?${text}` : ''}`
      if (url !== `${window.location.pathname}${window.location.search}`)
        window.history.replaceState(window.history.state, '', url)
    }
    // At once too: a form sent without the script left its empty fields in the address (`prev=`).
    follow()
    planForm.addEventListener('input', follow)
    planForm.addEventListener('change', follow)
    planNote.textContent = texts.planLive
  }

  // The report's copy and print buttons.
  const tools = document.querySelector<HTMLElement>('[data-report-tools]')
  if (tools) {
    const status = tools.querySelector<HTMLElement>('[role=status]')
    tools.querySelector('[data-copy]')?.addEventListener('click', async () => {
      await navigator.clipboard?.writeText(window.location.href).catch(() => undefined)
      if (status) status.textContent = texts.copied
    })
    tools.querySelector('[data-print]')?.addEventListener('click', () => window.print())
  }
}
