"use server";
/** Live Markdown preview for organiser forms: sanitised on the server, for signed-in organisers only. */
import { currentOrganiser } from "@/lib/auth/session";
import { renderMarkdown } from "@/lib/markdown";

export async function previewMarkdown(source: unknown): Promise<string> {
  if (typeof source !== "string" || source.length > 60_000) return "";
  if (!(await currentOrganiser())) return "";
  return renderMarkdown(source);
}
