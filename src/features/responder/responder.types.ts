// The one responder interface (ARCHITECTURE.md "Responder"): the embedded model answers from the
// knowledge base alone; the OpenAI-compatible one asks a model for a grounded answer.
export interface ResponderTurn {
  role: "visitor" | "bot" | "agent";
  text: string;
}

export interface ResponderInput {
  question: string;
  history: ResponderTurn[];
  language: string | null;
  botName: string;
  /** Below this confidence the responder does not answer. */
  threshold: number;
  /** Receives the answer's text as it is produced (streaming responders only). */
  onDelta?: (text: string) => void;
  /** Aborted when the answer is no longer wanted (people took the conversation): stop asking the model. */
  signal?: AbortSignal;
}

export interface ResponderSource {
  entryId: string;
  title: string;
  score: number;
}

export interface ResponderAnswer {
  /** Null: the bot does not know (or failed) and should offer a human. */
  answer: string | null;
  confidence: number;
  intent: string | null;
  sources: ResponderSource[];
  /** Set when the model failed and the answer is the fallback. */
  failure?: "timeout" | "error";
}

export interface Responder {
  /** "lexical": the embedded responder's word-overlap stand-in while no model is trained yet. */
  readonly kind: "embedded" | "lexical" | "openai";
  answer(input: ResponderInput): Promise<ResponderAnswer>;
}
