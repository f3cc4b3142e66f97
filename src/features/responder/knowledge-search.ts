/** Retrieval over a workspace's knowledge base, shared by both responders. */
export interface KnowledgeHit {
  entryId: string;
  title: string;
  answer: string;
  score: number;
}

export interface KnowledgeSearch {
  search(question: string, limit: number): KnowledgeHit[];
}
