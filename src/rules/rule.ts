// A rule is a named reason. Every dropped or moved line points at one, so --explain can say why.
export interface Rule {
  /** Stable kebab-case name: users grep explain output for it. */
  readonly name: string;
  /** One sentence a user can read. */
  readonly reason: string;
}

export function rule(name: string, reason: string): Rule {
  return { name, reason };
}
