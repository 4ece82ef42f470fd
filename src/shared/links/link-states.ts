/** The states a checked link can be in (the `linkStatus.state` of a resource). */
export const linkStates = ['ok', 'redirected', 'broken', 'unreachable'] as const
export type LinkState = (typeof linkStates)[number]

/** States readers must not meet as a working link. */
export const failingStates: readonly LinkState[] = ['broken', 'unreachable']
