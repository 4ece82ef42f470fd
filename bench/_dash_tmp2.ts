import { getPayload } from 'payload'
import config from '@payload-config'
import { publishedQuestions } from '@/cms/insights/totals'
import { reviewFirst } from '@/cms/insights/review-first'
import { readTally } from '@/shared/insights/contributions'
import { weeklyReads } from '@/cms/insights/page-views'
const payload = await getPayload({ config })
for (let r = 0; r < 5; r++) {
  const t = (s: number) => Math.round(performance.now() - s)
  let s = performance.now(); const pub = await publishedQuestions(payload); const a = t(s)
  s = performance.now(); const tally = await readTally(payload); const b = t(s)
  s = performance.now(); await reviewFirst(payload, pub, tally); const c = t(s)
  s = performance.now(); await weeklyReads(payload); const d = t(s)
  console.log(`published ${a} tally ${b} reviewFirst ${c} weeklyReads ${d}  (${pub.length} q, contributions ${tally.contributions})`)
}
process.exit(0)
