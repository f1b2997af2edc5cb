/**
 * Nouns that say the name after them is a place: "العاصمة الروسية موسكو", "مدينة العريش", "ميناء جيهان",
 * "محافظة X". Folded, as token stems are. The events stage reads a destination after them, the tagger's
 * "person" after them is a place, and a place name that is also an everyday word counts only after them.
 */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'العاصمه', 'عاصمه', 'مدينه', 'المدينه', 'بلده', 'قريه', 'محافظه', 'منطقه', 'ولايه', 'قضاء', 'جزيره', 'ميناء',
]);
