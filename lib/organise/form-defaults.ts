/**
 * Starting values of an edit-or-create form for an entity's plain text fields: the stored text when
 * editing, "" when creating (or when the stored value is null).
 */
type TextKeys<T> = { [K in keyof T]-?: T[K] extends string | null | undefined ? K : never }[keyof T];

export function textDefaults<T, K extends TextKeys<T>>(entity: T | undefined, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, String(entity?.[k] ?? "")])) as Record<K, string>;
}
