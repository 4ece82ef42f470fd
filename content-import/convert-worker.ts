/**
 * The worker thread the import converts Markdown in (see converter.ts): one message in, one
 * result out. A failure of the conversion itself is a result, not a crash of the worker.
 */
import { parentPort } from 'node:worker_threads'

import { convertMarkdown, type NotConverted } from '@content-import/convert'

export type ConvertRequest = { id: number; markdown: string; lineOffset: number }
/** The result as JSON text: one string crosses threads faster than a deep object graph. */
export type ConvertResponse = { id: number; result: string }

parentPort!.on('message', ({ id, markdown, lineOffset }: ConvertRequest) => {
  let result: ReturnType<typeof convertMarkdown>
  try {
    result = convertMarkdown(markdown, lineOffset)
  } catch (error) {
    const tooDeep = error instanceof RangeError
    result = {
      ok: false,
      line: null,
      message: tooDeep
        ? 'Metin çözümlenemedi: çok derin iç içe yapı (köşeli parantezler, yıldızlar ya da listeler). Metni sadeleştirin.'
        : `Metin çözümlenemedi (${String((error as Error).message).slice(0, 120)}). Dosyayı kontrol edin.`,
    } satisfies NotConverted
  }
  parentPort!.postMessage({ id, result: JSON.stringify(result) } satisfies ConvertResponse)
})
parentPort!.postMessage('ready')
