import type { Doc, Stage } from './doc.ts';
import { getLexicon } from './lexicon.ts';
import { normalise } from './normalise.ts';

/**
 * English names for entities the lexicon does not know: each name token takes its most frequent English
 * spelling from the name-pair list, and unknown tokens are romanised letter by letter with simple vowel
 * rules. The result is marked TRANSLITERATION so nobody mistakes it for an attested name.
 */
const PARTICLES: Record<string, string> = { بن: 'bin', بنت: 'bint', ابن: 'ibn', ابو: 'Abu', ام: 'Umm', ال: 'Al', ولد: 'Ould' };

const LETTERS: Record<string, string> = {
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh',
  ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: "'", غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n',
  ه: 'h', ة: 'a', ء: "'", ئ: "'", ؤ: "'", أ: 'a', إ: 'i', آ: 'a', ا: 'a', ى: 'a', پ: 'p', چ: 'ch', گ: 'g', ڤ: 'v',
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Letter-by-letter romanisation: و and ي are vowels between consonants and at the end, glides elsewhere. */
export function romanise(word: string): string {
  const chars = [...word.replace(/[\u064B-\u065F\u0640\u0670]/gu, '')];
  let out = '';
  chars.forEach((ch, k) => {
    const atStart = k === 0;
    const atEnd = k === chars.length - 1;
    if (ch === 'و') out += atStart ? 'w' : atEnd || !/[اوي]/u.test(chars[k + 1] ?? '') ? 'u' : 'w';
    else if (ch === 'ي') out += atStart ? 'y' : atEnd || !/[اوي]/u.test(chars[k + 1] ?? '') ? 'i' : 'y';
    else if (ch === 'ع' && atStart) out += 'a';
    else out += LETTERS[ch] ?? ch;
  });
  return capitalise(out.replace(/'+$/u, ''));
}

export function transliterateName(nameAr: string): string {
  const { nameTokens } = getLexicon();
  const words = nameAr.split(/\s+/u).filter(Boolean);
  return words
    .map((word, k) => {
      const folded = normalise(word).text;
      const particle = PARTICLES[folded];
      if (particle) return particle;
      const known = nameTokens.get(folded);
      if (known) return known[0];
      if (folded.startsWith('ال') && folded.length > 3) {
        const rest = folded.slice(2);
        const spelled = nameTokens.get(rest)?.[0] ?? romanise(word.slice(word.indexOf('ل') + 1));
        // "عبد الفتاح" → "Abdel Fattah": the article merges into the preceding عبد
        return k > 0 && normalise(words[k - 1]!).text === 'عبد' ? spelled : `al-${spelled}`;
      }
      return romanise(word);
    })
    .join(' ')
    .replace(/\bAbd(?:ul)? (?=\S)/u, 'Abdel ');
}

export const transliterateStage: Stage = {
  name: 'transliterate',
  needs: ['entities'],
  adds: ['englishNames'],
  run(doc: Doc): Doc {
    for (const entity of doc.entities) {
      if (entity.nameEn) continue;
      entity.nameEn = transliterateName(entity.nameAr);
      entity.nameEnSource = 'TRANSLITERATION';
    }
    return doc;
  },
};
