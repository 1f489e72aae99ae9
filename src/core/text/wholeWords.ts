// Where a text writes a word or a phrase as whole words: not inside a longer word or number ("Tory" is not in
// "history", "12" not in "2012").

const WORD_CHAR = /[\p{L}\p{N}]/u;

function standsWhole(text: string, at: number, length: number): boolean {
  return !WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + length] ?? '');
}

/** The offsets where `text` writes `words` as whole words, left to right, without overlaps. */
export function wholeWordOffsets(text: string, words: string): number[] {
  const out: number[] = [];
  if (!words) return out;
  for (let at = text.indexOf(words); at >= 0; ) {
    if (standsWhole(text, at, words.length)) {
      out.push(at);
      at = text.indexOf(words, at + words.length);
    } else at = text.indexOf(words, at + 1);
  }
  return out;
}

/** Whether `text` writes `words` as whole words at least once. */
export function writesWholeWords(text: string, words: string): boolean {
  if (!words) return false;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) if (standsWhole(text, at, words.length)) return true;
  return false;
}
