// Canned responses carry {{contact.name}}, {{contact.email}} and {{agent.name}}; the inbox fills
// them in before the text reaches the composer (and again before sending, for variables typed by
// hand). A missing name reads as "there" ("Hi there,"); a missing email is dropped with the space
// before it. Unknown variables stay as written so the agent sees them and can fix them.
export interface CannedContext {
  contact: { name: string | null; email: string | null };
  agent: { name: string | null };
}

const VARIABLE = /( ?)\{\{\s*([\w.]+)\s*\}\}/g;

function valueOf(name: string, context: CannedContext): string | undefined {
  switch (name.toLowerCase()) {
    case "contact.name":
      return context.contact.name?.trim() || "there";
    case "contact.first_name":
    case "contact.firstname":
      return context.contact.name?.trim().split(/\s+/)[0] || "there";
    case "contact.email":
      return context.contact.email?.trim() ?? "";
    case "agent.name":
      return context.agent.name?.trim() || "the team";
    default:
      return undefined;
  }
}

export function fillCannedVariables(body: string, context: CannedContext): string {
  return body.replace(VARIABLE, (whole, space: string, name: string) => {
    const value = valueOf(name, context);
    if (value === undefined) return whole;
    return value ? `${space}${value}` : "";
  });
}
