// A team member's shape, apart from store.ts: the results, the privacy rule and their tests use it without loading Payload.

/** A member's answers as stored: question number → choice number (0: not sure). */
export type MemberAnswers = Record<string, number>
export type Member = { id: string; role: Role; name: string; answers: MemberAnswers; at: string }
export const roles = ['board', 'staff', 'volunteer', 'member', 'other'] as const
export type Role = (typeof roles)[number]
