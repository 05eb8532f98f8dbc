/** A schema of `@citadel/protocol/api`, as far as reading an answer needs it. */
interface AnswerSchema<T> {
  safeParse(value: unknown): { readonly success: true; readonly data: T } | { readonly success: false };
}

/**
 * A reader of one answer body: the value `pick` takes from it when `schema` (the route's answer
 * in `@citadel/protocol/api`) accepts it, else `undefined`. Unknown members are dropped by the schema.
 */
export const readAnswer = <T, R>(schema: AnswerSchema<T>, pick: (answer: T) => R) => (body: unknown): R | undefined => {
  const parsed = schema.safeParse(body);
  return parsed.success ? pick(parsed.data) : undefined;
};
