import type { Assessment } from '@/site/assessment'
import { benchmarkOf, type Benchmark } from '@/site/insights/benchmark'
import { payloadClient } from '@/site/payload-client'
import { minGroup, readTally } from '@/shared/insights/contributions'
import { makeShareToken } from '@/shared/insights/share-token'

/** The benchmark for a report or a team's results, from the totals this server keeps. */
export async function readBenchmark(assessment: Assessment, filterParam: unknown): Promise<Benchmark> {
  return benchmarkOf(assessment, await readTally(await payloadClient()), minGroup(), filterParam)
}

/** A fresh share token for a page that offers the share form (docs/decisions/011-anonymous-contributions.md). */
export async function freshShareToken(): Promise<string> {
  return makeShareToken((await payloadClient()).secret)
}
