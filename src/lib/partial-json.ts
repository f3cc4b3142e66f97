const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/**
 * The decoded value of a top-level string field in a JSON object that is still arriving, as far
 * as it has arrived: `{"answer": "Hel` -> "Hel". Lets a streamed structured answer show its text
 * before the JSON is complete. Null until the field's opening quote has arrived.
 */
export function readPartialStringField(json: string, field: string): string | null {
  const key = new RegExp(`"${field}"\\s*:\\s*"`).exec(json);
  if (!key) return null;
  let out = "";
  for (let i = key.index + key[0].length; i < json.length; i += 1) {
    const char = json[i]!;
    if (char === '"') return out;
    if (char !== "\\") {
      out += char;
      continue;
    }
    const next = json[i + 1];
    if (next === undefined) return out; // the escape is cut in half: wait for the rest
    if (next === "u") {
      const hex = json.slice(i + 2, i + 6);
      if (hex.length < 4) return out;
      out += String.fromCharCode(parseInt(hex, 16));
      i += 5;
    } else {
      out += ESCAPES[next] ?? next;
      i += 1;
    }
  }
  return out;
}
