/** What `npm audit --json` prints: advisories by package, or the registry's refusal. */
export type AuditReport = {
  vulnerabilities?: Record<string, { name: string; severity: 'info' | 'low' | 'moderate' | 'high' | 'critical' }>
  statusCode?: number
  message?: string
}

/** Why no advisories could be read (the registry does not serve them), or null when they were. */
export function auditUnavailable(report: AuditReport): string | null {
  if (report.vulnerabilities) return null
  return report.message ?? `the registry answered ${report.statusCode ?? 'nothing usable'}`
}

/** High and critical advisories on packages docs/operations/production.md does not list as not applying. */
export function unacceptedAdvisories(report: AuditReport, accepted: string[]): string[] {
  return Object.values(report.vulnerabilities ?? {})
    .filter((v) => v.severity === 'high' || v.severity === 'critical')
    .map((v) => `${v.name} (${v.severity})`)
    .filter((entry) => !accepted.some((name) => entry.startsWith(`${name} `)))
}

/** Package names in the "Dependency advisories" table of docs/operations/production.md. */
export function acceptedInDocs(page: string): string[] {
  const section = page.split('## Dependency advisories')[1]?.split('\n## ')[0].split('\n### ')[0] ?? ''
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1])
}
