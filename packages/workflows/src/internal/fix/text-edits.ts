/** A replacement of `text[start, end)`; an insertion when start === end. Offsets in the text being edited. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Whether two edits touch the same characters (insertions at one offset do not conflict). */
export function overlaps(a: TextEdit, b: TextEdit): boolean {
  const inside = (at: number, edit: TextEdit): boolean => at > edit.start && at < edit.end;
  if (a.start === a.end) return inside(a.start, b);
  if (b.start === b.end) return inside(b.start, a);
  return a.start < b.end && b.start < a.end;
}

/** The text with every edit applied; insertions at one offset keep their order. Edits must not overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = edits.map((edit, order) => ({ edit, order })).sort((a, b) => a.edit.start - b.edit.start || a.order - b.order);
  let out = '';
  let from = 0;
  for (const { edit } of ordered) {
    if (edit.start < from) throw new Error(`overlapping edits at offset ${edit.start}`);
    out += text.slice(from, edit.start) + edit.text;
    from = edit.end;
  }
  return out + text.slice(from);
}
