/** Previous and next commitment within the current filtered list, and the position of this one (1-based). */
export function neighbours(ids: readonly string[], id: string): { prev?: string; next?: string; position?: number } {
  const index = ids.indexOf(id);
  if (index < 0) return {};
  return { prev: ids[index - 1], next: ids[index + 1], position: index + 1 };
}
