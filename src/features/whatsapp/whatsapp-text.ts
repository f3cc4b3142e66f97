// The bot writes Markdown (the widget and inbox render it); WhatsApp has its own lighter syntax.
export function toWhatsAppText(markdown: string): string {
  return markdown
    .replace(/\*\*(.+?)\*\*/g, "*$1*")
    .replace(/__(.+?)__/g, "_$1_")
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, (_all, label: string, url: string) => (label === url ? url : `${label} (${url})`))
    .replace(/^#{1,6}\s+(.+)$/gm, "*$1*");
}
