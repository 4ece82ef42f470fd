'use client'

import type { ReactNode } from 'react'

import { installAdminClock } from '@/cms/admin/clock'

// Before anything renders in the browser: Payload's own dates read the zone when they are drawn.
installAdminClock()

/** Gives Payload's date formatting in the browser the admin's zone (src/cms/admin/clock.ts). */
export default function AdminClock({ children }: { children: ReactNode }) {
  return children
}
