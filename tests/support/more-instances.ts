import { BasePayload, type Payload } from 'payload'

/**
 * More instances of the app's Payload on the database the file's first one uses (DATABASE_URI
 * as bootPayload set it): each its own connection, as several app processes behind the proxy
 * have. getPayload keeps one per process, so these are made as it makes its own.
 */
export async function moreInstances(count: number): Promise<{ instances: Payload[]; close: () => Promise<void> }> {
  const { default: config } = await import('@payload-config')
  const instances: Payload[] = []
  for (let i = 0; i < count; i++) instances.push(await new BasePayload().init({ config: await config }))
  return { instances, close: async () => void (await Promise.all(instances.map((p) => p.destroy()))) }
}
