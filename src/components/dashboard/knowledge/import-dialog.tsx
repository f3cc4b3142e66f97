"use client";
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Label, SelectField } from "@/components/ui/field";
import { XIcon } from "@/components/ui/icons";
import { api, ApiError, errorMessage } from "@/lib/api-client";
import type { ImportLineError, ImportMode, KnowledgeFormat, KnowledgeImportResult } from "../api-types";
import { FileIcon } from "./icons";
import { formatFromContent, formatFromFileName, importLineErrors } from "./knowledge-fields";
import { ImportModeChoice } from "./import-mode-choice";
import { TextAreaField } from "./text-area-field";

// The API reads up to 5,000,000 characters; a file over that size cannot fit.
const MAX_FILE_BYTES = 5_000_000;

const FORMAT_HINTS: Record<KnowledgeFormat, string> = {
  csv: "Columns: title, example_questions, answer, tags, language, enabled. Separate several questions or tags with |.",
  jsonl: 'One entry a line: {"title": "…", "exampleQuestions": ["…"], "answer": "…", "tags": ["…"]}.',
};

interface LoadedFile {
  name: string;
  size: number;
  content: string;
}

export interface ImportDialogProps {
  open: boolean;
  /** How many entries there are now, for the replace warning. */
  currentTotal: number | undefined;
  onClose: () => void;
  onImported: (result: KnowledgeImportResult) => void;
}

export function ImportDialog({ open, currentTotal, onClose, onImported }: ImportDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Import entries" description="Add many entries at once from a CSV or JSON Lines file. Nothing is imported unless every line is valid.">
      <ImportForm currentTotal={currentTotal} onClose={onClose} onImported={onImported} />
    </Dialog>
  );
}

function ImportForm({ currentTotal, onClose, onImported }: Omit<ImportDialogProps, "open">) {
  const fileId = useId();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [pasted, setPasted] = useState("");
  const [format, setFormat] = useState<KnowledgeFormat>("csv");
  const [formatChosen, setFormatChosen] = useState(false);
  const [mode, setMode] = useState<ImportMode>("append");
  const [error, setError] = useState<string | null>(null);
  const [lineErrors, setLineErrors] = useState<ImportLineError[]>([]);
  const [busy, setBusy] = useState(false);
  const content = file?.content ?? pasted;
  const errorRef = useRef<HTMLDivElement>(null);

  // The dialog scrolls when the form is long: bring a new error into view.
  useEffect(() => {
    if (error) errorRef.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [error, lineErrors]);

  const clearErrors = () => {
    setError(null);
    setLineErrors([]);
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = ""; // choosing the same file again after fixing it still fires a change
    if (!chosen) return;
    clearErrors();
    if (chosen.size > MAX_FILE_BYTES) return setError(`${chosen.name} is larger than 5 MB: split it into smaller files.`);
    try {
      const text = await chosen.text();
      setFile({ name: chosen.name, size: chosen.size, content: text });
      setFormat(formatFromFileName(chosen.name) ?? formatFromContent(text));
      setFormatChosen(false);
    } catch {
      setError(`Could not read ${chosen.name}.`);
    }
  };

  const onPaste = (text: string) => {
    setPasted(text);
    clearErrors();
    if (!formatChosen && text.trim()) setFormat(formatFromContent(text));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!content.trim()) return setError("Choose a file or paste some entries first.");
    setBusy(true);
    clearErrors();
    try {
      onImported(await api.post<KnowledgeImportResult>("/api/knowledge/import", { format, content, mode }));
    } catch (caught) {
      setBusy(false);
      setError(errorMessage(caught));
      setLineErrors(caught instanceof ApiError ? importLineErrors(caught.details) : []);
    }
  };

  const lineCount = content ? content.split(/\r?\n/).filter((line) => line.trim()).length : 0;

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="space-y-4" aria-label="Import entries">
      <div className="space-y-1.5">
        <Label htmlFor={fileId}>Choose a file</Label>
        <input
          id={fileId}
          type="file"
          accept=".csv,.jsonl,.ndjson,.json,.txt,text/csv,application/x-ndjson"
          onChange={(event) => void onFile(event)}
          disabled={busy}
          aria-describedby={`${fileId}-hint`}
          className="block w-full text-sm text-zinc-600 file:mr-3 file:h-9 file:cursor-pointer file:rounded-lg file:border-0 file:bg-white file:px-3 file:text-sm file:font-medium file:text-zinc-800 file:shadow-sm file:ring-1 file:ring-zinc-300 file:ring-inset hover:file:bg-zinc-50"
        />
        <p id={`${fileId}-hint`} className="text-sm text-zinc-500">
          A .csv or .jsonl file up to 5 MB, such as one exported from here.
        </p>
      </div>

      {file ? (
        <div className="flex items-center gap-3 rounded-lg bg-zinc-50 px-3 py-2 ring-1 ring-zinc-200 ring-inset" data-testid="import-file">
          <FileIcon className="size-5 shrink-0 text-zinc-400" />
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-medium text-zinc-900">{file.name}</p>
            <p className="text-xs text-zinc-500">
              {lineCount} {lineCount === 1 ? "line" : "lines"} · {formatSize(file.size)}
            </p>
          </div>
          <button type="button" onClick={() => setFile(null)} className="rounded-md p-1 text-zinc-400 hover:bg-zinc-200 hover:text-zinc-700" aria-label={`Remove ${file.name}`}>
            <XIcon />
          </button>
        </div>
      ) : (
        <TextAreaField label="Or paste the content" value={pasted} onChange={(e) => onPaste(e.target.value)} rows={5} mono spellCheck={false} placeholder={"title,example_questions,answer\nGift cards,Do you sell gift cards?|Can I buy a voucher?,Yes: from $10 to $500."} />
      )}

      <SelectField
        label="Format"
        value={format}
        onChange={(e) => {
          setFormat(e.target.value as KnowledgeFormat);
          setFormatChosen(true);
          clearErrors();
        }}
        hint={FORMAT_HINTS[format]}
      >
        <option value="csv">CSV</option>
        <option value="jsonl">JSON Lines (.jsonl)</option>
      </SelectField>

      {error ? (
        <div ref={errorRef}>
          <Alert tone="error" title={lineErrors.length > 1 ? `${lineErrors.length} lines need fixing; nothing was imported` : lineErrors.length === 1 ? "Nothing was imported" : undefined}>
            {lineErrors.length > 0 ? (
              <ul className="max-h-40 space-y-0.5 overflow-y-auto" data-testid="import-errors">
                {lineErrors.map((item) => (
                  <li key={`${item.line}:${item.message}`}>
                    <span className="font-medium">Line {item.line}:</span> {item.message}
                  </li>
                ))}
              </ul>
            ) : (
              error
            )}
          </Alert>
        </div>
      ) : null}

      <ImportModeChoice mode={mode} onChange={setMode} currentTotal={currentTotal} disabled={busy} />

      <div className="flex justify-end gap-3 pt-1">
        <Button variant="secondary" onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant={mode === "replace" ? "danger" : "primary"} loading={busy}>
          {mode === "replace" ? "Replace and import" : "Import entries"}
        </Button>
      </div>
    </form>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
