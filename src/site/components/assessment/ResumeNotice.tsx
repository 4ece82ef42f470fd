'use client'

import { useEffect, useState } from 'react'

import { memoryKey, type Memory } from '@/site/components/assessment/AnswerMemory'

type Props = { texts: { resume: string; resumeNote: string; clear: string; cleared: string } }

/** On the start page: the answers this browser kept, with a way back to them and a way to clear them. */
export function ResumeNotice({ texts }: Props) {
  const [memory, setMemory] = useState<Memory | null>(null)
  const [cleared, setCleared] = useState(false)
  useEffect(() => {
    try {
      const saved = window.localStorage.getItem(memoryKey)
      if (saved) setMemory(JSON.parse(saved) as Memory)
    } catch {
      // Nothing readable kept.
    }
  }, [])
  if (cleared) return <p role="status">{texts.cleared}</p>
  if (!memory) return null
  return (
    <div className="resume-notice">
      <p>{texts.resumeNote.replace('{n}', String(memory.answered))}</p>
      <a className="button" href={`${memory.path}?${memory.query}`}>
        {texts.resume}
      </a>{' '}
      <button
        type="button"
        className="button--secondary"
        onClick={() => {
          window.localStorage.removeItem(memoryKey)
          setMemory(null)
          setCleared(true)
        }}
      >
        {texts.clear}
      </button>
    </div>
  )
}
