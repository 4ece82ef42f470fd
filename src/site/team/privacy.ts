import { limits } from '@/shared/limits'
import { roles, type Member, type Role } from '@/site/team/member'

export type RoleGroups = {
  /** How many members chose each role (shown: a count is nobody's answers). */
  sizes: Map<Role, number>
  /** The roles whose members' answers are shown apart, in the roles' order. */
  shown: Role[]
  /** Members of the other roles: in the team's totals only, in the CSV without their role. */
  pooled: number
}

/**
 * Which roles' answers the team's results and its CSV show apart: the one rule for every
 * output (src/site/team/results.ts), so that no output reveals what another hides.
 *
 * Why this rule. The results show the team's totals, so a role shown apart also reveals, by
 * subtraction, what the members of the roles not shown answered together; and anyone who can
 * read the results (the coordinator, or every member once the results are shared) can add an
 * answer of their own through the members' link and subtract it again. So:
 * - a role is shown apart only with at least `limits.team.roleGroupMin` (3) members: setting
 *   aside any one member's answers (one fake member) still leaves two whose answers cannot be
 *   told apart. Two members were enough before, and one extra submission in a lone member's
 *   role revealed that member's answers;
 * - the members of the roles not shown, taken together, are either none or at least as many:
 *   while they are fewer, the smallest role shown joins them (ties: the later role in `roles`).
 *   Before, one board member beside two staff had the board's answers in totals − staff.
 * A count rule cannot stop someone who sends `roleGroupMin - 1` fake answers into one role;
 * that takes the members' link, which the coordinator closes once the team has answered.
 * Neither can it stop someone who reads the results before and after one person answers;
 * that holds for the team's totals as well, and is why the results are not for the public.
 */
export function roleGroups(members: ReadonlyArray<Pick<Member, 'role'>>): RoleGroups {
  const sizes = new Map<Role, number>()
  for (const m of members) sizes.set(m.role, (sizes.get(m.role) ?? 0) + 1)
  const min = limits.team.roleGroupMin
  const shown = roles.filter((role) => (sizes.get(role) ?? 0) >= min)
  let pooled = members.length - shown.reduce((sum, role) => sum + (sizes.get(role) ?? 0), 0)
  while (pooled > 0 && pooled < min && shown.length > 0) {
    const smallest = shown.reduce((a, b) => ((sizes.get(b) ?? 0) <= (sizes.get(a) ?? 0) ? b : a))
    shown.splice(shown.indexOf(smallest), 1)
    pooled += sizes.get(smallest) ?? 0
  }
  return { sizes, shown, pooled }
}
