/** Why an identifier was refused, for the person at the terminal: Chinese first, English beside it. */
export interface Problem {
  readonly zh: string;
  readonly en: string;
}
