// Hindi written in Latin script (and Roman Urdu, which shares the words): tinyld and eld have no
// model for it and answer French, Turkish or Norwegian. Function words give it away in a few tokens.
const STRONG = new Set(
  (
    "hai hain hoon hun kya kyu kyun kyon mein mujhe mujhko mera meri mere tera teri tere aap aapka aapki apna apni " +
    "nahi nahin nhi karo karna karni karao karwao krna krni kro kar raha rahi rahe gaya gayi gaye hoga hogi " +
    "chahiye chahte chahta chahti sakta sakti sakte bhai yaar bilkul bekaar bekar kisi koi kuch kaise kab kahan " +
    "abhi baat bata batao dijiye kijiye wala wali wale accha acha theek thik jaldi paisa paise wapas bahut " +
    "humko hume humein unka unki iska iski yeh woh lekin aur bhi toh hua hui bande banda"
  ).split(" "),
);
// Words shared with English or other languages count only next to strong ones.
const WEAK = new Set("se ko ka ki ke ye wo main par pe tak na ji ho".split(" "));

export function hinglishScore(tokens: readonly string[]): number {
  if (tokens.length === 0) return 0;
  let strong = 0;
  let weak = 0;
  for (const t of tokens) {
    if (STRONG.has(t)) strong++;
    else if (WEAK.has(t)) weak++;
  }
  if (strong === 0) return 0;
  return (strong + weak * 0.5) / tokens.length;
}

/** Two different Hinglish words, or one plus a particle in a short line ("agent se connect karo"). Italian "hai" alone is not enough. */
export function isHinglish(tokens: readonly string[]): boolean {
  const distinct = new Set(tokens.filter((t) => STRONG.has(t))).size;
  const weak = tokens.filter((t) => WEAK.has(t)).length;
  return distinct >= 2 || (distinct === 1 && (hinglishScore(tokens) >= 0.5 || (weak >= 1 && hinglishScore(tokens) >= 0.3)));
}
