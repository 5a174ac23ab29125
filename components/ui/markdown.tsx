import { renderMarkdown } from "@/lib/markdown";

/** Organiser-written Markdown, sanitised on the server. */
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  return <div className={`prose-picket ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
