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
  return capitalise(withShortVowels(out.replace(/'+$/u, '')));
}

const DIGRAPHS = ['sh', 'kh', 'th', 'dh', 'gh', 'ch'];
const isVowel = (unit: string): boolean => /^[aeiou]$/u.test(unit);

/**
 * Arabic script leaves short vowels out, so a letter-by-letter reading of a rare name has none where the
 * word needs them ("الشطري" → "Shtri"). Two readable guesses: a word that opens with two consonants takes
 * an "a" between them (Shatri, Hasad, Zaqzuq), and a final ه after a consonant is the feminine "a"
 * (Bahra). Names the name lists know never come here.
 */
function withShortVowels(word: string): string {
  const units: string[] = [];
  for (let k = 0; k < word.length; ) {
    const pair = word.slice(k, k + 2).toLowerCase();
    const unit = DIGRAPHS.includes(pair) ? word.slice(k, k + 2) : word[k]!;
    units.push(unit);
    k += unit.length;
  }
  const letters = (u: string) => /^[a-z']+$/iu.test(u);
  if (units.length >= 2 && letters(units[0]!) && letters(units[1]!) && !isVowel(units[0]!.toLowerCase()) && !isVowel(units[1]!.toLowerCase()) && units[1] !== "'") {
    units.splice(1, 0, 'a');
  }
  const last = units.length - 1;
  if (last >= 2 && units[last] === 'h' && !isVowel(units[last - 1]!)) units[last] = 'a';
  return units.join('');
}

/**
 * Latin letters an English spelling of a name may start with, by the (folded) Arabic first letter. The
 * name-pair lists hold some pairs aligned to the wrong word (يوحنا → "Sigvard", الأمير → "Prince");
 * a spelling that starts with a letter the Arabic could not sound like is not used.
 */
const INITIALS: Record<string, string> = {
  ا: 'AEIOU', ب: 'BP', ت: 'T', ث: 'TS', ج: 'JGDY', ح: 'H', خ: 'KH', د: 'D', ذ: 'DZT', ر: 'R', ز: 'ZS', س: 'SC', ش: 'SC',
  ص: 'S', ض: 'D', ط: 'T', ظ: 'ZD', ع: 'AEIOU', غ: 'GR', ف: 'FPV', ق: 'QKG', ك: 'KCQG', ل: 'L', م: 'M', ن: 'N', ه: 'HAE',
  و: 'WVOU', ي: 'YJIE', ء: 'AEIOU',
};

function plausible(folded: string, english: string | undefined): string | undefined {
  if (!english) return undefined;
  const allowed = INITIALS[folded[0] ?? ''];
  return allowed === undefined || allowed.includes(english[0]!.toUpperCase()) ? english : undefined;
}

/** The name lists' English spelling of a (folded) token, when plausible. */
function listed(folded: string): string | undefined {
  return plausible(folded, getLexicon().nameTokens.get(folded)?.[0]);
}

export function transliterateName(nameAr: string): string {
  const words = nameAr.split(/\s+/u).filter(Boolean);
  return words
    .map((word, k) => {
      // a word in Latin letters (RT, CNN) is already English
      if (!/[\u0621-\u064A]/u.test(word)) return word;
      const folded = normalise(word).text;
      const particle = PARTICLES[folded];
      if (particle) return particle;
      // a listed spelling of a word with its article spells the article (الله → Allah) or the word after it (الرحمن → Rahman)
      const whole = getLexicon().nameTokens.get(folded)?.[0];
      const known = folded.startsWith('ال') && whole ? (/^[ae]l/iu.test(whole) ? whole : plausible(folded.slice(2), whole)) : listed(folded);
      if (known) return known;
      if (folded.startsWith('ال') && folded.length > 3) {
        const rest = folded.slice(2);
        const spelled = listed(rest) ?? romanise(word.slice(word.indexOf('ل') + 1));
        // "عبد الفتاح" → "Abdel Fattah": the article merges into the preceding عبد
        return k > 0 && normalise(words[k - 1]!).text === 'عبد' ? spelled : `al-${spelled}`;
      }
      return romanise(word);
    })
    .join(' ')
    .replace(/\bAbd(?:ul)? (?=\S)/u, 'Abdel ')
    .replace(/\bAbdel Allah\b/u, 'Abdullah');
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
