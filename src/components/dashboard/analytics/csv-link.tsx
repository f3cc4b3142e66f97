import { buttonClasses } from "@/components/ui/button";
import { DownloadIcon } from "../knowledge/icons";

/** Downloads one analytics table as CSV for the range on screen (a plain link: the browser saves it). */
export function CsvLink({ table, query, label = "CSV" }: { table: string; query: string; label?: string }) {
  return (
    <a href={`/api/analytics/export?table=${table}&${query}`} download className={buttonClasses({ variant: "secondary", size: "sm" })} aria-label={`Download ${table} as CSV`}>
      <DownloadIcon className="size-4" />
      {label}
    </a>
  );
}
