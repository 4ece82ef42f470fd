import type { Metadata } from 'next'

import { NotFoundContent } from '@/site/components/NotFoundContent'

export const metadata: Metadata = { robots: { index: false } }

// Kept free of database reads: Next.js puts this boundary into every page's payload.
export default function NotFound() {
  return <NotFoundContent />
}
