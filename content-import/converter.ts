import { Worker } from 'node:worker_threads'

import { formatNumber, limits } from '@/shared/limits'
import type { Converted, ConvertedBody, NotConverted } from '@content-import/convert'
import type { ConvertResponse } from '@content-import/convert-worker'
import { FileProblem, type SourceHeader } from '@content-import/parse'

const notConverted = (message: string): NotConverted => ({ ok: false, line: null, message })
const timedOut = (ms: number) =>
  notConverted(
    `Metin ${formatNumber(ms / 1000)} saniyede çözümlenemedi: çok uzun ya da olağan dışı bir Markdown (örneğin binlerce yıldız, köşeli parantez ya da iç içe liste). Metni sadeleştirin ya da bölün.`,
  )
const outOfMemory = (mb: number) =>
  notConverted(
    `Metni çözümlemek ${formatNumber(mb)} MB'tan fazla bellek gerektirdi: dosya olağan dışı. Metni sadeleştirin ya da bölün.`,
  )
const crashed = notConverted(
  'Metin çözümlenirken dönüştürücü durdu. Dosyayı kontrol edin; sorun sürerse geliştiricilere bildirin.',
)

/**
 * Converts Markdown in a worker thread, one file at a time, so that every file gets bounded
 * time and memory: a file that takes longer than `limits.import.convertMs` or more memory
 * than `limits.import.convertMemoryMb` (or the bounds given) ends that worker and becomes
 * that file's error; the next file gets a fresh worker. The run never blocks on one file,
 * and can have the next file converted (`ahead`) while it writes the current one.
 */
export class Converter {
  private worker: Promise<Worker> | null = null
  private nextId = 0
  /** Conversions wait for the one before: each file's time bound counts its own work only. */
  private queue: Promise<unknown> = Promise.resolve()
  private readonly started = new Map<SourceHeader, Promise<ConvertedBody>>()

  constructor(
    private readonly bounds: { timeoutMs: number; memoryMb: number } = {
      timeoutMs: limits.import.convertMs,
      memoryMb: limits.import.convertMemoryMb,
    },
  ) {}

  private start(): Promise<Worker> {
    this.worker ??= new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./convert-worker.mjs', import.meta.url), {
        execArgv: [],
        resourceLimits: { maxOldGenerationSizeMb: this.bounds.memoryMb, maxYoungGenerationSizeMb: 32 },
      })
      worker.once('message', () => resolve(worker))
      worker.once('error', reject)
    })
    return this.worker
  }

  private discard(worker: Worker) {
    this.worker = null
    void worker.terminate()
  }

  convert(markdown: string, lineOffset: number): Promise<Converted | NotConverted> {
    const job = this.queue.then(() => this.convertNow(markdown, lineOffset))
    this.queue = job
    return job
  }

  private async convertNow(markdown: string, lineOffset: number): Promise<Converted | NotConverted> {
    const worker = await this.start()
    const id = ++this.nextId
    return new Promise((resolve) => {
      const finish = (result: Converted | NotConverted, broken: boolean) => {
        clearTimeout(timer)
        worker.off('message', onMessage).off('error', onError).off('exit', onExit)
        if (broken) this.discard(worker)
        resolve(result)
      }
      const onMessage = (message: ConvertResponse) => {
        if (message.id === id) finish(JSON.parse(message.result) as Converted | NotConverted, false)
      }
      const onError = (error: NodeJS.ErrnoException) =>
        finish(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(this.bounds.memoryMb) : crashed, true)
      const onExit = () => finish(crashed, true)
      const timer = setTimeout(() => finish(timedOut(this.bounds.timeoutMs), true), this.bounds.timeoutMs)
      worker.on('message', onMessage).on('error', onError).on('exit', onExit)
      worker.postMessage({ id, markdown, lineOffset })
    })
  }

  /** Starts converting a file the run will need next, so the worker works while the run writes. */
  ahead(header: SourceHeader): void {
    if (this.started.has(header)) return
    const body = this.convertBody(header)
    // Its failure is reported when the run asks for the body, not here.
    body.catch(() => undefined)
    this.started.set(header, body)
  }

  /** One file's body as the editor's rich text, or a FileProblem naming what to fix. */
  body(header: SourceHeader): Promise<ConvertedBody> {
    const started = this.started.get(header)
    this.started.delete(header)
    return started ?? this.convertBody(header)
  }

  private async convertBody(header: SourceHeader): Promise<ConvertedBody> {
    if (!header.markdown.trim()) return { body: null, links: [], warnings: [] }
    const result = await this.convert(header.markdown, header.bodyStartLine - 1)
    if (!result.ok) throw new FileProblem(result.message, result.line)
    return {
      body: result.body,
      links: result.links,
      warnings: result.warnings.map((w) => ({ file: header.file.label, line: w.line, message: w.message })),
    }
  }

  async close(): Promise<void> {
    this.started.clear()
    const worker = this.worker
    this.worker = null
    if (worker) await (await worker.catch(() => null))?.terminate()
  }
}
